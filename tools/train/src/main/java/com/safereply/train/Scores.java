package com.safereply.train;

import com.safereply.core.classify.learned.Combiner;
import com.safereply.core.classify.learned.Prediction;
import com.safereply.core.classify.learned.Thresholds;
import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;

import java.util.List;
import java.util.Locale;

/**
 * Figures for a set of predictions against gold labels: confusion matrix, per-category precision, recall and F1,
 * macro-F1 over the seven categories, and recall and precision of the emergency, crisis and PHI flags (a comment's
 * emergency flag counts when the classification has it or is categorised emergency). Also how many comments got the
 * low-confidence holding reply and how accurate the others were.
 */
public final class Scores {

    private static final Category[] LABELS = Category.values();
    private final int[][] confusion = new int[LABELS.length][LABELS.length];
    private final int[][] flags = new int[3][4]; // per flag: tp, fp, fn, tn
    private int total;
    private int low;
    private int confidentCorrect;
    private int thanksToNegative;

    /** The figures of {@code items} classified by the policy ({@link Combiner}) from their predictions at {@code t}. */
    static Scores of(List<Item> items, List<Prediction> predictions, Thresholds t) {
        Scores s = new Scores();
        for (int i = 0; i < items.size(); i++) {
            s.add(items.get(i).example(), Combiner.combine(items.get(i).reading(), predictions.get(i), t));
        }
        return s;
    }

    public void add(Example gold, Classification predicted) {
        add(gold.label(), gold.emergency(), gold.crisis(), gold.containsPhi(), predicted);
    }

    public void add(Category label, boolean emergency, Boolean crisis, Boolean phi, Classification predicted) {
        total++;
        confusion[label.ordinal()][predicted.category().ordinal()]++;
        count(0, emergency, emergencyCaught(predicted));
        if (crisis != null) {
            count(1, crisis, predicted.crisis());
        }
        if (phi != null) {
            count(2, phi, predicted.containsPhi());
        }
        if (predicted.lowConfidence()) {
            low++;
        } else if (predicted.category() == label) {
            confidentCorrect++;
        }
        boolean thanked = predicted.category() == Category.FEEDBACK && !predicted.lowConfidence() && !predicted.urgent();
        if (thanked && label != Category.FEEDBACK && label != Category.APPOINTMENT_ADMIN && label != Category.SPAM) {
            thanksToNegative++;
        }
    }

    /** What emergency recall counts as caught: the flag, or a reading as an emergency (the reply is the same). */
    static boolean emergencyCaught(Classification predicted) {
        return predicted.emergency() || predicted.category() == Category.EMERGENCY;
    }

    public void addAll(Scores other) {
        for (int g = 0; g < LABELS.length; g++) {
            for (int p = 0; p < LABELS.length; p++) {
                confusion[g][p] += other.confusion[g][p];
            }
        }
        for (int f = 0; f < 3; f++) {
            for (int k = 0; k < 4; k++) {
                flags[f][k] += other.flags[f][k];
            }
        }
        total += other.total;
        low += other.low;
        confidentCorrect += other.confidentCorrect;
        thanksToNegative += other.thanksToNegative;
    }

    private void count(int flag, boolean gold, boolean predicted) {
        flags[flag][gold ? (predicted ? 0 : 2) : (predicted ? 1 : 3)]++;
    }

    public int total() {
        return total;
    }

    public double precision(Category c) {
        int predicted = 0;
        for (int g = 0; g < LABELS.length; g++) {
            predicted += confusion[g][c.ordinal()];
        }
        return predicted == 0 ? 0 : (double) confusion[c.ordinal()][c.ordinal()] / predicted;
    }

    public double recall(Category c) {
        int gold = 0;
        for (int p = 0; p < LABELS.length; p++) {
            gold += confusion[c.ordinal()][p];
        }
        return gold == 0 ? 0 : (double) confusion[c.ordinal()][c.ordinal()] / gold;
    }

