package com.safereply.train;

import com.safereply.core.classify.learned.Combiner;
import com.safereply.core.classify.learned.Prediction;
import com.safereply.core.classify.learned.Thresholds;
import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Chooses a candidate's thresholds from out-of-fold predictions on the training voices only (each voice predicted
 * by a model that never saw it), so the thresholds are as untuned to the held-out voice as the weights are:
 * <ul>
 *   <li>crisis, then emergency: the highest threshold (from 0.95 down to {@link #RISK_FLOOR}) at which the rules OR
 *       the model catch every gold crisis / emergency of the training voices;</li>
 *   <li>emergency category: from the emergency flag threshold up to 0.95, the lowest whose macro-F1 is within
 *       {@link #CATEGORY_F1_TOLERANCE} of the best: the flag keeps its recall whatever this is, only the reading of a
 *       weakly flagged comment moves, and emergency-category recall is not traded for gains of that size;</li>
 *   <li>crisis category: from the crisis flag threshold up to 0.95, the lowest whose macro-F1 is within
 *       {@link #CATEGORY_F1_TOLERANCE} of the best, by the same reasoning: the crisis flag keeps its recall, only the
 *       reading of a crisis the model alone raises, weakly, moves;</li>
 *   <li>rules' corroboration: from 0 (the rules' emergency always decides the category) up to the emergency
 *       category threshold, the lowest whose macro-F1 is within {@link #CATEGORY_F1_TOLERANCE} of the best, by the
 *       same reasoning: the rules' flag stays, only the reading of an emergency the model does not back moves;</li>
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
    static final double CATEGORY_F1_TOLERANCE = 0.005;

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
        Thresholds chosen = new Thresholds(round(emergency), round(crisis), round(phi), 0.5, round(low));
        chosen = chosen.withEmergencyCategory(emergencyCategory(items, outOfFold, chosen));
        chosen = chosen.withCrisisCategory(crisisCategory(items, outOfFold, chosen));
        return chosen.withRulesCorroboration(rulesCorroboration(items, outOfFold, chosen));
    }

    /** The lowest category threshold within {@link #CATEGORY_F1_TOLERANCE} of the best out-of-fold macro-F1. */
    static double emergencyCategory(List<Item> items, List<Prediction> outOfFold, Thresholds flags) {
        return lowestNearBest(items, outOfFold, flags.emergency(), 0.95, flags::withEmergencyCategory);
    }

    /** The lowest crisis category threshold within {@link #CATEGORY_F1_TOLERANCE} of the best out-of-fold macro-F1. */
    static double crisisCategory(List<Item> items, List<Prediction> outOfFold, Thresholds chosen) {
        return lowestNearBest(items, outOfFold, chosen.crisis(), 0.95, chosen::withCrisisCategory);
    }

    /** The lowest corroboration threshold within {@link #CATEGORY_F1_TOLERANCE} of the best out-of-fold macro-F1. */
    static double rulesCorroboration(List<Item> items, List<Prediction> outOfFold, Thresholds chosen) {
        return lowestNearBest(items, outOfFold, 0, chosen.emergencyCategory(), chosen::withRulesCorroboration);
    }

    /**
     * One reading threshold: on the grid from {@code from} to {@code to} in steps of 0.01, the lowest value whose
     * out-of-fold macro-F1 ({@code at} that value, every other threshold as chosen) is within
     * {@link #CATEGORY_F1_TOLERANCE} of the best.
     */
    private static double lowestNearBest(List<Item> items, List<Prediction> outOfFold, double from, double to,
                                         DoubleFunction<Thresholds> at) {
        List<Double> grid = new ArrayList<>();
        for (int step = 0; from + step * 0.01 <= to + 1e-9; step++) {
            grid.add(round(from + step * 0.01));
        }
        double[] macroF1 = new double[grid.size()];
        for (int k = 0; k < grid.size(); k++) {
            macroF1[k] = Scores.of(items, outOfFold, at.apply(grid.get(k))).macroF1();
        }
        double best = Arrays.stream(macroF1).max().orElse(0);
        for (int k = 0; k < grid.size(); k++) {
            if (macroF1[k] >= best - CATEGORY_F1_TOLERANCE) {
                return grid.get(k);
            }
        }
        return grid.get(0);
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
