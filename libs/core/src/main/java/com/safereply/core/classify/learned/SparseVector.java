package com.safereply.core.classify.learned;

/** A feature vector with few non-zero entries: ascending, distinct indices and their values. */
public record SparseVector(int[] indices, float[] values) {

    public int size() {
        return indices.length;
    }
}
