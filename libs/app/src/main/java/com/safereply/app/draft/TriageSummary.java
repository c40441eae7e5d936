package com.safereply.app.draft;

import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Language;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the classifier said about the comment, in the form approvers and notifications need. Signals are PHI-free
 * lexicon descriptions (the core's contract), flags are the labels of the risk and PHI booleans that were set.
 */
public record TriageSummary(Category category, double confidence, List<String> signals, Set<String> flags,
                            Language language) {

    public static final String EMERGENCY = "emergency";
    public static final String CRISIS = "crisis";
    public static final String INGESTION = "ingestion";
    public static final String OBSTETRIC = "obstetric";
    public static final String CONTAINS_PHI = "contains_phi";
    public static final String THIRD_PARTY = "third_party";
    /** The category is uncertain: the draft is the neutral holding reply (issue 14). */
    public static final String LOW_CONFIDENCE = "low_confidence";

    public TriageSummary {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(language, "language");
        signals = signals == null ? List.of() : List.copyOf(signals);
        flags = flags == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(flags));
    }

    public static TriageSummary of(Classification c) {
        Set<String> flags = new LinkedHashSet<>();
        if (c.emergency()) {
            flags.add(EMERGENCY);
        }
        if (c.crisis()) {
            flags.add(CRISIS);
        }
        if (c.ingestion()) {
            flags.add(INGESTION);
        }
        if (c.obstetric()) {
            flags.add(OBSTETRIC);
        }
        if (c.containsPhi()) {
            flags.add(CONTAINS_PHI);
        }
        if (c.thirdParty()) {
            flags.add(THIRD_PARTY);
        }
        if (c.lowConfidence()) {
            flags.add(LOW_CONFIDENCE);
        }
        return new TriageSummary(c.category(), c.confidence(), c.signals(), flags, c.language());
    }
}
