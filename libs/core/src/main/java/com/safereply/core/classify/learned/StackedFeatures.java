package com.safereply.core.classify.learned;

import com.safereply.core.classify.RuleCues;

import java.util.Arrays;

/**
 * One feature vector made of a dense block (a sentence embedding) in slots {@code 0..denseDimensions-1} followed by a
 * sparse block (the rule cues, or the shipped hashed n-grams with the cues) shifted past it: the linear heads see both
 * at once. Order and widths are fixed by the constructor, so every comment's vector lines up with the weights. The
 * trainer and {@link LinearModel} both stack through this class, so training and scoring cannot disagree.
 */
public final class StackedFeatures {

    private final int denseDimensions;
    private final int sparseDimensions;

    public StackedFeatures(int denseDimensions, int sparseDimensions) {
        if (denseDimensions <= 0 || sparseDimensions <= 0) {
            throw new IllegalArgumentException("both blocks need at least one slot");
        }
        this.denseDimensions = denseDimensions;
        this.sparseDimensions = sparseDimensions;
    }

    public int dimensions() {
        return denseDimensions + sparseDimensions;
    }

    public SparseVector of(float[] dense, SparseVector sparse) {
        if (dense.length != denseDimensions) {
            throw new IllegalArgumentException("dense block has " + dense.length + " values, expected " + denseDimensions);
        }
        int[] idx = sparse.indices();
        if (idx.length > 0 && (idx[0] < 0 || idx[idx.length - 1] >= sparseDimensions)) {
            throw new IllegalArgumentException("sparse block index outside 0.." + (sparseDimensions - 1));
        }
        int[] indices = new int[denseDimensions + idx.length];
        float[] values = new float[indices.length];
        int size = 0;
        for (int i = 0; i < denseDimensions; i++) {
            if (dense[i] != 0f) {
                indices[size] = i;
                values[size] = dense[i];
                size++;
            }
        }
        float[] val = sparse.values();
        for (int i = 0; i < idx.length; i++) {
            indices[size] = denseDimensions + idx[i];
            values[size] = val[i];
            size++;
        }
        return new SparseVector(Arrays.copyOf(indices, size), Arrays.copyOf(values, size));
    }

    /** The rules' cues alone as a sparse block of {@link RuleCues#COUNT} slots (zeros left out). */
    public static SparseVector cues(float[] cues) {
        if (cues.length != RuleCues.COUNT) {
            throw new IllegalArgumentException("expected " + RuleCues.COUNT + " cues, got " + cues.length);
        }
        int[] indices = new int[cues.length];
        float[] values = new float[cues.length];
        int size = 0;
        for (int c = 0; c < cues.length; c++) {
            if (cues[c] != 0f) {
                indices[size] = c;
                values[size] = cues[c];
                size++;
            }
        }
        return new SparseVector(Arrays.copyOf(indices, size), Arrays.copyOf(values, size));
    }
}
