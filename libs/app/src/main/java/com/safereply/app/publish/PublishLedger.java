package com.safereply.app.publish;

import java.time.Duration;
import java.time.Instant;

/**
 * The draft's publish state, written with conditions so that at most one invocation talks to the platform at a time
 * and each attempt is recorded <em>before</em> the platform call: {@code APPROVED -> PUBLISHING -> PUBLISHED} or
 * {@code PUBLISH_FAILED}. Implemented on the draft item (DynamoDB) and in memory for use-case tests.
 */
public interface PublishLedger {

    /**
     * Moves an approved draft to PUBLISHING under a lease, or takes over a PUBLISHING draft whose lease has expired.
     * Either way the attempt is recorded before this returns.
     */
    PublishClaim claim(String draftId, Instant now, Duration lease);

    /**
     * PUBLISHING -> PUBLISHED with the platform's reply id, if {@code leaseId} still holds the lease. A reply on a
     * platform that moderates after posting ({@link com.safereply.app.Platform#moderatesRepliesAfterPosting}) is put
     * on the moderation watch in the same write.
     */
    void published(String draftId, String leaseId, String platformReplyId, Instant at);

    /** PUBLISHING -> PUBLISH_FAILED with a reason an approver can act on, if {@code leaseId} still holds the lease. */
    void failed(String draftId, String leaseId, String reason, Instant at);

    /** Records that the comment was hidden, so a takeover does not hide it again. */
    void hidden(String draftId, String leaseId, Instant at);

    /** Gives the lease up early so that a retry need not wait for it to expire; the attempt stays recorded. */
    void release(String draftId, String leaseId);
}
