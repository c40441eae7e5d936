package com.safereply.core.classify;

import com.safereply.core.model.Classification;

/**
 * What the rules made of one comment: their classification, the sanitised text and the folded tokens they read, and
 * their numeric cues ({@link RuleCues}). The learned model reads the same tokens and cues, so the rules' knowledge is
 * one of its inputs; a model with a sentence embedding embeds the same sanitised text.
 *
 * @param text   the comment's text after {@code Texts.sanitize}: never null, bounded, no lone surrogates
 * @param tokens folded words and emoji, in order (see {@code TokenizedText}); never null
 * @param cues   {@link RuleCues#COUNT} numbers, each roughly in 0..3
 * @param crisisNamedOnly the rules' crisis flag rests only on the word itself ({@link Risk#crisisNamedOnly})
 */
public record RulesReading(Classification classification, String text, String[] tokens, float[] cues,
                           boolean crisisNamedOnly) {

    public RulesReading {
        if (crisisNamedOnly && !classification.crisis()) {
            throw new IllegalArgumentException("a crisis named only is still a crisis");
        }
    }

    /** Without the text or the tokens: a reading that reaches a log must not carry the comment. */
    @Override
    public String toString() {
        return "RulesReading[" + classification + ", " + tokens.length + " tokens"
                + (crisisNamedOnly ? ", crisis named only" : "") + "]";
    }
}
