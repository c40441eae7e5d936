package com.safereply.core.themes;

import com.safereply.core.classify.learned.FeatureHasher;
import com.safereply.core.classify.learned.SparseVector;
import com.safereply.core.text.Texts;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the theme model reads of a complaint: hashed word and character n-grams of its folded words, and one dense
 * slot per theme holding the lexicon cues' votes ({@link ComplaintThemes#votes}, log-damped). The cues are features,
 * not the answer: the model learns how far to trust each one from the labelled complaints. Public so that the trainer
 * builds exactly the features the shipped model scores.
 */
public final class ThemeFeatures {

    /** One dense slot per theme, in {@link ComplaintTheme} order. */
    public static final int CUE_SLOTS = ComplaintTheme.values().length;
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}']+");

    private final FeatureHasher hasher;
    private final ComplaintThemes cues;

    public ThemeFeatures(FeatureHasher hasher, ComplaintThemes cues) {
        if (hasher.dimensions() != (1 << hasher.bits()) + CUE_SLOTS) {
            throw new IllegalArgumentException("the theme hasher needs exactly " + CUE_SLOTS + " cue slots");
        }
        this.hasher = hasher;
        this.cues = cues;
    }

    public FeatureHasher hasher() {
        return hasher;
    }

    public SparseVector of(String text) {
        // read as triage reads a comment, so a complaint in 𝗯𝗼𝗹𝗱 letters gets its plain twin's theme
        String read = Texts.readComment(text);
        String[] words = Arrays.stream(WORD_SPLIT.split(Texts.fold(read)))
                .filter(w -> !w.isEmpty())
                .toArray(String[]::new);
        float[] votes = new float[CUE_SLOTS];
        for (Map.Entry<ComplaintTheme, Integer> vote : cues.votes(read).entrySet()) {
            votes[vote.getKey().ordinal()] = (float) Math.log1p(vote.getValue());
        }
        return hasher.features(words, votes);
    }
}
