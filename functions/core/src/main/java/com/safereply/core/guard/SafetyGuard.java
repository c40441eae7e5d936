package com.safereply.core.guard;

import com.safereply.core.classify.CommentClassifier;
import com.safereply.core.model.Classification;
import com.safereply.core.model.GuardResult;
import com.safereply.core.profile.PracticeProfile;

/**
 * Checks a draft against hard rules H1–H12 (safe iff none fires) and scores completeness Q1–Q6.
 * The same check runs on every system draft and on every human edit.
 */
public final class SafetyGuard {

    private final CommentClassifier classifier;

    public SafetyGuard(CommentClassifier classifier) {
        this.classifier = classifier;
    }

    /** Checks a draft; {@code comment} is the comment it answers, or null when unknown. */
    public GuardResult check(String draft, String comment, PracticeProfile profile) {
        Classification context = comment == null ? null
                : classifier.classify(new com.safereply.core.model.Comment("", comment), profile);
        return check(draft, comment, context, profile);
    }

    /** Checks a draft when the comment was already classified (the engine's hot path: classify once). */
    public GuardResult check(String draft, String comment, Classification commentClassification, PracticeProfile profile) {
        throw new UnsupportedOperationException("TODO");
    }
}
