package com.safereply.app.draft;

/**
 * Where a draft is in its life. Only {@link #PENDING_APPROVAL} is open: it alone sits in the practice's approval
 * queue and can be edited, re-triaged, decided or retracted. The other three are final.
 */
public enum DraftState {
    PENDING_APPROVAL,
    APPROVED,
    REJECTED,
    /** The comment was removed on the platform before anyone decided. */
    RETRACTED;

    public boolean isPending() {
        return this == PENDING_APPROVAL;
    }
}
