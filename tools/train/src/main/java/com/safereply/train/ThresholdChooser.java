package com.safereply.train;

import com.safereply.core.classify.learned.Combiner;
import com.safereply.core.classify.learned.Prediction;
import com.safereply.core.classify.learned.Thresholds;
import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Chooses a candidate's thresholds from out-of-fold predictions on the training voices only (each voice predicted
 * by a model that never saw it), so the thresholds are as untuned to the held-out voice as the weights are:
 * <ul>
 *   <li>crisis, then emergency: the highest threshold (from 0.95 down to {@link #RISK_FLOOR}) at which the rules OR
 *       the model catch every gold crisis / emergency of the training voices;</li>
 *   <li>the three reading thresholds, together: emergency category (from the emergency flag threshold up to 0.95),
 *       crisis category (from the crisis flag threshold up to 0.95) and rules' corroboration (from 0, the rules'
 *       emergency always decides the category, up to the emergency category threshold), at the best out-of-fold
 *       macro-F1 found by coordinate ascent on a 0.01 grid (each in turn at its best with the others fixed, until
 *       none moves; ties go to the lower value). None of them moves a flag, a reply or an alert: they decide only
 *       whether a weakly flagged comment is <em>read</em> as an emergency or keeps its best other category with a
 *       "possible emergency" signal, so they are chosen for the reading alone;</li>
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
    /** Coordinate ascent stops after this many rounds even if a threshold still moves (it has always settled in 2-3). */
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
     * The emergency category, crisis category and rules' corroboration thresholds at the best out-of-fold macro-F1,
     * by coordinate ascent from the flags' own values (every flagged comment read as an emergency, the rules always
     * deciding).
     */
    static Thresholds readingThresholds(List<Item> items, List<Prediction> outOfFold, Thresholds flags) {
        Thresholds t = flags.withEmergencyCategory(flags.emergency()).withCrisisCategory(flags.crisis())
                .withRulesCorroboration(0);
        for (int pass = 0; pass < MAX_READING_ROUNDS; pass++) {
            Thresholds start = t;
            // corroboration may not exceed the category threshold: a lower category takes it down with it
            DoubleFunction<Thresholds> category = v -> start.withRulesCorroboration(
                    Math.min(start.rulesCorroboration(), v)).withEmergencyCategory(v);
            Thresholds read = category.apply(best(items, outOfFold, start.emergency(), 0.95, category));
            Thresholds crisis = read.withCrisisCategory(best(items, outOfFold, read.crisis(), 0.95,
                    read::withCrisisCategory));
            t = crisis.withRulesCorroboration(best(items, outOfFold, 0, crisis.emergencyCategory(),
                    crisis::withRulesCorroboration));
            if (t.equals(start)) {
                break;
            }
        }
        return t;
    }

    /**
     * On the grid from {@code from} to {@code to} in steps of 0.01, the value with the best out-of-fold macro-F1
     * ({@code at} that value, every other threshold fixed); the lowest of equals.
     */
    private static double best(List<Item> items, List<Prediction> outOfFold, double from, double to,
                               DoubleFunction<Thresholds> at) {
        double bestValue = round(from);
        double bestF1 = -1;
        for (int step = 0; from + step * 0.01 <= to + 1e-9; step++) {
            double value = round(from + step * 0.01);
            double macroF1 = Scores.of(items, outOfFold, at.apply(value)).macroF1();
            if (macroF1 > bestF1 + 1e-12) {
                bestF1 = macroF1;
                bestValue = value;
            }
        }
        return bestValue;
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
