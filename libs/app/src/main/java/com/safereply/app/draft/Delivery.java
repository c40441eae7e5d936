package com.safereply.app.draft;

import java.time.Instant;
import java.util.Objects;

/**
 * One platform delivery to de-duplicate: platforms retry for up to ~36 hours, so the store remembers each delivery
 * until {@code expiresAt} and refuses to apply it twice. Scoped by practice because one tweet can mention two
 * practices and must reach both.
 *
 * @param deliveryKey what makes the delivery unique (comment id + verb + edit time, tweet id, ...)
 */
public record Delivery(String practiceId, String deliveryKey, Instant expiresAt) {
    public Delivery {
        Objects.requireNonNull(practiceId, "practiceId");
        if (deliveryKey == null || deliveryKey.isBlank()) {
            throw new IllegalArgumentException("deliveryKey is required");
        }
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
