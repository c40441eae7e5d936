package com.safereply.app.review;

import com.safereply.app.draft.DraftState;

/** The draft is no longer pending (approved, rejected or retracted): it cannot be edited or decided. 409. */
public class DraftClosedException extends RuntimeException {
    private final DraftState state;

    public DraftClosedException(String draftId, DraftState state) {
        super("draft is " + state + " and can no longer be changed");
        this.state = state;
    }

    public DraftState state() {
        return state;
    }
}
