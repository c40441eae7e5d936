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
    REJECTED,
    /** A publish attempt was recorded before the platform call (detail: the attempt number). */
    PUBLISH_ATTEMPTED,
    PUBLISHED,
    PUBLISH_FAILED,
    /** An approver asked to publish a failed draft again. */
    PUBLISH_RETRIED,
    /** The comment was hidden on the platform, as the approver chose. */
    HIDDEN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
