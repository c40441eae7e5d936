package com.safereply.app.digest;

import java.util.Map;
import java.util.Objects;

/**
 * A practice's weekly digest as shown and sent: counts and times only, already passed through {@link SmallCounts},
 * so nothing in it can hold comment text or point at one visit. Keys are category and theme labels.
 *
 * @param drafts     drafts created in the week
 * @param categories count and change per triage category
 * @param themes     count and change per complaint theme
 */
public record WeeklyDigest(String practiceId, String weekId, String timeZone, String from, String to,
                           Shown drafts, Map<String, Shown> categories, Map<String, Shown> themes,
                           Shown pastSla, Shown emergencies, Shown crises,
                           String medianMinutesToApproval, String p90MinutesToApproval,
                           String medianMinutesToPublish, String p90MinutesToPublish) {

    /** A count as shown, and its change from the previous week. */
    public record Shown(String count, String change) {
        public static Shown of(long now, long before) {
            return new Shown(SmallCounts.count(now), SmallCounts.change(now, before));
        }
    }

    public WeeklyDigest {
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(weekId, "weekId");
        categories = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(categories));
        themes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(themes));
    }
}
