package com.safereply.core.classify;

import java.util.List;

/**
 * Threat-to-life signals found in a text. Shared by the classifier (to categorise a comment) and the guard (to know a
 * draft must lead with an emergency or crisis redirect).
 *
 * @param signals PHI-free lexicon terms that matched, e.g. "emergency: chest pain"
 */
public record Risk(boolean emergency, boolean crisis, boolean ingestion, boolean obstetric, List<String> signals) {
    public static final Risk NONE = new Risk(false, false, false, false, List.of());

    public Risk {
        signals = List.copyOf(signals);
    }

    public boolean any() {
        return emergency || crisis;
    }

    /** Both readings' flags, this one's signals first and then the other's not already named. */
    public Risk or(Risk other) {
        if (!other.any() && !other.ingestion && !other.obstetric) {
            return this;
        }
        java.util.LinkedHashSet<String> both = new java.util.LinkedHashSet<>(signals);
        both.addAll(other.signals);
        return new Risk(emergency || other.emergency, crisis || other.crisis, ingestion || other.ingestion,
                obstetric || other.obstetric, List.copyOf(both));
    }
}
