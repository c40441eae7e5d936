package com.safereply.core;

import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Jurisdiction;
import com.safereply.core.model.Language;

import java.util.List;

/** Hand-built classifications for tests that exercise drafting or guarding without the classifier. */
public final class Classifications {
    private Classifications() {
    }

    public static Classification of(Category category, Language language, Jurisdiction jurisdiction) {
        return new Classification(category, 0.9, List.of(), category == Category.EMERGENCY, false, false, false,
                false, false, language, jurisdiction);
    }

    public static Classification emergency(Language language, Jurisdiction jurisdiction, boolean ingestion, boolean obstetric) {
        return new Classification(Category.EMERGENCY, 0.95, List.of("emergency: test"), true, false, ingestion, obstetric,
                true, false, language, jurisdiction);
    }

    public static Classification crisis(Language language, Jurisdiction jurisdiction, boolean alsoEmergency) {
        return new Classification(Category.EMERGENCY, 0.95, List.of("crisis: test"), alsoEmergency, true, false, false,
                true, false, language, jurisdiction);
    }

    public static Classification thirdParty(Category category, Language language, Jurisdiction jurisdiction) {
        return new Classification(category, 0.8, List.of(), false, false, false, false, true, true, language, jurisdiction);
    }

    /** Unsure of the category: the drafter must fall back to the neutral holding reply. */
    public static Classification lowConfidence(Category category, Language language, Jurisdiction jurisdiction) {
        return new Classification(category, 0.3, List.of(Classification.LOW_CONFIDENCE_SIGNAL), false, false, false,
                false, true, true, language, jurisdiction, true);
    }
}
