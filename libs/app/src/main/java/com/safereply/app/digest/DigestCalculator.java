package com.safereply.app.digest;

import com.safereply.core.model.Category;
import com.safereply.core.themes.ComplaintTheme;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes a week's digest from the facts of the drafts that arrived in it and in the week before (pure: the clock is
 * {@code now}). Every category and theme is listed every week, so a missing row never reveals a zero.
 */
public final class DigestCalculator {
    private DigestCalculator() {}

    public static WeeklyDigest compute(String practiceId, DigestWeek week, List<DraftFacts> facts, Instant now) {
        DigestWeek previous = week.previous();
        List<DraftFacts> current = facts.stream().filter(f -> week.contains(f.arrivedAt())).toList();
        List<DraftFacts> before = facts.stream().filter(f -> previous.contains(f.arrivedAt())).toList();

        Map<String, WeeklyDigest.Shown> categories = new LinkedHashMap<>();
        Map<Category, Long> nowByCategory = byCategory(current);
        Map<Category, Long> beforeByCategory = byCategory(before);
        for (Category c : Category.values()) {
            categories.put(c.name().toLowerCase(java.util.Locale.ROOT), WeeklyDigest.Shown.of(
                    nowByCategory.getOrDefault(c, 0L), beforeByCategory.getOrDefault(c, 0L)));
        }
        Map<String, WeeklyDigest.Shown> themes = new LinkedHashMap<>();
        Map<ComplaintTheme, Long> nowByTheme = byTheme(current);
        Map<ComplaintTheme, Long> beforeByTheme = byTheme(before);
        for (ComplaintTheme t : ComplaintTheme.values()) {
            themes.put(t.label(), WeeklyDigest.Shown.of(nowByTheme.getOrDefault(t, 0L),
                    beforeByTheme.getOrDefault(t, 0L)));
        }
        List<Duration> toApproval = sorted(current.stream().flatMap(f -> f.approvedAt()
                .map(a -> Duration.between(f.arrivedAt(), a)).stream()).toList());
        List<Duration> toPublish = sorted(current.stream().flatMap(f -> f.publishedAt()
                .map(p -> Duration.between(f.arrivedAt(), p)).stream()).toList());
        return new WeeklyDigest(practiceId, week.id(), week.zone().getId(), week.start().toString(),
                week.end().toString(), WeeklyDigest.Shown.of(current.size(), before.size()), categories, themes,
                WeeklyDigest.Shown.of(count(current, f -> f.pastSla(now)), count(before, f -> f.pastSla(now))),
                WeeklyDigest.Shown.of(count(current, DraftFacts::emergency), count(before, DraftFacts::emergency)),
                WeeklyDigest.Shown.of(count(current, DraftFacts::crisis), count(before, DraftFacts::crisis)),
                SmallCounts.minutes(toApproval, 50), SmallCounts.minutes(toApproval, 90),
                SmallCounts.minutes(toPublish, 50), SmallCounts.minutes(toPublish, 90));
    }

    private static Map<Category, Long> byCategory(List<DraftFacts> facts) {
        Map<Category, Long> counts = new EnumMap<>(Category.class);
        facts.forEach(f -> counts.merge(f.category(), 1L, Long::sum));
        return counts;
    }

    private static Map<ComplaintTheme, Long> byTheme(List<DraftFacts> facts) {
        Map<ComplaintTheme, Long> counts = new EnumMap<>(ComplaintTheme.class);
        facts.forEach(f -> f.theme().ifPresent(t -> counts.merge(t, 1L, Long::sum)));
        return counts;
    }

    private static long count(List<DraftFacts> facts, java.util.function.Predicate<DraftFacts> test) {
        return facts.stream().filter(test).count();
    }

    private static List<Duration> sorted(List<Duration> durations) {
        List<Duration> copy = new ArrayList<>(durations);
        copy.sort(null);
        return copy;
    }

    /** The theme a draft counts under: complaints always (OTHER without a cue), other comments only with a cue. */
    public static Optional<ComplaintTheme> themeFor(Category category, ComplaintTheme cued) {
        if (category == Category.COMPLAINT) {
            return Optional.of(cued);
        }
        if (category == Category.SPAM || category == Category.ABUSE || cued == ComplaintTheme.OTHER) {
            return Optional.empty();
        }
        return Optional.of(cued);
    }
}
