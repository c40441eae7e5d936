package com.safereply.core.classify.learned;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

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
    void theShippedModelReadsWeakFlagsAsPossibleEmergenciesOnly() {
        Thresholds shipped = ModelFile.shipped().thresholds();
        assertTrue(shipped.emergencyCategory() >= shipped.emergency(), shipped.toString());
        assertTrue(shipped.crisisCategory() >= shipped.crisis(), shipped.toString());
    }
}
