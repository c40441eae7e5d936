package com.safereply.app;

/** What ingesting one comment event did; the webhook answers 200 for all of them. */
public enum IngestOutcome {
    /** A new comment was stored; the triage stage drafts it from the table stream (named for the webhook's answer). */
    CREATED,
    /** The same delivery was seen before: nothing changed. */
    DUPLICATE,
    /** An edit was stored; the triage stage drafts from the new text (or re-drafts a pending draft). */
    RETRIAGED,
    /** A removed comment is never drafted, and its pending draft (if any) was retracted. */
    RETRACTED,
    /** An edit or removal for a comment with no pending draft (never seen, or already decided): nothing changed. */
    NO_PENDING_DRAFT,
    /** No practice has claimed this page or account. */
    UNKNOWN_CHANNEL
}
