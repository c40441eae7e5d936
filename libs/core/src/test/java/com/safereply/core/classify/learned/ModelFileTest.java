package com.safereply.core.classify.learned;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The triage model file keeps every threshold the trainer chose, including the emergency and crisis categories' and
 * the rules' corroboration. */
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

    @Test
    void aVersionThreeFileReadsEveryCrisisAsAnEmergency() throws IOException {
        Thresholds chosen = new Thresholds(0.05, 0.07, 0.16, 0.5, 0.8, 0.24, 0.03, 0.31);
        byte[] version4 = gunzip(write(chosen));
        // the same file as version 3 wrote it: the version number, and no crisis category after the seventh threshold
        int thresholdsAt = 4 + 4 + (2 + 3) + (2 + 4) + 3 * 4;   // magic, version, "sha", "test", bits, cues, heads
        int crisisCategoryAt = thresholdsAt + 7 * Double.BYTES;
        ByteArrayOutputStream version3 = new ByteArrayOutputStream();
        version3.write(version4, 0, crisisCategoryAt);
        version3.write(version4, crisisCategoryAt + Double.BYTES, version4.length - crisisCategoryAt - Double.BYTES);
        byte[] v3 = version3.toByteArray();
        ByteBuffer.wrap(v3).putInt(4, 3);

        Thresholds read = ModelFile.read(new ByteArrayInputStream(gzip(v3))).thresholds();

        assertEquals(new Thresholds(0.05, 0.07, 0.16, 0.5, 0.8, 0.24, 0.03), read);
        assertEquals(read.crisis(), read.crisisCategory(), "before version 4 every crisis is read as an emergency");
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
