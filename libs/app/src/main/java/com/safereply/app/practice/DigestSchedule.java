package com.safereply.app.practice;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When a practice gets its weekly complaint-themes digest: weeks run Monday to Monday in the practice's time zone,
 * and the digest of the week just ended is due from {@code day} at {@code hour} local time.
 */
public record DigestSchedule(ZoneId zone, DayOfWeek day, int hour, boolean enabled) {
    public static final DigestSchedule DEFAULT = new DigestSchedule(ZoneId.of("UTC"), DayOfWeek.MONDAY, 7, true);

    public DigestSchedule {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(day, "day");
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("hour must be 0..23");
        }
    }
}
