package com.safereply.app.draft;

public enum CreateOutcome {
    CREATED,
    /** The delivery or the draft already existed: nothing was written. */
    DUPLICATE,
    /** The received comment was edited, removed or triaged since it was read: nothing was written. */
    COMMENT_CHANGED
}
