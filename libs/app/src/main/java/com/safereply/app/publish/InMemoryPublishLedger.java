package com.safereply.app.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The publish ledger in memory, with the same conditional semantics as the DynamoDB one, for use-case tests. Every
 * method is synchronized: that is what a conditional write gives per item.
 */
public final class InMemoryPublishLedger implements PublishLedger {

    /** A draft's publish state. {@code attempts} counts claims, so a takeover knows an attempt came before it. */
    public record Entry(String state, String leaseId, Instant leaseUntil, int attempts, String platformReplyId,
                        String failure, boolean hidden) {}

    private final Map<String, Entry> drafts = new HashMap<>();

    public synchronized void approve(String draftId) {
        drafts.put(draftId, new Entry("APPROVED", null, null, 0, null, null, false));
    }

    public synchronized Optional<Entry> entry(String draftId) {
        return Optional.ofNullable(drafts.get(draftId));
    }

    @Override
    public synchronized PublishClaim claim(String draftId, Instant now, Duration lease) {
        Entry entry = drafts.get(draftId);
        if (entry == null) {
            return new PublishClaim.NotApproved();
        }
        switch (entry.state()) {
            case "PUBLISHED", "PUBLISH_FAILED" -> {
                return new PublishClaim.Settled();
            }
            case "PUBLISHING" -> {
                if (entry.leaseUntil() != null && now.isBefore(entry.leaseUntil())) {
                    return new PublishClaim.HeldElsewhere();
                }
            }
            case "APPROVED" -> { }
            default -> {
                return new PublishClaim.NotApproved();
            }
        }
        String leaseId = UUID.randomUUID().toString();
        drafts.put(draftId, new Entry("PUBLISHING", leaseId, now.plus(lease), entry.attempts() + 1, null, null,
                entry.hidden()));
        return new PublishClaim.Claimed(leaseId, entry.attempts() > 0, entry.hidden());
    }

    @Override
    public synchronized void published(String draftId, String leaseId, String platformReplyId, Instant at) {
        Entry entry = held(draftId, leaseId);
        drafts.put(draftId, new Entry("PUBLISHED", null, null, entry.attempts(), platformReplyId, null,
                entry.hidden()));
    }

    @Override
    public synchronized void failed(String draftId, String leaseId, String reason, Instant at) {
        Entry entry = held(draftId, leaseId);
        drafts.put(draftId, new Entry("PUBLISH_FAILED", null, null, entry.attempts(), null, reason, entry.hidden()));
    }

    @Override
    public synchronized void hidden(String draftId, String leaseId, Instant at) {
        Entry entry = held(draftId, leaseId);
        drafts.put(draftId, new Entry(entry.state(), entry.leaseId(), entry.leaseUntil(), entry.attempts(), null, null,
                true));
    }

    @Override
    public synchronized void release(String draftId, String leaseId) {
        Entry entry = held(draftId, leaseId);
        drafts.put(draftId, new Entry("PUBLISHING", null, null, entry.attempts(), null, null, entry.hidden()));
    }

    private Entry held(String draftId, String leaseId) {
        Entry entry = drafts.get(draftId);
        if (entry == null || !"PUBLISHING".equals(entry.state()) || !leaseId.equals(entry.leaseId())) {
            throw new LeaseLostException(draftId);
        }
        return entry;
    }
}
