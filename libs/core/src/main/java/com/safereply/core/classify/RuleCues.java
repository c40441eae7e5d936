package com.safereply.core.classify;

import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Language;

import java.util.Map;

/**
 * The rules' evidence as a fixed-length vector of numbers, for the learned model: per-category scores, risk flags,
 * the lexicon's evidence sums and the text's shape. Sums are log-damped so a long text does not dominate. The order is
 * part of the model file's format: append new cues at the end and retrain (the model records {@link #COUNT}).
 */
public final class RuleCues {

    public static final int COUNT = 48;

    private RuleCues() {
    }

    static float[] of(Map<Category, Double> scores, Evidence e, Risk risk, TokenizedText text, Classification c) {
        float[] v = new float[COUNT];
        int i = 0;
        for (Category category : new Category[] {Category.COMPLAINT, Category.CLINICAL_QUESTION, Category.FEEDBACK,
                Category.APPOINTMENT_ADMIN, Category.SPAM, Category.ABUSE}) {
            v[i++] = damp(scores.getOrDefault(category, 0.0));
        }
        v[i++] = flag(risk.emergency());
        // a crisis named only ("suicide" on a bereavement group) is its own cue: the model weighs it apart from intent
        v[i++] = flag(risk.crisis() && !risk.crisisNamedOnly());
        v[i++] = flag(risk.ingestion());
        v[i++] = flag(risk.obstetric());
        v[i++] = damp(e.complaint);
        v[i++] = damp(e.praise);
        v[i++] = damp(e.thanks);
        v[i++] = damp(e.suggestion);
        v[i++] = damp(e.clinical);
        v[i++] = damp(e.care);
        v[i++] = damp(e.healthAsked);
        v[i++] = damp(e.adminAsked);
        v[i++] = damp(e.question);
        v[i++] = damp(e.firstPersonHealth);
        v[i++] = damp(e.admin);
        v[i++] = damp(e.adminRequest);
        v[i++] = damp(e.reviewContext);
        v[i++] = damp(e.spam);
        v[i++] = damp(e.targetedInsult);
        v[i++] = damp(e.untargetedInsult);
        v[i++] = damp(e.threat);
        v[i++] = damp(e.positiveEmoji);
        v[i++] = damp(e.negativeEmoji);
        v[i++] = flag(e.thirdParty);
        v[i++] = flag(text.links > 0);
        v[i++] = flag(text.mentions > 0);
        v[i++] = flag(text.questionMarks > 0);
        v[i++] = flag(text.exclamations > 0);
        v[i++] = (float) text.shoutingRatio();
        v[i++] = damp(text.wordCount) / 2f;
        v[i++] = flag(text.wordCount <= 3);
        v[i++] = flag(text.emojiCount > 0 && text.wordCount == 0);
        for (Category category : Category.values()) {
            v[i++] = flag(c.category() == category);
        }
        v[i++] = flag(c.containsPhi());
        v[i++] = flag(c.language() == Language.ES);
        v[i++] = flag(risk.crisisNamedOnly());
        if (i != COUNT) {
            throw new IllegalStateException("RuleCues.COUNT is " + COUNT + " but " + i + " cues were written");
        }
        return v;
    }

    private static float damp(double x) {
        return (float) Math.log1p(Math.max(0, x));
    }

    private static float flag(boolean b) {
        return b ? 1f : 0f;
    }
}
