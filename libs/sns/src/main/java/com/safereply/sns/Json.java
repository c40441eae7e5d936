package com.safereply.sns;

import java.util.Map;

/** Just enough JSON writing for flat messages of strings and numbers (no library for ten fields). */
final class Json {

    private Json() {
    }

    /** A JSON object of the entries in order; values are strings, numbers or null. */
    static String object(Map<String, ?> fields) {
        StringBuilder out = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            string(out, name);
            out.append(':');
            if (value == null) {
                out.append("null");
            } else if (value instanceof Number number) {
                out.append(number);
            } else {
                string(out, value.toString());
            }
        });
        return out.append('}').toString();
    }

    private static void string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
