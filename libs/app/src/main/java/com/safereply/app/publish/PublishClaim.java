package com.safereply.app.publish;

/** The answer of {@link PublishLedger#claim}: whether this invocation may talk to the platform for the draft. */
public sealed interface PublishClaim {

    /**
     * This invocation holds the draft's publish lease. {@code earlierAttempt} is true when an attempt was recorded
     * before (a lost response, a crashed container): the platform must be read back before anything is posted.
     */
    record Claimed(String leaseId, boolean earlierAttempt, boolean alreadyHidden) implements PublishClaim {}

    /** Another invocation holds an unexpired lease: retry later, and never post in parallel. */
    record HeldElsewhere() implements PublishClaim {}

    /** Published or failed already: a redelivery, nothing to do. */
    record Settled() implements PublishClaim {}

    /** The draft is not approved (never was, or was changed): nothing may be published. */
    record NotApproved() implements PublishClaim {}
}
