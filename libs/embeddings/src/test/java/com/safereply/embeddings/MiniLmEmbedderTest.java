package com.safereply.embeddings;

import com.safereply.core.classify.learned.ModelFile;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one-thread session gives langchain4j's own vectors, and they carry meaning the heads can use. */
class MiniLmEmbedderTest {

    private final MiniLmEmbedder minilm = new MiniLmEmbedder();

    @Test
    void theVectorsAreLangchain4jsOwn() {
        AllMiniLmL6V2QuantizedEmbeddingModel reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
        for (String text : new String[] {"my dad took all his pills and wont wake up", "¿Atienden los sábados?", "😡😡😡"}) {
            float[] ours = minilm.embed(text);
            assertEquals(MiniLmEmbedder.DIMENSIONS, ours.length);
            assertArrayEquals(reference.embed(text).content().vector(), ours, 1e-4f, text);
        }
    }

    @Test
    void anyTextGetsAVectorOfTheModelsWidth() {
        String megabyte = "a".repeat(1 << 20);
        assertArrayEquals(new float[MiniLmEmbedder.DIMENSIONS], minilm.embed("  \n "), "nothing to embed: zeros");
        for (String text : new String[] {"", " ", "\u0000\u0007 text with controls", "lone \uD800 surrogate", "😡"}) {
            float[] v = minilm.embed(text);
            assertEquals(MiniLmEmbedder.DIMENSIONS, v.length, text);
            assertTrue(Float.isFinite(v[0]));
        }
        assertEquals(MiniLmEmbedder.DIMENSIONS, minilm.embed(megabyte.substring(0, 20_000)).length,
                "the engine's cap on analysed text: embedded in parts");
    }

    @Test
    void theShippedModelWasTrainedOnThisEmbedder() {
        ModelFile.Loaded shipped = ModelFile.shippedWithEmbeddings();
        assertEquals(shipped.embedder(), minilm.name());
        assertEquals(shipped.model().denseDimensions(), minilm.dimensions());
        assertEquals(MiniLmEmbedder.DIMENSIONS, minilm.embed("x").length);
    }

    @Test
    void similarTextsAreCloserThanUnrelatedOnes() {
        float[] a = minilm.embed("he is not breathing");
        float[] b = minilm.embed("she stopped breathing");
        float[] c = minilm.embed("lovely receptionist, thank you");
        assertEquals(1.0, dot(a, a), 1e-3, "unit length");
        assertTrue(dot(a, b) > dot(a, c) + 0.2, "breathing texts closer to each other than to praise");
    }

    private static double dot(float[] x, float[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }
}
