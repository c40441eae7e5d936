package com.safereply.core.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lengths of time written as a number and a unit ("3 months", "three-hour", "5 horas", "una semana"), found on a text's
 * tokens: a wait the comment gave and the draft repeats is an echo (H6). One pass over the tokens instead of a regex
 * tried at every char.
 */
final class Waits {

    /** One length of time: its token span and its comparison key ("3 hour"). */
    record Wait(int startToken, int endToken, String key) {
    }

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("uno", 1), Map.entry("un", 1), Map.entry("una", 1),
            Map.entry("two", 2), Map.entry("dos", 2), Map.entry("three", 3), Map.entry("tres", 3),
            Map.entry("four", 4), Map.entry("cuatro", 4), Map.entry("five", 5), Map.entry("cinco", 5),
            Map.entry("six", 6), Map.entry("seis", 6), Map.entry("seven", 7), Map.entry("siete", 7),
            Map.entry("eight", 8), Map.entry("ocho", 8), Map.entry("nine", 9), Map.entry("nueve", 9),
            Map.entry("ten", 10), Map.entry("diez", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("doce", 12));

    /** Unit prefixes ("month" also reads "months") and the unit each stands for; Spanish units map to English. */
    private static final String[][] UNITS = {
            {"month", "month"}, {"week", "week"}, {"year", "year"}, {"day", "day"}, {"hour", "hour"}, {"hr", "hour"},
            {"minute", "minute"}, {"min", "minute"}, {"mes", "month"}, {"semana", "week"}, {"ano", "year"},
            {"dia", "day"}, {"hora", "hour"}, {"minuto", "minute"}};

    /** Longest digit run read as an amount: longer runs are ids or phone numbers, not waits. */
    private static final int MAX_DIGITS = 4;

    private Waits() {
    }

    static List<Wait> find(AnalysedText text) {
        List<Wait> waits = null;
        for (int t = 0; t + 1 < text.tokenCount(); t++) {
            int amount = amount(text.token(t));
            if (amount < 0 || !separatedByBlankOrHyphen(text, t)) {
                continue;
            }
            String unit = unit(text.token(t + 1));
            if (unit != null) {
                if (waits == null) {
                    waits = new ArrayList<>();
                }
                waits.add(new Wait(t, t + 2, amount + " " + unit));
            }
        }
        return waits == null ? List.of() : waits;
    }

    /** The amount a token names, or -1. */
    private static int amount(String token) {
        char first = token.charAt(0);
        if (first >= '0' && first <= '9') {
            if (token.length() > MAX_DIGITS) {
                return -1;
            }
            int value = 0;
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }
        Integer word = NUMBER_WORDS.get(token);
        return word == null ? -1 : word;
    }

    private static String unit(String token) {
        for (String[] unit : UNITS) {
            if (token.startsWith(unit[0])) {
                return unit[1];
            }
        }
        return null;
    }

    /** Between token t and the next: only blanks, or a single hyphen ("3-hour"). */
    private static boolean separatedByBlankOrHyphen(AnalysedText text, int t) {
        int from = text.tokenEnd(t);
        int to = text.tokenStart(t + 1);
        if (to - from == 1 && text.folded.charAt(from) == '-') {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.folded.charAt(i))) {
                return false;
            }
        }
        return to > from;
    }
}
