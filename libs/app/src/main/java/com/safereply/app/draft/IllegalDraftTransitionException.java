package com.safereply.app.draft;

/** A state change the draft's current state does not allow, e.g. approving a retracted or already-decided draft. */
public class IllegalDraftTransitionException extends RuntimeException {
    private final DraftState current;

    public IllegalDraftTransitionException(String draftId, DraftState current, String attempted) {
        super("draft " + draftId + " is " + current + ": cannot " + attempted);
        this.current = current;
    }

    public DraftState current() {
        return current;
    }
}
