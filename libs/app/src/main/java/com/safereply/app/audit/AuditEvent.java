package com.safereply.app.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One event of a practice's audit trail, as exported: who did what to which draft version, when, with the SHA-256 of
 * the text at that version, and its place in the practice's hash chain. Holds no comment or reply text.
 *
 * @param sequence     1, 2, 3... per practice, with no gaps: a missing number is a deleted event
 * @param previousHash the hash of the event before ({@link AuditChain#GENESIS} for the first)
 * @param hash         SHA-256 over the previous hash and every other field (see {@link AuditChain#hashOf})
 */
public record AuditEvent(String practiceId, long sequence, Instant at, String actor, String action, String draftId,
                         long draftVersion, String textHash, String detail, String previousHash, String hash) {
    public AuditEvent {
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(draftId, "draftId");
        Objects.requireNonNull(textHash, "textHash");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
        detail = detail == null || detail.isEmpty() ? null : detail; // the hash treats them alike, so do exports
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
    }
}
