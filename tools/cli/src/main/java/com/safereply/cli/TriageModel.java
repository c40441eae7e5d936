package com.safereply.cli;

import com.safereply.core.FallbackObserver;
import com.safereply.core.TriageEngine;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.embeddings.MiniLmEmbedder;

import java.io.PrintStream;
import java.util.List;

/**
 * Which learned model {@code triage} reads with ({@code --model}): by default the triage function's own, a MiniLM
 * sentence embedding beside the hashed n-grams and the rules' cues, so the CLI answers as the deployed function does;
 * or the n-grams alone, for bulk runs that need the throughput. Where the embedder cannot load (no onnxruntime native
 * library for this OS), {@code triage} says so on stderr and reads with the n-grams, and every output line names the
 * model that read it.
 */
enum TriageModel {
    MINILM("minilm"),
    NGRAMS("ngrams");

    private static final String OPTION = "--model";

    private final String label;

    TriageModel(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** Takes {@code --model NAME} out of {@code options} (the default if absent). */
    static TriageModel from(List<String> options) {
        int at = options.indexOf(OPTION);
        if (at < 0) {
            return MINILM;
        }
        if (at + 1 >= options.size()) {
            throw new IllegalArgumentException(OPTION + " needs minilm or ngrams");
        }
        String name = options.get(at + 1);
        options.subList(at, at + 2).clear();
        for (TriageModel m : values()) {
            if (m.label.equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown model '" + name + "' (minilm or ngrams)");
    }

    /** The triage command on this model, or on the n-grams if the embedder cannot load here. */
    TriageCommand command(PracticeProfile profile, PrintStream err) {
        if (this == MINILM) {
            try {
                return new TriageCommand(new TriageEngine(FallbackObserver.NONE, new MiniLmEmbedder().load()), profile,
                        MINILM);
            } catch (RuntimeException | LinkageError e) {
                err.println("safereply: the MiniLM embedder cannot load here (" + e.getClass().getSimpleName()
                        + "); reading with the n-gram model instead, as the \"model\" field of each line says");
            }
        }
        return new TriageCommand(new TriageEngine(), profile, NGRAMS);
    }
}
