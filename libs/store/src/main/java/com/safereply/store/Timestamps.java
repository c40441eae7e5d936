package com.safereply.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Fixed-width ISO-8601 UTC timestamps with milliseconds ({@code 2025-03-01T09:15:00.000Z}). Fixed width matters:
 * {@link Instant#toString()} drops zero fractions, and "…00Z" sorts after "…00.5Z", which would break the queue order
 * in sort keys. The store therefore keeps millisecond precision.
 */
final class Timestamps {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    static Instant parse(String text) {
        return Instant.parse(text);
    }
}
