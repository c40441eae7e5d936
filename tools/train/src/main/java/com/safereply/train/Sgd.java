package com.safereply.train;

import com.safereply.core.classify.learned.LinearModel;
import com.safereply.core.classify.learned.SparseVector;

import java.util.Random;
import java.util.function.IntFunction;

/**
 * The AdaGrad step both trainers share: logistic heads over one sparse vector, weights row-major per feature
 * ({@code heads} floats per row), one squared-gradient accumulator per weight.
 */
final class Sgd {

    private Sgd() {
    }

    /** Fitted weights: row-major per feature ({@code heads} floats a row) and one bias per head. */
    record Weights(float[] w, float[] bias) {
    }

    /** The loss's gradient with respect to each head's logit, for example {@code index} at logits {@code z}. */
    @FunctionalInterface
    interface Gradient {
        void compute(int index, double[] z, double[] grad);
    }

    /**
     * {@code epochs} passes over examples 0..n-1 in a seeded random order, one {@link #step} each: same examples, same
     * seed, same weights.
     */
    static Weights fit(int n, IntFunction<SparseVector> features, int dimensions, int heads, Gradient gradient,
                       int epochs, double learningRate, double l2, long seed) {
        float[] w = new float[dimensions * heads];
        float[] g2 = new float[w.length];
        float[] bias = new float[heads];
        float[] biasG2 = new float[heads];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        double[] grad = new double[heads];
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            for (int o : order) {
                SparseVector x = features.apply(o);
                gradient.compute(o, LinearModel.logits(w, bias, x, heads), grad);
                step(w, g2, bias, biasG2, x, grad, learningRate, l2);
            }
        }
        return new Weights(w, bias);
    }

    /** One AdaGrad update of every head's weights and bias by the gradients {@code grad} (dLoss/dLogit) at {@code x}. */
    private static void step(float[] w, float[] g2, float[] bias, float[] biasG2, SparseVector x, double[] grad,
                     double learningRate, double l2) {
        int heads = grad.length;
        int[] idx = x.indices();
        float[] val = x.values();
        for (int i = 0; i < idx.length; i++) {
            int row = idx[i] * heads;
            for (int h = 0; h < heads; h++) {
                int j = row + h;
                double g = grad[h] * val[i] + l2 * w[j];
                g2[j] += (float) (g * g);
                w[j] -= (float) (learningRate * g / Math.sqrt(g2[j] + 1e-8));
            }
        }
        for (int h = 0; h < heads; h++) {
            biasG2[h] += (float) (grad[h] * grad[h]);
            bias[h] -= (float) (learningRate * grad[h] / Math.sqrt(biasG2[h] + 1e-8));
        }
    }

    /** 0..n-1 in a random order drawn from {@code random} (Fisher-Yates). */
    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
