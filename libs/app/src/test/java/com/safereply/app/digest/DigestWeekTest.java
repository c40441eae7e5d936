package com.safereply.app.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Week boundaries are midnight Monday in the practice's time zone, not in UTC. */
class DigestWeekTest {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    void theLastMinuteOfSundayLocallyBelongsToTheWeekBeforeEvenWhenUtcIsAlreadyMonday() {
        Instant sundayNightInChicago = Instant.parse("2026-11-30T05:59:59Z"); // Sun 23:59:59 CST
        Instant mondayMidnightInChicago = Instant.parse("2026-11-30T06:00:00Z");

        assertEquals(LocalDate.of(2026, 11, 23), DigestWeek.containing(sundayNightInChicago, CHICAGO).monday());
        assertEquals(LocalDate.of(2026, 11, 30), DigestWeek.containing(mondayMidnightInChicago, CHICAGO).monday());
        assertEquals(LocalDate.of(2026, 11, 30),
                DigestWeek.containing(sundayNightInChicago, ZoneId.of("UTC")).monday(), "in UTC it is Monday");
        DigestWeek week = DigestWeek.containing(sundayNightInChicago, CHICAGO);
        assertTrue(week.contains(sundayNightInChicago));
        assertFalse(week.contains(mondayMidnightInChicago));
        assertEquals(mondayMidnightInChicago, week.end());
    }

    @Test
    void theWeekDaylightSavingEndsHas169Hours() {
        DigestWeek week = new DigestWeek(LocalDate.of(2026, 10, 26), CHICAGO); // DST ends Sun 1 Nov 2026
        assertEquals(Duration.ofHours(169), Duration.between(week.start(), week.end()));
        assertEquals(Duration.ofHours(168), Duration.between(week.previous().start(), week.previous().end()));
    }

    @Test
    void isoWeekIdsRoundTripAcrossTheYearEnd() {
        DigestWeek lastOf2026 = DigestWeek.containing(Instant.parse("2027-01-01T12:00:00Z"), ZoneId.of("UTC"));
        assertEquals("2026-W53", lastOf2026.id());
        assertEquals(lastOf2026, DigestWeek.parse("2026-W53", ZoneId.of("UTC")));
        assertEquals("2026-W48", DigestWeek.parse("2026-W48", CHICAGO).id());
        assertEquals(LocalDate.of(2026, 11, 23), DigestWeek.parse("2026-W48", CHICAGO).monday());
        assertThrows(IllegalArgumentException.class, () -> DigestWeek.parse("2025-W53", CHICAGO));
        assertThrows(IllegalArgumentException.class, () -> DigestWeek.parse("last week", CHICAGO));
        assertThrows(IllegalArgumentException.class, () -> DigestWeek.parse("2026-W00", CHICAGO), "a bad request");
        assertThrows(IllegalArgumentException.class, () -> DigestWeek.parse("2026-W54", CHICAGO), "not a failure");
    }
}
