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
    EXPORTED_WITH_TEXT,
    /**
     * Practice-level: a practice admin proposed a phrasebook sentence (the hash is the sentence's, the version the
     * phrasebook's; detail: the proposal id). Its own item is kept for the phrasebook's trail; this is its link.
     */
    PHRASE_PROPOSED,
    /** Practice-level: a second practice admin accepted a proposed sentence (as {@link #PHRASE_PROPOSED}). */
    PHRASE_ACCEPTED,
    /** Practice-level: publishing paused after a platform blocked the practice's replies (detail: the platform). */
    PUBLISHING_PAUSED,
    /** Practice-level: a practice admin resumed publishing (detail: the platform that had blocked it). */
    PUBLISHING_RESUMED,
    /**
     * Practice-level: the practice was created or changed by an operator or its admin (detail: the kind of change and
     * the fields; the version: the practice document's; the hash: of the change's subject, e.g. an invited approver's
     * address or a claimed channel, which the chain names by hash only).
     */
    PRACTICE_CHANGED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
