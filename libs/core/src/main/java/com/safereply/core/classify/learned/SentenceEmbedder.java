package com.safereply.core.classify.learned;

/**
 * The port to a sentence-embedding model: a comment in, a fixed-width vector out. The learned model's dense block was
 * trained on one embedder's vectors and is only valid with that embedder, so each names itself and the model file
 * records the name it was trained with ({@link ModelFile.Loaded#embedder()}).
 *
 * <p>The core never embeds on its own: the adapter (libs/embeddings, onnxruntime) is supplied by the processes that can
 * afford it, the triage function and the CLI. Implementations are thread-safe and never throw on any text.
 */
public interface SentenceEmbedder {

    /** The model and version, as the trainer stamps it into the model file. */
    String name();

    int dimensions();

    /** The text's embedding, {@link #dimensions()} values. */
    float[] embed(String text);
}
