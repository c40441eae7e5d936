package com.safereply.core.guard.learned;

import com.safereply.core.classify.learned.FeatureHasher;
import com.safereply.core.classify.learned.SparseVector;
import com.safereply.core.guard.DraftFeatures;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DraftModelFileTest {

    @Test
    void aWrittenModelReadsBackWithItsProvenanceThresholdAndScoresWithinQuantisation() throws IOException {
        FeatureHasher hasher = new FeatureHasher(12);
        float[] w = new float[hasher.dimensions() * DraftModel.HEADS];
        Random random = new Random(7);
        for (int i = 0; i < w.length; i += 3) {
            w[i] = (float) random.nextGaussian();
        }
        float[] bias = new float[DraftModel.HEADS];
        bias[DraftModel.UNSAFE] = -0.5f;
        DraftModel model = new DraftModel(hasher, w, bias, 0.9, 0.85);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DraftModelFile.write(new DraftModelFile.Loaded(model, "abc123", "test fit"), out);

        DraftModelFile.Loaded read = DraftModelFile.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals("abc123", read.trainingSha256());
        assertEquals("test fit", read.trainedWith());
        assertEquals(0.9, read.model().threshold());
        assertEquals(0.85, read.model().sentenceThreshold());
        SparseVector x = DraftFeatures.of(hasher, "We've sent you a message about your results.");
        DraftScore before = model.score(x);
        DraftScore after = read.model().score(x);
        assertEquals(before.unsafe(), after.unsafe(), 1e-3);
        assertEquals(before.likelyRule(), after.likelyRule());
    }

    @Test
    void aFileOfAnotherKindIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(out)) {
            gzip.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
        IOException e = assertThrows(IOException.class, () -> DraftModelFile.read(new ByteArrayInputStream(out.toByteArray())));
        assertTrue(e.getMessage().contains("not a SafeReply guard model"), e.getMessage());
    }

    @Test
    void theShippedModelLoadsAndNamesWhatItWasTrainedOn() {
        DraftModelFile.Loaded shipped = DraftModelFile.shipped();
        assertEquals(64, shipped.trainingSha256().length());
        assertTrue(shipped.trainedWith().contains("rounds"), shipped.trainedWith());
        assertTrue(shipped.model().threshold() >= 0.5, "a threshold below 0.5 would block what the model doubts");
        assertTrue(shipped.model().sentenceThreshold() >= shipped.model().threshold(),
                "one sentence alone must read at least as unsafe as a whole reply would have to");
    }
}
