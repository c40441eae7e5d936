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
    /**
     * The exact folded text (from its first word to its end) of each vetted sentence on which no phrase pattern
     * ({@link Seed}) fires. A seed match depends only on its sentence's text, so the seed scan can skip a sentence
     * written exactly like one of these: the result is known. A vetted sentence written with other punctuation or
     * spacing is still scanned.
     */
    private final Set<String> seedFree;

    private VettedSentences(Set<String> keys, Set<String> seedFree) {
        this.keys = keys;
        this.seedFree = seedFree;
    }

    static VettedSentences of(PracticeProfile profile) {
        Set<String> keys = new HashSet<>();
        Set<String> seedFree = new HashSet<>();
        for (String text : VettedWordings.texts(profile)) {
            addSentences(text, keys, seedFree);
        }
        for (String sentence : profile.phrasebook()) {
            // A phrasebook sentence a sentence-shape rule objects to is never vetted, whoever accepted it: the shapes
            // skip vetted sentences (they cannot fire on the drafter's own), so vetting one would hide it.
            if (!ParaphraseRules.anyShape(AnalysedText.of(sentence).folded)) {
                addSentences(sentence, keys, seedFree);
            }
        }
        return new VettedSentences(keys, seedFree);
    }

    private static void addSentences(String text, Set<String> keys, Set<String> seedFree) {
        AnalysedText analysed = AnalysedText.of(text);
        for (int s = 0; s < analysed.sentenceCount(); s++) {
            keys.add(key(analysed, s));
            String exact = exactText(analysed, s);
            if (exact != null && seedFreeAlone(exact)) {
                seedFree.add(exact);
            }
        }
    }

    /**
     * Whether no seed fires on the sentence read on its own. It must read back as itself (one sentence, the same folded
     * text) for the answer to stand for the sentence inside a draft; otherwise it is never skipped.
     */
    private static boolean seedFreeAlone(String exact) {
        AnalysedText alone = AnalysedText.of(exact);
        return alone.sentenceCount() == 1 && alone.folded.equals(exact) && !SafetyGuard.anySeedFires(alone);
    }

    /**
     * Per sentence of {@code text}: whether the seed scan may skip it, because it is vetted and written exactly like a
     * vetted sentence on which no seed fires.
     */
    boolean[] seedFree(AnalysedText text, boolean[] vetted) {
        boolean[] skip = new boolean[vetted.length];
        for (int s = 0; s < skip.length; s++) {
            if (vetted[s]) {
                String exact = exactText(text, s);
                skip[s] = exact != null && seedFree.contains(exact);
            }
        }
        return skip;
    }

    /** The folded sentence from its first word to its end, or null for a sentence without words. */
    private static String exactText(AnalysedText text, int sentence) {
        int first = text.sentenceFirstToken(sentence);
        if (first >= text.sentenceEndToken(sentence)) {
            return null;
        }
        return text.folded.substring(text.tokenStart(first), text.sentenceEnd(sentence));
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

    /**
     * The sentence's folded words joined by single spaces; a time written with a space before "am" or "pm" ("8 am")
     * keys like one written without ("8am"), the same reading.
     */
    static String key(AnalysedText text, int sentence) {
        int from = text.sentenceFirstToken(sentence);
        int to = text.sentenceEndToken(sentence);
        StringBuilder key = new StringBuilder(64);
        for (int t = from; t < to; t++) {
            if (t > from && !timeSuffix(text, t)) {
                key.append(' ');
            }
            key.append(text.token(t));
        }
        return key.toString();
    }

    /** Token t is "am" or "pm" after a token ending in a digit, with only blanks between them. */
    private static boolean timeSuffix(AnalysedText text, int t) {
        String token = text.token(t);
        if (!token.equals("am") && !token.equals("pm")) {
            return false;
        }
        String before = text.token(t - 1);
        if (!Character.isDigit(before.charAt(before.length() - 1))) {
            return false;
        }
        for (int i = text.tokenEnd(t - 1); i < text.tokenStart(t); i++) {
            if (text.folded.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }
}
