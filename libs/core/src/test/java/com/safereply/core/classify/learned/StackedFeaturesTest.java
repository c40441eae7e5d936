package com.safereply.core.classify.learned;

import com.safereply.core.classify.RuleCues;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The stacked vector keeps the embedding first, the sparse block after it, and every value where it belongs. */
class StackedFeaturesTest {

    @Test
    void theDenseBlockComesFirstAndTheSparseBlockIsShiftedPastIt() {
        StackedFeatures stack = new StackedFeatures(4, 10);
        SparseVector x = stack.of(new float[] {0.5f, 0f, -0.25f, 1f}, new SparseVector(new int[] {0, 3, 9}, new float[] {7f, 8f, 9f}));

        assertEquals(14, stack.dimensions());
        assertArrayEquals(new int[] {0, 2, 3, 4, 7, 13}, x.indices(), "zeros of the embedding are left out, order kept");
        assertArrayEquals(new float[] {0.5f, -0.25f, 1f, 7f, 8f, 9f}, x.values());
    }

    @Test
    void aBlockOfTheWrongWidthIsRefused() {
        StackedFeatures stack = new StackedFeatures(4, 10);
        assertThrows(IllegalArgumentException.class, () -> stack.of(new float[3], new SparseVector(new int[0], new float[0])));
        assertThrows(IllegalArgumentException.class,
                () -> stack.of(new float[4], new SparseVector(new int[] {10}, new float[] {1f})));
    }

    @Test
    void theCuesKeepTheirSlots() {
        float[] cues = new float[RuleCues.COUNT];
        cues[0] = 2f;
        cues[RuleCues.COUNT - 1] = 0.5f;
        SparseVector x = StackedFeatures.cues(cues);
        assertArrayEquals(new int[] {0, RuleCues.COUNT - 1}, x.indices());
        assertArrayEquals(new float[] {2f, 0.5f}, x.values());
        assertThrows(IllegalArgumentException.class, () -> StackedFeatures.cues(new float[3]));
    }
}
