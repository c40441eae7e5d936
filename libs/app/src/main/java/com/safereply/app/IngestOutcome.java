package com.safereply.app;

/** What ingesting one comment event did; the webhook answers 200 for all of them. */
public enum IngestOutcome {
    /** A new draft now awaits approval. */
    CREATED,
    /** The same delivery was seen before: nothing changed. */
    DUPLICATE,
    /** An edited comment re-triaged its pending draft. */
    RETRIAGED,
    /** A removed comment retracted its pending draft. */
    RETRACTED,
    /** An edit or removal for a comment with no pending draft (never seen, or already decided): nothing changed. */
    NO_PENDING_DRAFT,
    /** No practice has claimed this page or account. */
    UNKNOWN_CHANNEL
}
