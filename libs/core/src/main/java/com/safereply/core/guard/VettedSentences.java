package com.safereply.core.guard;

import com.safereply.core.draft.VettedWordings;
import com.safereply.core.profile.PracticeProfile;

import java.util.HashSet;
import java.util.Set;

/**
 * The sentences a practice may publish without a second reader: the drafter's template sentences with the profile's
 * slots filled, and the practice's own accepted phrasebook. A sentence is compared by its normalised, folded words, so
 * spacing, case, punctuation and curly quotes do not matter but every word does.
 */
final class VettedSentences {

    private final Set<String> keys;

    private VettedSentences(Set<String> keys) {
        this.keys = keys;
    }

    static VettedSentences of(PracticeProfile profile) {
        Set<String> keys = new HashSet<>();
        for (String text : VettedWordings.texts(profile)) {
            addSentences(text, keys);
        }
        for (String sentence : profile.phrasebook()) {
            // A phrasebook sentence a sentence-shape rule objects to is never vetted, whoever accepted it: the shapes
            // skip vetted sentences (they cannot fire on the drafter's own), so vetting one would hide it.
            if (!ParaphraseRules.anyShape(AnalysedText.of(sentence).folded)) {
                addSentences(sentence, keys);
            }
        }
        return new VettedSentences(keys);
    }

    private static void addSentences(String text, Set<String> keys) {
        AnalysedText analysed = AnalysedText.of(text);
        for (int s = 0; s < analysed.sentenceCount(); s++) {
            keys.add(key(analysed, s));
        }
    }

    /** Per sentence of {@code text}: whether it is vetted. */
    boolean[] flags(AnalysedText text) {
        boolean[] flags = new boolean[text.sentenceCount()];
        for (int s = 0; s < flags.length; s++) {
            flags[s] = contains(text, s);
        }
        return flags;
    }

    boolean contains(AnalysedText text, int sentence) {
        return keys.contains(key(text, sentence));
    }

    /** The sentence's folded words joined by single spaces. */
    static String key(AnalysedText text, int sentence) {
        int from = text.sentenceFirstToken(sentence);
        int to = text.sentenceEndToken(sentence);
        StringBuilder key = new StringBuilder(64);
        for (int t = from; t < to; t++) {
            if (t > from) {
                key.append(' ');
            }
            key.append(text.token(t));
        }
        return key.toString();
    }
}
