package com.safereply.app.digest;

import java.time.Duration;
import java.util.List;

/**
 * How a digest shows numbers so that it cannot point at one person's visit: a count below {@link #THRESHOLD} is shown
 * as {@code "<3"} (zero too: "none" is also a statement about who did not write); a change is shown only when both
 * weeks' counts are shown; times are shown only when at least {@link #THRESHOLD} drafts make them.
 */
public final class SmallCounts {
    public static final int THRESHOLD = 3;
    public static final String SUPPRESSED = "<3";
    public static final String NO_CHANGE_SHOWN = "n/a";

    private SmallCounts() {}

    public static String count(long n) {
        return n < THRESHOLD ? SUPPRESSED : Long.toString(n);
    }

    public static String change(long now, long before) {
        if (now < THRESHOLD || before < THRESHOLD) {
            return NO_CHANGE_SHOWN;
        }
        long delta = now - before;
        return delta > 0 ? "+" + delta : Long.toString(delta);
    }

    /** Nearest-rank percentile in whole minutes (rounded up), or suppressed under the threshold. */
    public static String minutes(List<Duration> sorted, double percentile) {
        if (sorted.size() < THRESHOLD) {
            return SUPPRESSED;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        Duration d = sorted.get(Math.max(0, rank - 1));
        return Long.toString((d.toSeconds() + 59) / 60);
    }
}
