package com.safereply.app.deferred;

import com.safereply.app.InboundComment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Part of one delivery's comment events past the per-delivery ceiling, stored to be ingested later (issue 11,
 * finding 6). Holds comment text: store it, never log it.
 *
 * @param batchId   the delivery's id plus the part's index: the same delivery redelivered gives the same ids, so
 *                  storing it again is refused as a duplicate
 * @param comments  the events, in delivery order
 * @param expiresAt when the stored part may be deleted (as long as delivery records are kept, so a redelivery
 *                  within that time is still recognised)
 */
public record DeferredBatch(String batchId, List<InboundComment> comments, Instant expiresAt) {

    public DeferredBatch {
        Objects.requireNonNull(batchId);
        comments = List.copyOf(comments);
        Objects.requireNonNull(expiresAt);
    }

    @Override
    public String toString() {
        return "DeferredBatch[" + batchId + " comments=" + comments.size() + "]";
    }
}