    public double f1(Category c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double macroF1() {
        double sum = 0;
        for (Category c : LABELS) {
            sum += f1(c);
        }
        return sum / LABELS.length;
    }

    public double accuracy() {
        int ok = 0;
        for (int i = 0; i < LABELS.length; i++) {
            ok += confusion[i][i];
        }
        return total == 0 ? 0 : (double) ok / total;
    }

    public double emergencyRecall() {
        return recall(0);
    }

    public double emergencyPrecision() {
        return precision(0);
    }

    public double crisisRecall() {
        return recall(1);
    }

    public double crisisPrecision() {
        return precision(1);
    }

    public double phiRecall() {
        return recall(2);
    }

    public double phiPrecision() {
        return precision(2);
    }

    public int missedEmergencies() {
        return flags[0][2];
    }

    public int missedCrises() {
        return flags[1][2];
    }

    /** Gold emergencies (by the emergency flag). */
    public int emergencies() {
        return flags[0][0] + flags[0][2];
    }

    /** Gold emergencies the prediction flagged (or read as category emergency). */
    public int flaggedEmergencies() {
        return flags[0][0];
    }

    /** Gold crises (only lines that label crisis count). */
    public int crises() {
        return flags[1][0] + flags[1][2];
    }

    /** Gold crises the prediction flagged as crises. */
    public int flaggedCrises() {
        return flags[1][0];
    }

    public double lowConfidenceShare() {
        return total == 0 ? 0 : (double) low / total;
    }

    /** Accuracy of the category on the comments that were not low confidence. */
    public double confidentAccuracy() {
        return total == low ? 0 : (double) confidentCorrect / (total - low);
    }

    /** Non-feedback comments (complaints, questions, abuse, emergencies) that would still get a thank-you. */
    public int thanksToNegative() {
        return thanksToNegative;
    }

    private double recall(int f) {
        int positives = flags[f][0] + flags[f][2];
        return positives == 0 ? 0 : (double) flags[f][0] / positives;
    }

    private double precision(int f) {
        int predicted = flags[f][0] + flags[f][1];
        return predicted == 0 ? 0 : (double) flags[f][0] / predicted;
    }

    public String summaryRow(String name) {
        return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f (%d missed) | %.3f | %.3f (%d missed) | %.3f | %.3f | %.3f | %.1f%% | %d |",
                name, macroF1(), accuracy(), emergencyRecall(), missedEmergencies(), emergencyPrecision(),
                crisisRecall(), missedCrises(), crisisPrecision(), phiRecall(), phiPrecision(),
                100 * lowConfidenceShare(), thanksToNegative());
    }

    public static String summaryHeader() {
        return "| Candidate | Macro-F1 | Accuracy | Emergency recall | Emergency precision | Crisis recall | Crisis precision"
                + " | PHI recall | PHI precision | Low confidence | Thank-you to non-feedback |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|";
    }

    public String perClass() {
        StringBuilder s = new StringBuilder("| Category | Precision | Recall | F1 | Support |\n|---|---|---|---|---|\n");
        for (Category c : LABELS) {
            int support = 0;
            for (int p = 0; p < LABELS.length; p++) {
                support += confusion[c.ordinal()][p];
            }
            s.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d |%n", c.label(), precision(c), recall(c),
                    f1(c), support));
        }
        return s.toString();
    }

    public String confusionMatrix() {
        StringBuilder s = new StringBuilder("| gold \\ predicted |");
        for (Category c : LABELS) {
            s.append(' ').append(c.label()).append(" |");
        }
        s.append("\n|---|");
        s.append("---|".repeat(LABELS.length)).append('\n');
        for (Category g : LABELS) {
            s.append("| ").append(g.label()).append(" |");
            for (Category p : LABELS) {
                s.append(' ').append(confusion[g.ordinal()][p.ordinal()]).append(" |");
            }
            s.append('\n');
        }
        return s.toString();
    }
}
