package com.safereply.core.classify;

import com.safereply.core.model.Classification;

/**
 * What the rules made of one comment: their classification, the folded tokens they read, and their numeric cues
 * ({@link RuleCues}). The learned model reads the same tokens and cues, so the rules' knowledge is one of its inputs.
 *
 * @param tokens folded words and emoji, in order (see {@code TokenizedText}); never null
 * @param cues   {@link RuleCues#COUNT} numbers, each roughly in 0..3
 */
public record RulesReading(Classification classification, String[] tokens, float[] cues) {
}
