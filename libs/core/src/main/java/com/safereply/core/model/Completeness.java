package com.safereply.core.model;

import java.util.List;

/**
 * The soft completeness score of a draft: which of Q1–Q6 apply to the comment's category, which of those the draft
 * meets, and the share met (1.0 when none apply).
 */
public record Completeness(double score, List<CompletenessItem> met, List<CompletenessItem> missing) {
    public Completeness {
        met = List.copyOf(met);
        missing = List.copyOf(missing);
    }
}
