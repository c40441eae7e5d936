package com.safereply.train;

import com.safereply.core.classify.learned.SparseVector;

import java.util.Random;

/**
 * The AdaGrad step both trainers share: logistic heads over one sparse vector, weights row-major per feature
 * ({@code heads} floats per row), one squared-gradient accumulator per weight.
 */
final class Sgd {

    private Sgd() {
    }

    /** One AdaGrad update of every head's weights and bias by the gradients {@code grad} (dLoss/dLogit) at {@code x}. */
    static void step(float[] w, float[] g2, float[] bias, float[] biasG2, SparseVector x, double[] grad,
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
    static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
