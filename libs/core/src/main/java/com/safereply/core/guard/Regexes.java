package com.safereply.core.guard;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code find()} for patterns whose every match starts with one of a few known chars: the pattern is tried only at
 * those chars, with transparent bounds so look-behinds and {@code \b} see the text before, which gives the same
 * matches as {@code find()} without running the pattern's first node at every position of the text.
 */
final class Regexes {

    private Regexes() {
    }

    /** Whether {@code pattern} occurs in {@code text}; every match must start with a char in {@code firstChars}. */
    static boolean find(Pattern pattern, String text, String firstChars) {
        Matcher m = null;
        for (int p = 0; p < text.length(); p++) {
            if (firstChars.indexOf(text.charAt(p)) < 0) {
                continue;
            }
            m = m != null ? m : matcher(pattern, text);
            if (m.region(p, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Every match, left to right and non-overlapping, as repeated {@code find()} gives them (for patterns that cannot match empty). */
    static void findAll(Pattern pattern, String text, String firstChars, Consumer<Matcher> handler) {
        Matcher m = null;
        int p = 0;
        while (p < text.length()) {
            if (firstChars.indexOf(text.charAt(p)) < 0) {
                p++;
                continue;
            }
            m = m != null ? m : matcher(pattern, text);
            if (m.region(p, text.length()).lookingAt() && m.end() > p) {
                handler.accept(m);
                p = m.end();
            } else {
                p++;
            }
        }
    }

    private static Matcher matcher(Pattern pattern, String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }
}
