package com.safereply.train;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence embeddings from the quantised all-MiniLM-L6-v2 ONNX model (langchain4j's packaging: onnxruntime and the
 * DJL tokenizer, in-process): 384 values, mean-pooled and L2-normalised. The model (about a second to load, natives
 * unpacked to a temp folder) is loaded on the first text, so a run whose texts are all in the {@link EmbeddingCache}
 * never loads it.
 */
final class MiniLmEmbedder {

    static final String MODEL = "all-minilm-l6-v2-q (langchain4j-embeddings 1.19.0-beta29)";
    static final int DIMENSIONS = 384;

    private AllMiniLmL6V2QuantizedEmbeddingModel model;

    float[] embed(String text) {
        return model().embed(text).content().vector();
    }

    synchronized AllMiniLmL6V2QuantizedEmbeddingModel model() {
        if (model == null) {
            model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        }
        return model;
    }
}
