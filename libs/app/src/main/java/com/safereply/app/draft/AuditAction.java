package com.safereply.app.draft;

import java.util.Locale;

/** What an audit item records (HIPAA 164.312(b): who saw, changed or decided what, and when). */
public enum AuditAction {
    /** The webhook stored the comment (actor: the platform; version 0; hash of the comment text). */
    RECEIVED,
    /** Triage wrote the first draft. */
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
    HIDDEN,
    /** The platform's moderation rejected the published reply after posting (Google): it is not shown publicly. */
    REPLY_REJECTED,
    /**
     * A practice-level event: a compliance export that included comment or reply text (draft id "-"; the hash is of
     * the export's parameters).
     */
    EXPORTED_WITH_TEXT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
