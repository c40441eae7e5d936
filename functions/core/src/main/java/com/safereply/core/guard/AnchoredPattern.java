package com.safereply.core.guard;

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
        Matcher m = null;
        int covered = 0;
        for (int t = 0; t < text.tokenCount(); t++) {
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
}
