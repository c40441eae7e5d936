package com.safereply.app.digest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/** One week of a practice's digest: Monday 00:00 to the next Monday 00:00 in the practice's time zone. */
public record DigestWeek(LocalDate monday, ZoneId zone) {
    public DigestWeek {
        Objects.requireNonNull(monday, "monday");
        Objects.requireNonNull(zone, "zone");
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a digest week starts on a Monday");
        }
    }

    /** The week (in {@code zone}) that {@code instant} falls in. */
    public static DigestWeek containing(Instant instant, ZoneId zone) {
        LocalDate day = instant.atZone(zone).toLocalDate();
        return new DigestWeek(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), zone);
    }

    /** The ISO week, e.g. {@code 2026-W48}: what links and stored digests are keyed by. */
    public static DigestWeek parse(String id, ZoneId zone) {
        if (id == null || !id.matches("\\d{4}-W\\d{2}")) {
            throw new IllegalArgumentException("week must look like 2026-W48");
        }
        int year = Integer.parseInt(id.substring(0, 4));
        int week = Integer.parseInt(id.substring(6));
        LocalDate monday;
        try {
            monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        } catch (DateTimeException e) { // W00, W54, or W53 of a 52-week year: a bad request, not a failure
            throw new IllegalArgumentException("no such week: " + id);
        }
        if (monday.get(IsoFields.WEEK_BASED_YEAR) != year) {
            throw new IllegalArgumentException("no such week: " + id);
        }
        return new DigestWeek(monday, zone);
    }

    public Instant start() {
        return monday.atStartOfDay(zone).toInstant();
    }

    public Instant end() {
        return monday.plusWeeks(1).atStartOfDay(zone).toInstant();
    }

    public DigestWeek previous() {
        return new DigestWeek(monday.minusWeeks(1), zone);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    public String id() {
        return String.format("%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
