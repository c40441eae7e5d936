package com.safereply.app.draft;

import java.util.Locale;

/** What an audit item records (HIPAA 164.312(b): who saw, changed or decided what, and when). */
public enum AuditAction {
    CREATED,
    RETRIAGED,
    RETRACTED,
    VIEWED,
    EDITED,
    APPROVED,
    REJECTED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
