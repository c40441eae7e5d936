package com.safereply.app.phrasebook;

import java.util.List;
import java.util.Objects;

/**
 * A practice's accepted sentences: vetted for that practice only. {@code version} counts acceptances (0 = none yet)
 * and is what an accept names, so two admins accepting at once cannot both win on the same version.
 */
public record Phrasebook(String practiceId, long version, List<String> sentences) {

    public Phrasebook {
        Objects.requireNonNull(practiceId, "practiceId");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
    }

    public static Phrasebook empty(String practiceId) {
        return new Phrasebook(practiceId, 0, List.of());
    }

    /** The next version, with {@code sentence} added at the end. */
    public Phrasebook with(String sentence) {
        List<String> next = new java.util.ArrayList<>(sentences);
        next.add(sentence);
        return new Phrasebook(practiceId, version + 1, next);
    }
}
