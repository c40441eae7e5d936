package com.safereply.train;

import com.safereply.core.classify.learned.Combiner;
import com.safereply.core.classify.learned.Prediction;
import com.safereply.core.classify.learned.Thresholds;
import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Chooses a candidate's thresholds from out-of-fold predictions on the training voices only (each voice predicted
 * by a model that never saw it), so the thresholds are as untuned to the held-out voice as the weights are:
 * <ul>
 *   <li>crisis, then emergency: the highest threshold (from 0.95 down to {@link #RISK_FLOOR}) at which the rules OR
 *       the model catch every gold crisis / emergency of the training voices;</li>
 *   <li>the model's two reading thresholds, together: emergency category (from the emergency flag threshold up to
 *       0.95) and crisis category (from the crisis flag threshold up to 0.95), at the best out-of-fold macro-F1 whose
 *       emergency-category recall stays within {@link #CATEGORY_RECALL_TOLERANCE} of reading every flagged comment as
 *       an emergency, found by coordinate ascent on a 0.01 grid (each in turn at its best with the other fixed, until
 *       neither moves; ties go to the lower value). Neither moves a flag, a reply or an alert: they decide only
 *       whether a comment the model alone flags, weakly, is <em>read</em> as an emergency or keeps its best other
 *       category with a "possible emergency" signal; the recall floor keeps real emergencies read as what they are
 *       (the corroboration, chosen after them, can lower that recall further, by what its own tolerance allows);</li>
 *   <li>rules' corroboration: from 0 (the rules' emergency always decides the category) up to the emergency
 *       category threshold, the lowest whose macro-F1 is within {@link #CORROBORATION_F1_TOLERANCE} of the best.
 *       Unlike the two above it overrules evidence: the rules' emergency vocabulary is written from clinical triage
 *       knowledge, so the model may take a rules emergency's reading away only where that gains more than a
 *       tolerance, never for a sliver;</li>
 *   <li>contains PHI: the highest threshold with recall at least {@link #PHI_RECALL};</li>
 *   <li>third party: 0.5;</li>
 *   <li>low confidence: the lowest threshold (0.30 to 0.80) at which the comments above it are categorised with at
 *       least {@link #CONFIDENT_ACCURACY} accuracy.</li>
 * </ul>
 */
public final class ThresholdChooser {

    static final double RISK_FLOOR = 0.05;
    static final double PHI_RECALL = 0.97;
    static final double CONFIDENT_ACCURACY = 0.90;
    static final double CORROBORATION_F1_TOLERANCE = 0.005;
    static final double CATEGORY_RECALL_TOLERANCE = 0.005;
    /**
     * A bound on the coordinate ascent: it has settled in two or three rounds on every corpus so far; if it ever did
     * not, the thresholds of the last round are used (each round only ever raises macro-F1).
     */
    private static final int MAX_READING_ROUNDS = 6;

    private ThresholdChooser() {
    }

    public static Thresholds choose(List<Item> items, List<Prediction> outOfFold) {
        double crisis = RISK_FLOOR;
        for (double t = 0.95; t >= RISK_FLOOR - 1e-9; t -= 0.01) {
            if (catchesAll(items, outOfFold, t, 2.0, true)) {
                crisis = t;
                break;
            }
        }
        double emergency = RISK_FLOOR;
        for (double t = 0.95; t >= RISK_FLOOR - 1e-9; t -= 0.01) {
            if (catchesAll(items, outOfFold, crisis, t, false)) {
                emergency = t;
                break;
            }
        }
        double phi = 0.05;
        for (double t = 0.95; t >= 0.05 - 1e-9; t -= 0.01) {
            if (phiRecall(items, outOfFold, t) >= PHI_RECALL) {
                phi = t;
                break;
            }
        }
        double low = 0.80;
        for (double t = 0.30; t <= 0.80 + 1e-9; t += 0.05) {
            Thresholds candidate = new Thresholds(emergency, crisis, phi, 0.5, t);
            if (confidentAccuracy(items, outOfFold, candidate) >= CONFIDENT_ACCURACY) {
                low = t;
                break;
            }
        }
        Thresholds flags = new Thresholds(round(emergency), round(crisis), round(phi), 0.5, round(low));
        return readingThresholds(items, outOfFold, flags);
    }

    /**
     * The emergency and crisis category thresholds at the best out-of-fold macro-F1 that keeps emergency-category
     * recall within {@link #CATEGORY_RECALL_TOLERANCE} of the start, by coordinate ascent from the flags' own values
     * (every flagged comment read as an emergency, the rules always deciding); then the rules' corroboration, the
     * lowest near the best.
     */
    static Thresholds readingThresholds(List<Item> items, List<Prediction> outOfFold, Thresholds flags) {
        Thresholds t = flags.withEmergencyCategory(flags.emergency()).withCrisisCategory(flags.crisis())
                .withRulesCorroboration(0);
        double recallFloor = Scores.of(items, outOfFold, t).recall(Category.EMERGENCY) - CATEGORY_RECALL_TOLERANCE;
        for (int pass = 0; pass < MAX_READING_ROUNDS; pass++) {
            Thresholds start = t;
            Thresholds read = start.withEmergencyCategory(best(items, outOfFold, start.emergency(), 0.95, recallFloor,
                    start::withEmergencyCategory));
            t = read.withCrisisCategory(best(items, outOfFold, read.crisis(), 0.95, recallFloor,
                    read::withCrisisCategory));
            if (t.equals(start)) {
                break;
            }
        }
        Thresholds categories = t;
        return categories.withRulesCorroboration(lowestNearBest(items, outOfFold, 0, categories.emergencyCategory(),
                categories::withRulesCorroboration));
    }

    /**
     * On the grid from {@code from} to {@code to} in steps of 0.01, the value with the best out-of-fold macro-F1
     * ({@code at} that value, every other threshold fixed) among those whose emergency-category recall reaches
     * {@code recallFloor}; the lowest of equals, and {@code from} itself when none reaches the floor.
     */
    private static double best(List<Item> items, List<Prediction> outOfFold, double from, double to,
                               double recallFloor, DoubleFunction<Thresholds> at) {
        Scores[] grid = scoresOnGrid(items, outOfFold, from, to, at);
        int best = 0;
        double bestF1 = -1;
        for (int k = 0; k < grid.length; k++) {
            if (grid[k].recall(Category.EMERGENCY) >= recallFloor - 1e-12 && grid[k].macroF1() > bestF1 + 1e-12) {
                bestF1 = grid[k].macroF1();
                best = k;
            }
        }
        return gridValue(from, best);
    }

    /** The lowest value on the grid whose macro-F1 is within {@link #CORROBORATION_F1_TOLERANCE} of the best. */
    private static double lowestNearBest(List<Item> items, List<Prediction> outOfFold, double from, double to,
                                         DoubleFunction<Thresholds> at) {
        double[] macroF1 = Arrays.stream(scoresOnGrid(items, outOfFold, from, to, at)).mapToDouble(Scores::macroF1)
                .toArray();
        double best = Arrays.stream(macroF1).max().orElse(0);
        int k = 0;
        while (macroF1[k] < best - CORROBORATION_F1_TOLERANCE) {
            k++;
        }
        return gridValue(from, k);
    }

    /** The out-of-fold scores {@code at} every value of the grid from {@code from} to {@code to}, in steps of 0.01. */
    private static Scores[] scoresOnGrid(List<Item> items, List<Prediction> outOfFold, double from, double to,
                                         DoubleFunction<Thresholds> at) {
        Scores[] grid = new Scores[gridSteps(from, to)];
        for (int k = 0; k < grid.length; k++) {
            grid[k] = Scores.of(items, outOfFold, at.apply(gridValue(from, k)));
        }
        return grid;
    }

    private static int gridSteps(double from, double to) {
        return (int) Math.floor((to - from) / 0.01 + 1e-9) + 1;
    }

    private static double gridValue(double from, int step) {
        return round(from + step * 0.01);
    }

    private static boolean catchesAll(List<Item> items, List<Prediction> p, double crisis, double emergency,
                                      boolean crisisOnly) {
        Thresholds t = new Thresholds(emergency, crisis, 0.5, 0.5, 0.5);
        for (int i = 0; i < items.size(); i++) {
            Example e = items.get(i).example();
            boolean gold = crisisOnly ? e.crisis() : e.emergency();
            if (!gold) {
                continue;
            }
            Classification c = Combiner.combine(items.get(i).reading(), p.get(i), t);
            if (crisisOnly ? !c.crisis() : !c.emergency()) {
                return false;
            }
        }
        return true;
    }

    private static double phiRecall(List<Item> items, List<Prediction> p, double threshold) {
        int positives = 0;
        int caught = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).example().containsPhi()) {
                positives++;
                if (p.get(i).containsPhi() >= threshold || items.get(i).example().emergency()) {
                    caught++;
                }
            }
        }
        return positives == 0 ? 1 : (double) caught / positives;
    }

    private static double confidentAccuracy(List<Item> items, List<Prediction> p, Thresholds t) {
        int confident = 0;
        int correct = 0;
        for (int i = 0; i < items.size(); i++) {
            Classification c = Combiner.combine(items.get(i).reading(), p.get(i), t);
            if (!c.lowConfidence()) {
                confident++;
                Category gold = items.get(i).example().label();
                if (c.category() == gold) {
                    correct++;
                }
            }
        }
        return confident == 0 ? 0 : (double) correct / confident;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
