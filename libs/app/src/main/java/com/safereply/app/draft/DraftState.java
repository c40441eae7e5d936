package com.safereply.app.draft;

/**
 * Where a draft is in its life. Only {@link #PENDING_APPROVAL} is open: it alone sits in the practice's approval
 * queue and can be edited, re-triaged, decided or retracted. An approved draft moves on only through publishing:
 * {@code APPROVED -> PUBLISHING -> PUBLISHED | PUBLISH_FAILED}.
 */
public enum DraftState {
    PENDING_APPROVAL,
    APPROVED,
    REJECTED,
    /** The comment was removed on the platform before anyone decided. */
    RETRACTED,
    /** An approved reply is being put on the platform; the attempt is recorded under a lease. */
    PUBLISHING,
    /** The approved reply is on the platform, with its platform id. */
    PUBLISHED,
    /** The platform refused the reply; the reason says what an approver can do, and retrying is their choice. */
    PUBLISH_FAILED;

    public boolean isPending() {
        return this == PENDING_APPROVAL;
    }
}
