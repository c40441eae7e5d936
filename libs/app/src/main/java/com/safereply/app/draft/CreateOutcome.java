package com.safereply.app.draft;

public enum CreateOutcome {
    CREATED,
    /** The delivery or the draft already existed: nothing was written. */
    DUPLICATE
}
