package com.safereply.core.classify;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * Threat-to-life signals found in a text. Shared by the classifier (to categorise a comment) and the guard (to know a
 * draft must lead with an emergency or crisis redirect).
 *
 * @param signals          PHI-free lexicon terms that matched, e.g. "emergency: chest pain"
 * @param crisisNamedOnly  the crisis flag rests only on the word itself ("suicide", "suicidal", "suicidio",
 *                         "self-harm"), with no intent, plan, means or farewell: still flagged, but the word is just
 *                         as often about a loss, a support group or a past attempt, so the reading needs the model's
 *                         corroboration
 */
public record Risk(boolean emergency, boolean crisis, boolean ingestion, boolean obstetric, List<String> signals,
                   boolean crisisNamedOnly) {
    public static final Risk NONE = new Risk(false, false, false, false, List.of());

    public Risk {
        signals = List.copyOf(signals);
        if (crisisNamedOnly && !crisis) {
            throw new IllegalArgumentException("a crisis named only is still a crisis");
        }
    }

    /** A risk whose crisis, if any, rests on more than the word itself. */
    public Risk(boolean emergency, boolean crisis, boolean ingestion, boolean obstetric, List<String> signals) {
        this(emergency, crisis, ingestion, obstetric, signals, false);
    }

    public boolean any() {
        return emergency || crisis;
    }

    /**
     * Both readings' flags, this one's signals first and then the other's not already named. The crisis is named only
     * when neither reading found more than the word.
     */
    public Risk or(Risk other) {
        if (!other.any() && !other.ingestion && !other.obstetric) {
            return this;
        }
        LinkedHashSet<String> both = new LinkedHashSet<>(signals);
        both.addAll(other.signals);
        boolean namedOnly = (crisis || other.crisis) && (!crisis || crisisNamedOnly)
                && (!other.crisis || other.crisisNamedOnly);
        return new Risk(emergency || other.emergency, crisis || other.crisis, ingestion || other.ingestion,
                obstetric || other.obstetric, List.copyOf(both), namedOnly);
    }
}
