package com.safereply.app.publish;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Puts an approved reply on its platform exactly once. Meta and X have no idempotency key, so exactly-once rests on
 * three rules:
 * <ol>
 *   <li>one invocation at a time, under a lease taken with a conditional write that also records the attempt;</li>
 *   <li>a blind retry only after a failure that proves nothing was written (throttled, refused connection);</li>
 *   <li>after anything ambiguous (timeout, reset, 5xx, "duplicate"), and on every takeover of an earlier attempt, the
 *       comment's replies are read back first, and the reply is posted only if the practice's is not there.</li>
 * </ol>
 * A policy block (Graph code 368) pauses the whole practice ({@link PublishingPauses}): later drafts fail at once,
 * without a call, until a person resumes publishing.
 */
public final class PublishService {
    /** Longer than one invocation's worst case (two posts and two read-backs at the gateway's timeouts). */
    public static final Duration LEASE = Duration.ofSeconds(90);
    /** Posts tried in one invocation when each failure proved nothing was written. */
    static final int ATTEMPTS_WHEN_NOTHING_WRITTEN = 3;
    /** Posts in one invocation after an ambiguous failure was read back as absent. */
    static final int POSTS_PER_INVOCATION = 2;

    /** Waits between blind retries; a seam so tests do not sleep. */
    @FunctionalInterface
    public interface Backoff {
        void pause(int attempt);

