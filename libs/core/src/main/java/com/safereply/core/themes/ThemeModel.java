package com.safereply.core.themes;

import com.safereply.core.classify.learned.LinearModel;
import com.safereply.core.classify.learned.SparseVector;

/**
 * The learned complaint-theme reader: a multinomial logistic regression over {@link ThemeFeatures}, trained on
 * theme-labelled complaints by independent writers ({@code tools/train/train.sh themes-fit}). Weights are row-major per
 * feature, one float per theme, as in {@link LinearModel}. Immutable; thread-safe.
 */
public final class ThemeModel {

    public static final int THEMES = ComplaintTheme.values().length;

    private final ThemeFeatures features;
    private final float[] weights;
    private final float[] bias;

    /** @param weights {@code features.hasher().dimensions() * THEMES} floats, row-major; taken as is, not copied */
    public ThemeModel(ThemeFeatures features, float[] weights, float[] bias) {
        if (weights.length != features.hasher().dimensions() * THEMES || bias.length != THEMES) {
            throw new IllegalArgumentException("weights do not match " + features.hasher().dimensions() + " features x "
                    + THEMES + " themes");
        }
        this.features = features;
        this.weights = weights;
        this.bias = bias;
    }

    public ThemeFeatures features() {
        return features;
    }

    float[] weights() {
        return weights;
    }

    float[] bias() {
        return bias;
    }

    /** The probability of each theme, in {@link ComplaintTheme} order. */
    public double[] probabilities(String text) {
        return probabilities(features.of(text));
    }

    public double[] probabilities(SparseVector x) {
        return LinearModel.softmax(LinearModel.logits(weights, bias, x, THEMES), THEMES);
    }

    /** The most probable theme (ties to the theme listed first). */
    public ComplaintTheme themeOf(String text) {
        return mostProbable(probabilities(text));
    }

    /** The theme of the highest probability in {@code p} (in {@link ComplaintTheme} order; ties to the first). */
    public static ComplaintTheme mostProbable(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return ComplaintTheme.values()[best];
    }
}
