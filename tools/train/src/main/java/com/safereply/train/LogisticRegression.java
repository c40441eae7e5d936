package com.safereply.train;

import com.safereply.core.classify.learned.FeatureHasher;
import com.safereply.core.classify.learned.LinearModel;
import com.safereply.core.classify.learned.Prediction;
import com.safereply.core.classify.learned.SparseVector;
import com.safereply.core.model.Category;

import java.util.List;
import java.util.function.Function;

/**
 * The shipped candidate: multinomial logistic regression for the category and four binary logistic heads, over
 * hashed n-grams plus the rules' cues, fitted by AdaGrad SGD with L2 and a seeded shuffle (same corpus, same seed,
 * same weights). Categories are weighted by inverse square-root frequency (macro-F1 counts small classes as much as
 * large ones); positive emergency and crisis examples weigh {@link #RISK_POSITIVE_WEIGHT} (recall first).
 */
public final class LogisticRegression implements Candidate {

    static final double RISK_POSITIVE_WEIGHT = 3.0;

    private final FeatureHasher hasher;
    private final int epochs;
    private final double learningRate;
    private final double l2;
    private final long seed;

    public LogisticRegression(FeatureHasher hasher, int epochs, double learningRate, double l2, long seed) {
        this.hasher = hasher;
        this.epochs = epochs;
        this.learningRate = learningRate;
        this.l2 = l2;
        this.seed = seed;
    }

    public static LogisticRegression standard(FeatureHasher hasher) {
        return new LogisticRegression(hasher, 12, 0.3, 1e-6, 20261203L);
    }

    @Override
    public String name() {
        return "hashed n-grams + rule cues, logistic regression";
    }

    @Override
    public Fitted fit(List<Item> training) {
        LinearModel model = train(training);
        return item -> model.predict(item.features());
    }

    public LinearModel train(List<Item> training) {
        Sgd.Weights fitted = weights(training, Item::features, hasher.dimensions());
        return new LinearModel(hasher, fitted.w(), fitted.bias());
    }

    /** The category distribution and the four binary heads of {@code weights} at {@code x}. */
    static Prediction predict(Sgd.Weights weights, SparseVector x) {
        double[] z = LinearModel.logits(weights.w(), weights.bias(), x, LinearModel.HEADS);
        return new Prediction(LinearModel.softmax(z, LinearModel.CATEGORIES), LinearModel.sigmoid(z[LinearModel.EMERGENCY]),
                LinearModel.sigmoid(z[LinearModel.CRISIS]), LinearModel.sigmoid(z[LinearModel.PHI]),
                LinearModel.sigmoid(z[LinearModel.THIRD_PARTY]));
    }

    /**
     * This recipe over any feature vector of {@code dimensions} slots: the shipped model reads {@link Item#features()},
     * the MiniLM candidates read embeddings stacked with it ({@link EmbeddingLogisticRegression}).
     */
    Sgd.Weights weights(List<Item> training, Function<Item, SparseVector> features, int dimensions) {
        int cats = LinearModel.CATEGORIES;
        double[] classWeight = classWeights(training);
        return Sgd.fit(training.size(), i -> features.apply(training.get(i)), dimensions,
                LinearModel.HEADS, (o, z, grad) -> {
                    Example e = training.get(o).example();
                    double[] p = LinearModel.softmax(z, cats);
                    double cw = classWeight[e.label().ordinal()];
                    for (int k = 0; k < cats; k++) {
                        grad[k] = cw * (p[k] - (k == e.label().ordinal() ? 1 : 0));
                    }
                    grad[LinearModel.EMERGENCY] = binary(z[LinearModel.EMERGENCY], e.emergency(), RISK_POSITIVE_WEIGHT);
                    grad[LinearModel.CRISIS] = binary(z[LinearModel.CRISIS], e.crisis(), RISK_POSITIVE_WEIGHT);
                    grad[LinearModel.PHI] = binary(z[LinearModel.PHI], e.containsPhi(), 1.0);
                    grad[LinearModel.THIRD_PARTY] = binary(z[LinearModel.THIRD_PARTY], e.thirdParty(), 1.0);
                }, epochs, learningRate, l2, seed);
    }

    private static double binary(double z, boolean gold, double positiveWeight) {
        double p = LinearModel.sigmoid(z);
        return gold ? positiveWeight * (p - 1) : p;
    }

    static double[] classWeights(List<Item> training) {
        int[] counts = new int[Category.values().length];
        for (Item item : training) {
            counts[item.example().label().ordinal()]++;
        }
        return inverseSqrtWeights(counts);
    }

    /**
     * Per-class weights from class counts: inverse square-root frequency, mean 1 over the classes present, 0 for an
     * absent class. Shared with the theme trainer ({@link ThemeCommands}).
     */
    static double[] inverseSqrtWeights(int[] counts) {
        double[] weights = new double[counts.length];
        double mean = 0;
        int present = 0;
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] > 0) {
                weights[k] = 1.0 / Math.sqrt(counts[k]);
                mean += weights[k];
                present++;
            }
        }
        mean /= Math.max(1, present);
        for (int k = 0; k < counts.length; k++) {
            weights[k] = counts[k] > 0 ? weights[k] / mean : 0;
        }
        return weights;
    }
}
