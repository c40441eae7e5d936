package com.safereply.app.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.safereply.core.model.Category;
import com.safereply.core.themes.ComplaintTheme;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Counts, changes and times, with every small count suppressed. */
class DigestCalculatorTest {
    private static final DigestWeek WEEK = new DigestWeek(LocalDate.of(2026, 11, 23), ZoneId.of("UTC"));
    private static final Instant NOW = WEEK.end().plus(Duration.ofHours(7));

    private static DraftFacts facts(int i, Instant arrived, Category category, ComplaintTheme theme,
                                    Duration toApproval, Duration toPublish) {
        return new DraftFacts("d" + i, arrived, category, DigestCalculator.themeFor(category, theme), false, false,
                Duration.ofHours(2), Optional.ofNullable(toApproval).map(arrived::plus),
                Optional.ofNullable(toPublish).map(arrived::plus));
    }

    @Test
    void anEmptyWeekShowsNothingButSuppressedRows() {
        WeeklyDigest digest = DigestCalculator.compute("p", WEEK, List.of(), NOW);

        assertEquals("<3", digest.drafts().count());
        assertEquals("n/a", digest.drafts().change());
        assertEquals(Category.values().length, digest.categories().size(), "every row, so no row's absence says 0");
        assertEquals(ComplaintTheme.values().length, digest.themes().size());
        assertTrue(digest.themes().values().stream().allMatch(s -> s.count().equals("<3")));
        assertEquals("<3", digest.medianMinutesToApproval());
        assertEquals("<3", digest.p90MinutesToPublish());
    }

    @Test
    void countsUnderThreeAreSuppressedAndChangesNeedBothWeeksShown() {
        List<DraftFacts> facts = new ArrayList<>();
        Instant monday = WEEK.start().plusSeconds(3600);
        for (int i = 0; i < 5; i++) {
            facts.add(facts(i, monday.plusSeconds(i), Category.COMPLAINT, ComplaintTheme.WAIT_DELAY, null, null));
        }
        for (int i = 5; i < 7; i++) {
            facts.add(facts(i, monday.plusSeconds(i), Category.COMPLAINT, ComplaintTheme.BILLING_INSURANCE, null, null));
        }
        for (int i = 7; i < 10; i++) {
            facts.add(facts(i, WEEK.previous().start().plusSeconds(i), Category.COMPLAINT, ComplaintTheme.WAIT_DELAY,
                    null, null));
        }

        WeeklyDigest digest = DigestCalculator.compute("p", WEEK, facts, NOW);

        assertEquals(new WeeklyDigest.Shown("5", "+2"), digest.themes().get("wait_delay"));
        assertEquals(new WeeklyDigest.Shown("<3", "n/a"), digest.themes().get("billing_insurance"));
        assertEquals(new WeeklyDigest.Shown("7", "+4"), digest.categories().get("complaint"));
        assertEquals(new WeeklyDigest.Shown("7", "+4"), digest.drafts());
        assertEquals(new WeeklyDigest.Shown("7", "+4"), digest.pastSla(), "none approved: all past the 2 h SLA");
    }

    @Test
    void medianAndP90TimesInMinutesOnlyFromThreeDrafts() {
        List<DraftFacts> facts = new ArrayList<>();
        Instant t = WEEK.start().plusSeconds(600);
        int[] approvalMinutes = {10, 20, 30, 40, 50, 60, 70, 80, 90, 300};
        for (int i = 0; i < approvalMinutes.length; i++) {
            facts.add(facts(i, t.plusSeconds(i), Category.FEEDBACK, ComplaintTheme.OTHER,
                    Duration.ofMinutes(approvalMinutes[i]), i < 2 ? Duration.ofMinutes(approvalMinutes[i] + 1) : null));
        }

        WeeklyDigest digest = DigestCalculator.compute("p", WEEK, facts, NOW);

        assertEquals("50", digest.medianMinutesToApproval());
        assertEquals("90", digest.p90MinutesToApproval());
        assertEquals("<3", digest.medianMinutesToPublish(), "two published drafts: suppressed");
        assertEquals(new WeeklyDigest.Shown("<3", "n/a"), digest.pastSla(), "only the 300-minute one");
        assertEquals("<3", digest.themes().get("other").count(), "feedback without a cue has no theme");
    }

    @Test
    void emergenciesCrisesAndTimeToPublishAreCountedOnceEnoughDraftsMakeThem() {
        List<DraftFacts> facts = new ArrayList<>();
        Instant t = WEEK.start().plusSeconds(600);
        int[] publishMinutes = {15, 25, 35, 45, 120};
        for (int i = 0; i < 5; i++) {
            // Four emergencies, three of them crises; every draft approved 10 minutes in and published later.
            facts.add(new DraftFacts("d" + i, t.plusSeconds(i), Category.EMERGENCY, Optional.empty(), i < 4, i < 3,
                    Duration.ofHours(2), Optional.of(t.plusSeconds(i).plus(Duration.ofMinutes(10))),
                    Optional.of(t.plusSeconds(i).plus(Duration.ofMinutes(publishMinutes[i])))));
        }
        for (int i = 5; i < 8; i++) {
            facts.add(new DraftFacts("d" + i, WEEK.previous().start().plusSeconds(i), Category.EMERGENCY,
                    Optional.empty(), true, true, Duration.ofHours(2), Optional.empty(), Optional.empty()));
        }

        WeeklyDigest digest = DigestCalculator.compute("p", WEEK, facts, NOW);

        assertEquals(new WeeklyDigest.Shown("4", "+1"), digest.emergencies());
        assertEquals(new WeeklyDigest.Shown("3", "0"), digest.crises());
        assertEquals("35", digest.medianMinutesToPublish());
        assertEquals("120", digest.p90MinutesToPublish(), "nearest rank: the 5th of 5");
        assertEquals("10", digest.medianMinutesToApproval());
        assertEquals(new WeeklyDigest.Shown("5", "+2"), digest.categories().get("emergency"));
    }
}
