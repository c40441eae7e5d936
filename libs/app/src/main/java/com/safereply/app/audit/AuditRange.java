package com.safereply.app.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open time range [from, to) of an export; at most {@link #MAX} long so one request stays bounded. */
public record AuditRange(Instant from, Instant to) {
    /** Six years and a few days: HIPAA's retention period in one export (paging keeps its memory bounded). */
    public static final Duration MAX = Duration.ofDays(6 * 366 + 7);

    public AuditRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        if (Duration.between(from, to).compareTo(MAX) > 0) {
            throw new IllegalArgumentException("the range may span at most " + MAX.toDays() + " days");
        }
    }

    public boolean contains(Instant at) {
        return !at.isBefore(from) && at.isBefore(to);
    }
}
