package com.safereply.core.guard;

import com.safereply.core.classify.learned.FeatureHasher;
import com.safereply.core.classify.learned.SparseVector;

/**
 * The learned check's features of a reply: hashed word and character n-grams of its normalised, folded tokens (the
 * tokens every rule reads, so homoglyphs and invisible characters are already gone). The words after a negation, up to
 * the end of its sentence, are marked ("please don't post your name" reads "¬post ¬your ¬name"), so a warning not to
 * share details does not look like a request for them. Public so that the trainer builds exactly the features the guard scores.
 */
public final class DraftFeatures {

    /** The guard model has no rule cues: its hashed space is all it reads. */
    private static final float[] NO_CUES = new float[0];
    /** How many tokens after a negation it covers, within its sentence: "don't post your name or date of birth". */
    private static final int NEGATION_SCOPE = 8;
    private static final java.util.Set<String> NEGATIONS = java.util.Set.of(
            "not", "no", "never", "don't", "dont", "do", "doesn't", "can't", "cannot", "won't", "shouldn't", "avoid",
            "nunca", "ni", "evite", "eviten");

    private DraftFeatures() {
    }

    /** Features of a whole reply, as the guard scores it. */
    public static SparseVector of(FeatureHasher hasher, String reply) {
        AnalysedText text = AnalysedText.of(reply);
        return of(hasher, text, 0, text.tokenCount());
    }

    /** Features of tokens {@code [from, to)} of an analysed reply: the whole reply, or one sentence. */
    static SparseVector of(FeatureHasher hasher, AnalysedText text, int from, int to) {
        String[] tokens = new String[to - from];
        int negated = 0;
        for (int t = from; t < to; t++) {
            String token = text.token(t);
            if (t > from && text.sentenceOfToken(t) != text.sentenceOfToken(t - 1)) {
                negated = 0;
            }
            tokens[t - from] = negated > 0 ? "\u00ac" + token : token;
            negated = isNegation(token, text, t) ? NEGATION_SCOPE : Math.max(0, negated - 1);
        }
        return hasher.features(tokens, NO_CUES);
    }

    /** "do" negates only in "do not"; Spanish "no" and English "no"/"not" always do. */
    private static boolean isNegation(String token, AnalysedText text, int t) {
        if (token.equals("do")) {
            return text.tokenOrEmpty(t + 1).equals("not");
        }
        return NEGATIONS.contains(token);
    }
}
