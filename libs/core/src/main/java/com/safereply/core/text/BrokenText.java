package com.safereply.core.text;

import java.util.Optional;

/**
 * Text an API must refuse rather than store: a lone UTF-16 surrogate (no character at all: it cannot be encoded as
 * UTF-8 and breaks JSON writers), NUL, or another control character (except tab, line feed and carriage return,
 * which replies use). The one place every API's text fields are checked; the answer names the problem, never the text.
 */
public final class BrokenText {

    private BrokenText() {
    }

    /** @return what is wrong with the text ("a lone surrogate", ...), or empty when it may be stored */
    public static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("a lone surrogate");
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("a lone surrogate");
            }
            if (c == '\0') {
                return Optional.of("a NUL character");
            }
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of("a control character");
            }
        }
        return Optional.empty();
    }

    /**
     * Text stored before these checks existed, made safe to send as JSON: lone surrogates become U+FFFD (JSON writers
     * refuse or mangle them); everything else is kept, since JSON escapes control characters.
     */
    public static String renderable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean lone = Character.isSurrogate(c);
            if (lone && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(lone ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
    }
}
