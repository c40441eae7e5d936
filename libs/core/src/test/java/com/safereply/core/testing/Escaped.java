package com.safereply.core.testing;

/** Shows a generated input in a failure message as Java source would: control chars and surrogates escaped, cut short. */
public final class Escaped {

    private static final int MAX_CHARS = 400;

    private Escaped() {
    }

    public static String of(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        int shown = Math.min(text.length(), MAX_CHARS);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7F) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        out.append('"');
        if (text.length() > shown) {
            out.append("... (").append(text.length()).append(" chars)");
        }
        return out.toString();
    }
}
