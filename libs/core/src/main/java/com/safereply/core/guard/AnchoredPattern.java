package com.safereply.core.guard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern tried only at tokens it can start with, with {@code lookingAt}: the same idea as {@link SeedScanner} for
 * the few patterns whose matches need custom handling (names, identifiers). Costs a set lookup per token instead of
 * a regex attempt per character.
 */
record AnchoredPattern(Pattern pattern, Set<String> anchors) {

    interface Handler {
        void match(Matcher m);
    }

    static AnchoredPattern of(String regex, String... anchors) {
        return new AnchoredPattern(Pattern.compile(regex), Words.of(anchors));
    }

    /** Runs over {@code subject} (the folded or the original text: same offsets), never past the end of the text. */
    void forEach(AnalysedText text, String subject, Handler handler) {
        forEach(text, subject, null, handler);
    }

    /**
     * As {@link #forEach(AnalysedText, String, Handler)}, visiting only the tokens listed in {@code candidates} (in
     * ascending order; null for all). The list must hold every token that is one of this pattern's anchors: see
     * {@link #candidates}, which lets several patterns share one set lookup per token.
     */
    void forEach(AnalysedText text, String subject, int[] candidates, Handler handler) {
        Matcher m = null;
        int covered = 0;
        int count = candidates == null ? text.tokenCount() : candidates.length;
        for (int k = 0; k < count; k++) {
            int t = candidates == null ? k : candidates[k];
            int start = text.tokenStart(t);
            if (start < covered || !anchors.contains(text.token(t))) {
                continue;
            }
            if (m == null) {
                m = pattern.matcher(subject).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(start, subject.length());
            if (m.lookingAt()) {
                handler.match(m);
                covered = m.end();
            }
        }
    }

    /** The union of the patterns' anchors, for {@link #candidates}. */
    static Set<String> anchorsOf(AnchoredPattern... patterns) {
        List<String> all = new ArrayList<>();
        for (AnchoredPattern p : patterns) {
            all.addAll(p.anchors);
        }
        return Words.copyOf(all);
    }

    /** The tokens of {@code text} that are in {@code anchors}, ascending: one set lookup per token. */
    static int[] candidates(AnalysedText text, Set<String> anchors) {
        int[] found = new int[8];
        int count = 0;
        for (int t = 0; t < text.tokenCount(); t++) {
            if (anchors.contains(text.token(t))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = t;
            }
        }
        return Arrays.copyOf(found, count);
    }
}
