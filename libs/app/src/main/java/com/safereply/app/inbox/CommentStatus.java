package com.safereply.app.inbox;

/**
 * Where a received comment is between the webhook and the triage stage. Only {@link #RECEIVED} waits for triage: it
 * alone is on the table stream's triage filter and in the stuck-comment index.
 */
public enum CommentStatus {
    /** Stored by the webhook (or edited since): the triage stage has yet to draft (or re-draft) it. */
    RECEIVED,
    /** The triage stage has drafted this revision of the comment. */
    TRIAGED,
    /** Removed on the platform: never drafted from now on, and a pending draft is retracted. */
    REMOVED;

    public boolean awaitsTriage() {
        return this == RECEIVED;
    }
}
