package com.safereply.loadtest;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** One sender's latencies (nanoseconds) and outcomes; merged after the run, so recording needs no locks. */
final class Recorder {

    private long[] latencies = new long[1 << 14];
    private int count;
    private final Map<String, Integer> errors = new TreeMap<>();

    void ok(long nanos) {
        if (count == latencies.length) {
            latencies = Arrays.copyOf(latencies, count * 2);
        }
        latencies[count++] = nanos;
    }

    void error(String kind) {
        errors.merge(kind, 1, Integer::sum);
    }

    static Recorder merge(Iterable<Recorder> all) {
        Recorder merged = new Recorder();
        for (Recorder r : all) {
            for (int i = 0; i < r.count; i++) {
                merged.ok(r.latencies[i]);
            }
            r.errors.forEach((k, v) -> merged.errors.merge(k, v, Integer::sum));
        }
        Arrays.sort(merged.latencies, 0, merged.count);
        return merged;
    }

    int count() {
        return count;
    }

    int errorCount() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    Map<String, Integer> errors() {
        return errors;
    }

    /** Call on a merged (sorted) recorder. Nearest-rank percentile, in milliseconds. */
    double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * count) - 1;
        return latencies[Math.max(0, Math.min(count - 1, rank))] / 1e6;
    }
}
