package com.safereply.core.guard.learned;

import com.safereply.core.classify.learned.FeatureHasher;
import com.safereply.core.classify.learned.LinearModel;
import com.safereply.core.classify.learned.SparseVector;
import com.safereply.core.model.HardRule;

/**
 * The guard's learned check: binary logistic heads over hashed n-grams of a reply. Head 0 says whether the reply reads
 * like the unsafe drafts of the red-team rounds; one head per hard rule says which rule such a reply most likely
 * breaks, so the approver is told where to look. Weights are row-major per feature, as in {@link LinearModel}.
 * Immutable; thread-safe.
 */
public final class DraftModel {

    public static final int UNSAFE = 0;
    public static final int HEADS = 1 + HardRule.values().length;

    private final FeatureHasher hasher;
    private final float[] weights;
    private final float[] bias;
    private final double threshold;
    private final double sentenceThreshold;

    /** A model that blocks on the whole reply only (no sentence threshold). */
    public static final double WHOLE_REPLY_ONLY = Double.POSITIVE_INFINITY;

    /** @param weights {@code hasher.dimensions() * HEADS} floats, row-major per feature; taken as is, not copied */
    public DraftModel(FeatureHasher hasher, float[] weights, float[] bias, double threshold) {
        this(hasher, weights, bias, threshold, WHOLE_REPLY_ONLY);
    }

    /**
     * @param sentenceThreshold the unsafe probability of one free sentence, scored alone, from which the reply is
     *                          blocked even when the whole reads safer ({@link #WHOLE_REPLY_ONLY}: never)
     */
    public DraftModel(FeatureHasher hasher, float[] weights, float[] bias, double threshold, double sentenceThreshold) {
        if (weights.length != hasher.dimensions() * HEADS || bias.length != HEADS) {
            throw new IllegalArgumentException("weights do not match " + hasher.dimensions() + " features x " + HEADS);
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1), was " + threshold);
        }
        if (!(sentenceThreshold > 0 && sentenceThreshold < 1) && sentenceThreshold != WHOLE_REPLY_ONLY) {
            throw new IllegalArgumentException("sentence threshold must be in (0, 1) or WHOLE_REPLY_ONLY, was " + sentenceThreshold);
        }
        this.hasher = hasher;
        this.weights = weights;
        this.bias = bias;
        this.threshold = threshold;
        this.sentenceThreshold = sentenceThreshold;
    }

    public FeatureHasher hasher() {
        return hasher;
    }

    /** The unsafe probability from which a reply is blocked. */
    public double threshold() {
        return threshold;
    }

    /** The unsafe probability of one free sentence from which the reply is blocked; {@link #WHOLE_REPLY_ONLY} if none. */
    public double sentenceThreshold() {
        return sentenceThreshold;
    }

    /** The same weights, blocking from another threshold (shared, not copied): one fit serves a threshold sweep. */
    public DraftModel withThreshold(double other) {
        return new DraftModel(hasher, weights, bias, other, sentenceThreshold);
    }

    /** The same weights with both thresholds set. */
    public DraftModel withThresholds(double whole, double sentence) {
        return new DraftModel(hasher, weights, bias, whole, sentence);
    }

    float[] weights() {
        return weights;
    }

    float[] bias() {
        return bias;
    }

    /** The probability that the reply is unsafe, and the hard rule it most likely breaks. */
    public DraftScore score(SparseVector x) {
        double[] z = LinearModel.logits(weights, bias, x, HEADS);
        int best = 1;
        for (int h = 2; h < HEADS; h++) {
            if (z[h] > z[best]) {
                best = h;
            }
        }
        return new DraftScore(LinearModel.sigmoid(z[UNSAFE]), HardRule.values()[best - 1]);
    }
}
