package com.safereply.core.testing;

import java.util.stream.IntStream;

/**
 * Runs generated cases on every core. Case {@code i} gets its own seed derived from the test's base seed, so a failing
 * case reproduces alone (its seed is in the failure message) and the order the cases run in does not matter.
 */
public final class Cases {

    /** The base seed of every hostile-input test; override with {@code -Dhostile.seed=N}. */
    public static final long BASE_SEED = Long.getLong("hostile.seed", 7_2026L);
    /** Multiplies every case count; {@code -Dhostile.scale=10} for a long run outside CI. */
    public static final int SCALE = Integer.getInteger("hostile.scale", 1);

    @FunctionalInterface
    public interface Check {
        void run(long caseSeed, int index);
    }

    private Cases() {
    }

    public static void run(long testSeed, int count, Check check) {
        IntStream.range(0, count * SCALE).parallel().forEach(i -> check.run(caseSeed(testSeed, i), i));
    }

    public static long caseSeed(long testSeed, int index) {
        return testSeed * 1_000_003L + index;
    }
}
