package com.safereply.core.classify.learned;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The triage model file keeps every threshold the trainer chose, including the emergency and crisis categories' and
 * the rules' corroboration, and a dense block with the name of the embedder it was trained on. */
class ModelFileTest {

    @Test
    void theThresholdsSurviveAWriteAndARead() throws IOException {
        FeatureHasher hasher = new FeatureHasher(10);
        float[] weights = new float[hasher.dimensions() * LinearModel.HEADS];
        weights[3] = 0.5f;
        LinearModel model = new LinearModel(hasher, weights, new float[LinearModel.HEADS]);
        Thresholds chosen = new Thresholds(0.05, 0.07, 0.16, 0.5, 0.8, 0.24, 0.03, 0.31);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFile.write(new ModelFile.Loaded(model, chosen, "sha", "test"), out);

        ModelFile.Loaded read = ModelFile.read(new ByteArrayInputStream(out.toByteArray()));

        assertEquals(chosen, read.thresholds());
        assertEquals("sha", read.corpusSha256());
    }

    /** Where the header ends in a file {@link #write} wrote: magic, version, "sha", "test", bits, cues, heads. */
    private static final int HEADER = 4 + 4 + (2 + 3) + (2 + 4) + 3 * 4;
    /** Version 5's dense block fields after the header: its width and the embedder's name (empty here). */
    private static final int DENSE_FIELDS = 4 + 2;

    @Test
    void aVersionThreeFileReadsEveryCrisisAsAnEmergency() throws IOException {
        Thresholds chosen = new Thresholds(0.05, 0.07, 0.16, 0.5, 0.8, 0.24, 0.03, 0.31);
        byte[] version5 = gunzip(write(chosen));
        // the same file as version 3 wrote it: no dense block fields, and no crisis category after the seventh threshold
        int crisisCategoryAt = HEADER + DENSE_FIELDS + 7 * Double.BYTES;
        ByteArrayOutputStream version3 = new ByteArrayOutputStream();
        version3.write(version5, 0, HEADER);
        version3.write(version5, HEADER + DENSE_FIELDS, crisisCategoryAt - HEADER - DENSE_FIELDS);
        version3.write(version5, crisisCategoryAt + Double.BYTES, version5.length - crisisCategoryAt - Double.BYTES);
        byte[] v3 = version3.toByteArray();
        ByteBuffer.wrap(v3).putInt(4, 3);

        Thresholds read = ModelFile.read(new ByteArrayInputStream(gzip(v3))).thresholds();

        assertEquals(new Thresholds(0.05, 0.07, 0.16, 0.5, 0.8, 0.24, 0.03), read);
        assertEquals(read.crisis(), read.crisisCategory(), "before version 4 every crisis is read as an emergency");
    }

    @Test
    void aVersionFourFileIsAModelOfHashedFeaturesOnly() throws IOException {
        Thresholds chosen = new Thresholds(0.05, 0.07, 0.16, 0.5, 0.8, 0.24, 0.03, 0.31);
        byte[] version5 = gunzip(write(chosen));
        ByteArrayOutputStream version4 = new ByteArrayOutputStream();
        version4.write(version5, 0, HEADER);
        version4.write(version5, HEADER + DENSE_FIELDS, version5.length - HEADER - DENSE_FIELDS);
        byte[] v4 = version4.toByteArray();
        ByteBuffer.wrap(v4).putInt(4, 4);

        ModelFile.Loaded read = ModelFile.read(new ByteArrayInputStream(gzip(v4)));

        assertEquals(chosen, read.thresholds());
        assertEquals(0, read.model().denseDimensions());
        assertFalse(read.needsEmbedder());
    }

    @Test
    void aDenseBlockAndItsEmbedderSurviveAWriteAndARead() throws IOException {
        FeatureHasher hasher = new FeatureHasher(10);
        int dense = 3;
        float[] weights = new float[(dense + hasher.dimensions()) * LinearModel.HEADS];
        weights[0] = 2f;                                          // dense value 0 -> complaint
        weights[LinearModel.HEADS + LinearModel.EMERGENCY] = 4f;  // dense value 1 -> the emergency head
        weights[(dense + 5) * LinearModel.HEADS + 2] = -1f;       // hashed feature 5 -> feedback
        LinearModel model = new LinearModel(hasher, dense, weights, new float[LinearModel.HEADS]);
        Thresholds chosen = new Thresholds(0.05, 0.07, 0.16, 0.5, 0.8, 0.24, 0.03, 0.31);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFile.write(new ModelFile.Loaded(model, chosen, "sha", "test", "toy-embedder v1"), out);

        ModelFile.Loaded read = ModelFile.read(new ByteArrayInputStream(out.toByteArray()));

        assertEquals(dense, read.model().denseDimensions());
        assertEquals("toy-embedder v1", read.embedder());
        assertTrue(read.needsEmbedder());
        SparseVector features = new SparseVector(new int[] {5}, new float[] {1f});
        float[] embedding = {0.5f, 1f, 0f};
        Prediction before = model.predict(embedding, features);
        Prediction after = read.model().predict(embedding, features);
        assertEquals(before.emergency(), after.emergency(), 1e-4);
        assertEquals(before.of(com.safereply.core.model.Category.COMPLAINT),
                after.of(com.safereply.core.model.Category.COMPLAINT), 1e-4);
        assertTrue(after.emergency() > 0.95, "the dense block's weight on the emergency head was kept");
    }

    @Test
    void aDenseBlockWithoutItsEmbeddersNameIsRefused() {
        FeatureHasher hasher = new FeatureHasher(10);
        LinearModel withDense = new LinearModel(hasher, 2, new float[(2 + hasher.dimensions()) * LinearModel.HEADS],
                new float[LinearModel.HEADS]);
        Thresholds t = new Thresholds(0.05, 0.07, 0.16, 0.5, 0.8);
        assertThrows(IllegalArgumentException.class, () -> new ModelFile.Loaded(withDense, t, "sha", "test"));
    }

    @Test
    void theShippedModelReadsWeakFlagsAsPossibleEmergenciesOnly() {
        Thresholds shipped = ModelFile.shipped().thresholds();
        assertTrue(shipped.emergencyCategory() > shipped.emergency(), "two tiers: " + shipped);
    }

    private static byte[] write(Thresholds thresholds) throws IOException {
        FeatureHasher hasher = new FeatureHasher(10);
        float[] weights = new float[hasher.dimensions() * LinearModel.HEADS];
        weights[3] = 0.5f;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFile.write(new ModelFile.Loaded(new LinearModel(hasher, weights, new float[LinearModel.HEADS]), thresholds,
                "sha", "test"), out);
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        }
        return out.toByteArray();
    }
}