        Backoff EXPONENTIAL = attempt -> {
            try {
                Thread.sleep(200L << attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private final PublishLedger ledger;
    private final ReplyGateway gateway;
    private final PlatformTokens tokens;
    private final PublishingPauses pauses;
    private final PublishObserver observer;
    private final Clock clock;
    private final Backoff backoff;

    public PublishService(PublishLedger ledger, ReplyGateway gateway, PlatformTokens tokens, PublishingPauses pauses,
                          PublishObserver observer, Clock clock, Backoff backoff) {
        this.ledger = ledger;
        this.gateway = gateway;
        this.tokens = tokens;
        this.pauses = pauses;
        this.observer = observer;
        this.clock = clock;
        this.backoff = backoff;
    }

    public PublishResult publish(PublishJob job) {
        Instant started = clock.instant();
        PublishClaim claim = ledger.claim(job.draftId(), started, LEASE);
        if (claim instanceof PublishClaim.Settled) {
            return new PublishResult.Skipped("already settled");
        }
        if (claim instanceof PublishClaim.NotApproved) {
            return new PublishResult.Skipped("not approved");
        }
        if (claim instanceof PublishClaim.HeldElsewhere) {
            return new PublishResult.RetryLater("another attempt holds the lease");
        }
        PublishClaim.Claimed lease = (PublishClaim.Claimed) claim;
        if (paused(job)) {
            return failPaused(job, lease);
        }
        if (!job.replyAllowed()) {
            // X refuses a reply to a post that neither mentions nor quotes the account: asking would only earn a 403.
            return fail(job, lease, Refusal.REPLY_NOT_ALLOWED.approverReason(), Refusal.REPLY_NOT_ALLOWED);
        }
        Optional<PlatformToken> token = tokens.tokenFor(job.practiceId(), job.target().platform());
        if (token.isEmpty()) {
            return fail(job, lease, Refusal.TOKEN_INVALID.approverReason(), Refusal.TOKEN_INVALID);
        }
        if (job.hide() && !lease.alreadyHidden()) {
            hide(job, lease, token.get());
            if (paused(job)) {
                return failPaused(job, lease); // the hide itself was blocked for policy
            }
        }
        if (lease.earlierAttempt()) {
            PublishResult settled = settleFromReadBack(job, lease, token.get(), started);
            if (settled != null) {
                return settled;
            }
        }
        return post(job, lease, token.get(), started);
    }

    private PublishResult post(PublishJob job, PublishClaim.Claimed lease, PlatformToken token, Instant started) {
        int posts = 0;
        int blindAttempts = 0;
        while (true) {
            PlatformOutcome outcome = gateway.postReply(job.target(), job.approvedText(), token);
            posts++;
            if (outcome instanceof PlatformOutcome.Done done) {
                return published(job, lease, done.platformId(), started);
            }
            if (outcome instanceof PlatformOutcome.Refused refused) {
                return fail(job, lease, refused.refusal().approverReason(), refused.refusal());
            }
            if (outcome instanceof PlatformOutcome.NothingWritten nothing) {
                posts--; // proved unwritten: it does not count against the posts this invocation may make
                if (++blindAttempts >= ATTEMPTS_WHEN_NOTHING_WRITTEN) {
                    ledger.release(job.draftId(), lease.leaseId());
                    return new PublishResult.RetryLater(nothing.reason());
                }
                backoff.pause(blindAttempts);
                continue;
            }
            // Unknown: the reply may be up. Nothing is posted again before the platform says it is not.
            PublishResult settled = settleFromReadBack(job, lease, token, started);
            if (settled != null) {
                return settled;
            }
            if (posts >= POSTS_PER_INVOCATION) {
                ledger.release(job.draftId(), lease.leaseId());
                return new PublishResult.RetryLater("still ambiguous after " + posts + " posts");
            }
        }
    }

    /** Reads the platform back; a result when it settles the draft, {@code null} when the reply is provably absent. */
    private PublishResult settleFromReadBack(PublishJob job, PublishClaim.Claimed lease, PlatformToken token,
                                             Instant started) {
        ReadBack readBack = gateway.findOwnReply(job.target(), token);
        if (readBack instanceof ReadBack.Found found) {
            return published(job, lease, found.platformReplyId(), started);
        }
        if (readBack instanceof ReadBack.TargetGone) {
            return fail(job, lease, Refusal.TARGET_GONE.approverReason(), Refusal.TARGET_GONE);
        }
        if (readBack instanceof ReadBack.Unreadable unreadable) {
            // Keep the lease: it expires on its own, and the takeover reads back again before any post.
            return new PublishResult.RetryLater("read back failed: " + unreadable.reason());
        }
        return null;
    }

    private void hide(PublishJob job, PublishClaim.Claimed lease, PlatformToken token) {
        PlatformOutcome outcome = gateway.hide(job.target(), token);
        if (outcome instanceof PlatformOutcome.Done) {
            ledger.hidden(job.draftId(), lease.leaseId(), clock.instant());
        } else if (outcome instanceof PlatformOutcome.Refused refused) {
            pauseIfPolicyBlocked(job, refused.refusal());
            if (refused.refusal().needsOperator()) {
                observer.operatorAlarm(job.practiceId(), job.target().platform(), refused.refusal());
            }
        }
        // A hide that did not happen never blocks the approved reply; the draft shows it as not hidden.
    }

    private PublishResult published(PublishJob job, PublishClaim.Claimed lease, String replyId, Instant started) {
        ledger.published(job.draftId(), lease.leaseId(), replyId, clock.instant());
        observer.published(job.target().platform(), Duration.between(started, clock.instant()));
        return new PublishResult.Published(replyId);
    }

    private PublishResult fail(PublishJob job, PublishClaim.Claimed lease, String reason, Refusal refusal) {
        pauseIfPolicyBlocked(job, refusal);
        ledger.failed(job.draftId(), lease.leaseId(), reason, clock.instant());
        observer.failed(job.target().platform(), refusal.label());
        if (refusal.needsOperator()) {
            observer.operatorAlarm(job.practiceId(), job.target().platform(), refusal);
        }
        return new PublishResult.Failed(reason);
    }

    private boolean paused(PublishJob job) {
        return pauses.pauseOf(job.practiceId()).isPresent();
    }

    /**
     * Nothing is called. Should an earlier attempt have posted before the block, the approver's retry reads back
     * before any post, like every takeover, so that reply is still found and never doubled.
     */
    private PublishResult failPaused(PublishJob job, PublishClaim.Claimed lease) {
        return fail(job, lease, Refusal.PRACTICE_PAUSED.approverReason(), Refusal.PRACTICE_PAUSED);
    }

    /** Paused before the draft fails, so a redelivery of any other approval already finds the practice paused. */
    private void pauseIfPolicyBlocked(PublishJob job, Refusal refusal) {
        if (refusal == Refusal.POLICY_BLOCKED) {
            pauses.pause(job.practiceId(), job.target().platform(), clock.instant());
        }
    }
}
