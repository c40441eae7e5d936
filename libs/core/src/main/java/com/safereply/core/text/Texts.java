package com.safereply.core.text;

/**
 * Makes arbitrary input safe to analyse: every comment and draft passes through here first, so nothing downstream
 * has to defend against nulls, broken UTF-16, control characters or megabyte-long texts.
 */
public final class Texts {

    /** Beyond this, text is not analysed: real comments are far shorter, and the cap bounds the work per comment. */
    public static final int MAX_ANALYSED_CHARS = 20_000;

    private Texts() {
    }

    /**
     * Replaces lone surrogates with U+FFFD, turns control characters (except tab and newline) into spaces, and cuts
     * the text at {@link #MAX_ANALYSED_CHARS} (never inside a surrogate pair). Never returns null.
     */
    public static String sanitize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        int limit = Math.min(raw.length(), MAX_ANALYSED_CHARS);
        if (limit < raw.length() && Character.isHighSurrogate(raw.charAt(limit - 1))) {
            limit--;
        }
        StringBuilder out = null;
        for (int i = 0; i < limit; i++) {
            char c = raw.charAt(i);
            char replacement = c;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < limit && Character.isLowSurrogate(raw.charAt(i + 1))) {
                    if (out != null) {
                        out.append(c).append(raw.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                replacement = '\uFFFD';
            } else if (Character.isLowSurrogate(c)) {
                replacement = '\uFFFD';
            } else if (c == '\r') {
                replacement = '\n';
            } else if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                replacement = ' ';
            }
            if (replacement != c && out == null) {
                out = new StringBuilder(limit).append(raw, 0, i);
            }
            if (out != null) {
                out.append(replacement);
            }
        }
        if (out != null) {
            return out.toString();
        }
        return limit == raw.length() ? raw : raw.substring(0, limit);
    }

    /**
     * A comment as triage reads it: {@link #sanitize sanitised}, and styled letters (𝙗𝙤𝙡𝙙, ⓒⓘⓡⓒⓛⓔⓓ) put back as the plain
     * ones, so that the rules, the models, the language detector and the guard's own risk reading see the same text.
     */
    public static String readComment(String raw) {
        return StyledLetters.plain(sanitize(raw));
    }

    /**
     * Lower-cases, strips Latin accents and straightens typographic apostrophes and quotes, one char for one char, so
     * offsets found in the folded text are offsets in the original. Used for every lexicon match.
     */
    public static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = foldChar(chars[i]);
        }
        return new String(chars);
    }

    private static char foldChar(char c) {
        if (c < 0x80) {
            if (c == '`') {
                return '\''; // a backtick typed for an apostrophe ("won`t"): ASCII, so it must be caught here
            }
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        switch (c) {
            case '\u2018', '\u2019', '\u02BC', '\u00B4' -> {
                return '\'';
            }
            case '\u201C', '\u201D' -> {
                return '"';
            }
            case '\u2013', '\u2014' -> {
                return '-';
            }
            case '\u00A0' -> {
                return ' ';
            }
            default -> {
            }
        }
        char lower = Character.toLowerCase(c);
        return switch (lower) {
            case 'á', 'à', 'â', 'ä', 'ã', 'å' -> 'a';
            case 'é', 'è', 'ê', 'ë' -> 'e';
            case 'í', 'ì', 'î', 'ï' -> 'i';
            case 'ó', 'ò', 'ô', 'ö', 'õ' -> 'o';
            case 'ú', 'ù', 'û', 'ü' -> 'u';
            case 'ñ' -> 'n';
            case 'ç' -> 'c';
            default -> lower;
        };
    }
}
