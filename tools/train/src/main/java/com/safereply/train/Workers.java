package com.safereply.train;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** The train tool's worker threads: daemons, so a failed task ends the run instead of leaving the others running. */
final class Workers {

    /** Wall time of a {@link #share} and the sum of what its jobs returned (printed, so no job is optimised away). */
    record Timed(double seconds, double checksum) {
    }

    /** Job {@code i} of a {@link #share}: its result goes into the checksum. */
    @FunctionalInterface
    interface Job {
        double run(int i) throws Exception;
    }

    private Workers() {
    }

    static ExecutorService daemonPool(int threads, String name) {
        return Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Jobs 0 to {@code count - 1}, each taken by the next free one of {@code threads} threads, timed from the first. */
    static Timed share(int threads, int count, String name, Job job) throws Exception {
        ExecutorService pool = daemonPool(threads, name);
        try {
            AtomicInteger next = new AtomicInteger();
            long t0 = System.nanoTime();
            List<Future<Double>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                parts.add(pool.submit(() -> {
                    double sum = 0;
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        sum += job.run(i);
                    }
                    return sum;
                }));
            }
            double checksum = 0;
            for (Future<Double> part : parts) {
                checksum += part.get();
            }
            return new Timed((System.nanoTime() - t0) / 1e9, checksum);
        } finally {
            pool.shutdownNow();
        }
    }
}
