package com.safereply.core.classify.learned;

import com.safereply.core.model.Category;

/**
 * The learned classifier's weights: a multinomial logistic regression over the seven categories and four binary
 * logistic heads (emergency, crisis, contains PHI, third party), all over the same features: the
 * {@link FeatureHasher}'s, optionally preceded by a dense block (a sentence embedding, see {@link StackedFeatures}).
 * Weights are stored row-major per feature ({@link #HEADS} floats per feature) so a prediction touches each non-zero
 * feature's row once. Immutable once built; thread-safe.
 */
public final class LinearModel {

    public static final int CATEGORIES = Category.values().length;
    public static final int EMERGENCY = CATEGORIES;
    public static final int CRISIS = CATEGORIES + 1;
    public static final int PHI = CATEGORIES + 2;
    public static final int THIRD_PARTY = CATEGORIES + 3;
    public static final int HEADS = CATEGORIES + 4;

    private final FeatureHasher hasher;
    private final int denseDimensions;
    private final StackedFeatures stack;
    private final float[] weights;
    private final float[] bias;

    /** @param weights {@code hasher.dimensions() * HEADS} floats, row-major per feature; taken as is, not copied */
    public LinearModel(FeatureHasher hasher, float[] weights, float[] bias) {
        this(hasher, 0, weights, bias);
    }

    /**
     * @param denseDimensions the width of the dense block before the hashed features (0: none)
     * @param weights {@code (denseDimensions + hasher.dimensions()) * HEADS} floats, row-major per feature, the dense
     *                block's rows first; taken as is, not copied
     */
    public LinearModel(FeatureHasher hasher, int denseDimensions, float[] weights, float[] bias) {
        if (denseDimensions < 0 || weights.length != (long) (denseDimensions + hasher.dimensions()) * HEADS
                || bias.length != HEADS) {
            throw new IllegalArgumentException("weights do not match " + denseDimensions + " dense + "
                    + hasher.dimensions() + " hashed features x " + HEADS);
        }
        this.hasher = hasher;
        this.denseDimensions = denseDimensions;
        this.stack = denseDimensions == 0 ? null : new StackedFeatures(denseDimensions, hasher.dimensions());
        this.weights = weights;
        this.bias = bias;
    }

    public FeatureHasher hasher() {
        return hasher;
    }

    /** The width of the dense block (a sentence embedding) the model expects before its hashed features; 0 if none. */
    public int denseDimensions() {
        return denseDimensions;
    }

    float[] weights() {
        return weights;
    }

    float[] bias() {
        return bias;
    }

    /** A model without a dense block: the hashed features are the whole input. */
    public Prediction predict(SparseVector x) {
        if (denseDimensions != 0) {
            throw new IllegalStateException("this model needs a " + denseDimensions + "-value embedding beside its features");
        }
        return predictStacked(x);
    }

    /** A model with a dense block: the embedding, then the hashed features, stacked as the trainer stacked them. */
    public Prediction predict(float[] embedding, SparseVector x) {
        if (denseDimensions == 0) {
            throw new IllegalStateException("this model has no dense block; predict from the features alone");
        }
        return predictStacked(stack.of(embedding, x));
    }

    private Prediction predictStacked(SparseVector x) {
        double[] z = scores(x);
        double[] categories = softmax(z, CATEGORIES);
        return new Prediction(categories, sigmoid(z[EMERGENCY]), sigmoid(z[CRISIS]), sigmoid(z[PHI]),
                sigmoid(z[THIRD_PARTY]));
    }

    /** The raw scores (logits) of every head. */
    public double[] scores(SparseVector x) {
        return logits(weights, bias, x, HEADS);
    }

    /**
     * The logits of {@code heads} linear heads over a sparse vector, weights row-major per feature: shared by every
     * linear model here and by the trainers, so that training and scoring cannot disagree.
     */
    public static double[] logits(float[] weights, float[] bias, SparseVector x, int heads) {
        double[] z = new double[heads];
        for (int h = 0; h < heads; h++) {
            z[h] = bias[h];
        }
        int[] idx = x.indices();
        float[] val = x.values();
        for (int i = 0; i < idx.length; i++) {
            int row = idx[i] * heads;
            float v = val[i];
            for (int h = 0; h < heads; h++) {
                z[h] += weights[row + h] * v;
            }
        }
        return z;
    }

    public static double[] softmax(double[] z, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, z[i]);
        }
        double[] p = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            p[i] = Math.exp(z[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < n; i++) {
            p[i] /= sum;
        }
        return p;
    }

    public static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
