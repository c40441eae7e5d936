package com.safereply.store;

/**
 * The {@code type} attribute on every item. Stream consumers filter on it (the notify function wants
 * {@code type = DRAFT} only), and it makes a raw table dump readable.
 */
public enum ItemType {
    PRACTICE,
    CHANNEL,
    COMMENT,
    /** A comment as the webhook received it, for the triage stage (its stream trigger filters on this type). */
    INBOUND,
    /** Comment events past a delivery's ceiling, to be ingested from the stream (issue 11, finding 6). */
    DEFERRED,
    DRAFT,
    DEDUP,
    AUDIT,
    /** Points at an approver's current {@code viewed} audit item of a draft, so repeated views fold into it. */
    VIEWING,
    NOTIFIED,
    /** A practice's accepted phrasebook sentences and version. */
    PHRASEBOOK,
    PHRASE_PROPOSAL,
    PHRASEBOOK_AUDIT,
    /** One audited practice administration change (document, channel, approver). */
    PRACTICE_AUDIT,
    /** One event of a practice's audit hash chain (immutable once written). */
    AUDIT_CHAIN,
    /** The last sequence number and hash of a practice's audit chain; advanced only by a conditional write. */
    AUDIT_CHAIN_HEAD,
    /** Publishing stopped for a practice after a platform policy block, until resumed. */
    PUBLISHING_PAUSE,
    /** A practice's publishing paused or resumed, by whom. */
    PAUSE_AUDIT,
    /** A practice's weekly digest (counts only), one per ISO week. */
    DIGEST,
    /** Who is refreshing a practice's rotating platform token right now (a lease; the token itself never is here). */
    TOKEN_REFRESH_LOCK,
    /** A published reply whose moderation is still read back (Google), due at {@code nextCheckAt}. */
    MODERATION_WATCH;

    public static final String ATTRIBUTE = "type";
}
