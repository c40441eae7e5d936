package com.safereply.app.practice;

import com.safereply.app.draft.Urgency;

import java.time.Duration;

/** How long a draft may wait for a decision before approvers are reminded again (escalation). */
public record SlaPolicy(Duration normal, Duration urgent) {

    public static final SlaPolicy DEFAULT = new SlaPolicy(Duration.ofMinutes(120), Duration.ofMinutes(15));

    public SlaPolicy {
        if (normal == null || urgent == null || normal.isNegative() || normal.isZero()
                || urgent.isNegative() || urgent.isZero()) {
            throw new IllegalArgumentException("SLA durations must be positive");
        }
    }

    public static SlaPolicy ofMinutes(long normalMinutes, long urgentMinutes) {
        return new SlaPolicy(Duration.ofMinutes(normalMinutes), Duration.ofMinutes(urgentMinutes));
    }

    public Duration forUrgency(Urgency urgency) {
        return urgency == Urgency.URGENT ? urgent : normal;
    }
}
