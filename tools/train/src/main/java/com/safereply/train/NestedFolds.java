package com.safereply.train;

import com.safereply.core.classify.learned.Prediction;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Leave one voice out with nested threshold choice, fitting each model once. Outer fold v needs a model fitted
 * without v (for the held-out voice) and, to choose thresholds, out-of-fold predictions of every training voice u,
 * each from a model fitted without v and u. That inner model is trained on exactly the comments, in the same order,
 * of outer fold u's inner model without v, and training is deterministic, so one fit per voice pair serves both:
 * n + n(n-1)/2 fits instead of n², 78 instead of 144 for 12 voices, with the same predictions as
 * fitting every inner fold on its own (the tests check it against that plain cross-validation). Fits run on the
 * given pool (they are independent).
 */
final class NestedFolds {

    /** Every voice its own fold: leave one voice out. */
    static final int ONE_VOICE_PER_FOLD = 0;

    /** Out-of-fold predictions over every voice, and the fit on every voice made beside them. */
    record OutOfFoldAndWhole<T>(List<Prediction> outOfFold, T whole) {
    }

    /**
     * Out-of-fold predictions over {@code folds} folds of voices ({@link #outOfFold}) and {@code whole}, the fit on
     * every voice, which needs nothing from the folds, side by side on {@code threads} daemon threads: a failed fit
     * ends the run instead of leaving the others to keep the JVM up.
     */
    static <T> OutOfFoldAndWhole<T> outOfFoldBeside(Candidate candidate, List<Item> items, Callable<T> whole,
                                                    int threads, int folds) {
        ExecutorService pool = Workers.daemonPool(threads, "fit");
        try {
            Future<T> fitted = pool.submit(whole);
            List<Prediction> outOfFold = outOfFold(candidate, items, pool, folds);
            return new OutOfFoldAndWhole<>(outOfFold, result(fitted, candidate));
        } finally {
            pool.shutdownNow();
        }
    }

    /** One outer fold: the training voices with their out-of-fold predictions, and the held-out voice's predictions. */
    record Fold(String voice, List<Item> training, List<Prediction> trainingOutOfFold, List<Item> held,
                List<Prediction> heldPredictions) {
    }

    private NestedFolds() {
    }

    static List<Fold> run(Candidate candidate, List<Item> items, ExecutorService pool) {
        List<String> voices = items.stream().map(i -> i.example().voice()).distinct().sorted().toList();
        if (voices.size() < 3) {
            throw new IllegalArgumentException("nested folds need at least three voices, got " + voices.size());
        }
        int n = voices.size();
        int[] voiceOf = items.stream().mapToInt(i -> voices.indexOf(i.example().voice())).toArray();
        // inner[i][v]: item i predicted by the model fitted without voice v and item i's own voice
        Prediction[][] inner = new Prediction[items.size()][n];
        Prediction[] outer = new Prediction[items.size()];
        List<Future<?>> fits = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                int va = a;
                int vb = b;
                fits.add(pool.submit(() -> {
                    Candidate.Fitted fitted = candidate.fit(without(items, voiceOf, va, vb));
                    for (int i = 0; i < items.size(); i++) {
                        if (voiceOf[i] == va) {
                            inner[i][vb] = fitted.predict(items.get(i));
                        } else if (voiceOf[i] == vb) {
                            inner[i][va] = fitted.predict(items.get(i));
                        }
                    }
                }));
            }
        }
        for (int v = 0; v < n; v++) {
            int held = v;
            fits.add(pool.submit(() -> {
                Candidate.Fitted fitted = candidate.fit(without(items, voiceOf, held, held));
                for (int i = 0; i < items.size(); i++) {
                    if (voiceOf[i] == held) {
                        outer[i] = fitted.predict(items.get(i));
                    }
                }
            }));
        }
        await(fits, candidate);
        List<Fold> folds = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            List<Item> training = new ArrayList<>();
            List<Prediction> trainingOutOfFold = new ArrayList<>();
            List<Item> held = new ArrayList<>();
            List<Prediction> heldPredictions = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (voiceOf[i] == v) {
                    held.add(items.get(i));
                    heldPredictions.add(outer[i]);
                } else {
                    training.add(items.get(i));
                    trainingOutOfFold.add(inner[i][v]);
                }
            }
            folds.add(new Fold(voices.get(v), training, trainingOutOfFold, held, heldPredictions));
        }
        return folds;
    }

    /** How many folds {@code folds} makes of {@code voices} voices: one per voice unless fewer are asked for. */
    static int foldCount(int folds, int voices) {
        return folds == ONE_VOICE_PER_FOLD || folds >= voices ? voices : folds;
    }

    /**
     * Held out by voice, without nesting, on the pool, in {@code folds} folds: the voices, in name order, dealt
     * round-robin into the folds, and each fold predicted by a model fitted on the other folds' voices.
     * {@link #ONE_VOICE_PER_FOLD}, or as many folds as voices or more, is leave one voice out. Fewer folds cost fewer
     * fits (5 instead of 132) at the price of training each fold's model on less of the corpus; a voice is never
     * predicted by a model that saw it.
     */
    static List<Prediction> outOfFold(Candidate candidate, List<Item> items, ExecutorService pool, int folds) {
        List<String> voices = items.stream().map(i -> i.example().voice()).distinct().sorted().toList();
        int foldCount = foldCount(folds, voices.size());
        if (foldCount < 2) {
            throw new IllegalArgumentException("out-of-fold predictions need at least two folds of voices, got "
                    + voices.size() + " voices in " + folds + " folds");
        }
        int[] foldOf = items.stream().mapToInt(i -> voices.indexOf(i.example().voice()) % foldCount).toArray();
        Prediction[] out = new Prediction[items.size()];
        List<Future<?>> fits = new ArrayList<>();
        for (int f = 0; f < foldCount; f++) {
            int held = f;
            fits.add(pool.submit(() -> {
                Candidate.Fitted fitted = candidate.fit(without(items, foldOf, held, held));
                for (int i = 0; i < items.size(); i++) {
                    if (foldOf[i] == held) {
                        out[i] = fitted.predict(items.get(i));
                    }
                }
            }));
        }
        await(fits, candidate);
        return List.of(out);
    }

    private static void await(List<Future<?>> fits, Candidate candidate) {
        for (Future<?> fit : fits) {
            result(fit, candidate);
        }
    }

    private static <T> T result(Future<T> fit, Candidate candidate) {
        try {
            return fit.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fitting " + candidate.name(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("fitting " + candidate.name() + " failed", e.getCause());
        }
    }

    /**
     * The items of every voice (or fold of voices) but {@code a} and {@code b}, in their order (the order training
     * sees them in).
     */
    private static List<Item> without(List<Item> items, int[] groupOf, int a, int b) {
        List<Item> kept = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (groupOf[i] != a && groupOf[i] != b) {
                kept.add(items.get(i));
            }
        }
        return kept;
    }
}
