package com.safereply.app.draft;

import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Jurisdiction;
import com.safereply.core.model.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TriageSummaryTest {

    @Test
    void approversSeeLowConfidenceAsAFlagAndFirstSignal() {
        Classification unsure = new Classification(Category.COMPLAINT, 0.4, List.of(Classification.LOW_CONFIDENCE_SIGNAL),
                false, false, false, false, false, false, Language.EN, Jurisdiction.US, true);
        TriageSummary summary = TriageSummary.of(unsure);
        assertTrue(summary.flags().contains(TriageSummary.LOW_CONFIDENCE));
        assertEquals("low confidence", summary.signals().get(0));

        Classification sure = new Classification(Category.COMPLAINT, 0.9, List.of(), false, false, false, false, false,
                false, Language.EN, Jurisdiction.US);
        assertFalse(TriageSummary.of(sure).flags().contains(TriageSummary.LOW_CONFIDENCE));
    }
}
