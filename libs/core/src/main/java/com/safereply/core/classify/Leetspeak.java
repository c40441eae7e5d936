package com.safereply.core.classify;

/**
 * Reads digits written for letters ("t0n1ght 1s th3 n1ght", "k1ll mys3lf"): people write crisis words this way to get
 * past platform filters, and the risk patterns are written in letters. Only a token that mixes letters and such
 * digits is decoded, so numbers ("took 30", "at 3") and measures that begin with a number ("40mg", "2yo", "3am")
 * keep their meaning for the patterns that count; a decoded measure ("aomg") matches nothing.
 */
final class Leetspeak {

    private Leetspeak() {
    }

    /** The tokens with every letters-and-digits token decoded; the same array when no token needs it. */
    static String[] decoded(String[] tokens) {
        String[] out = null;
        for (int i = 0; i < tokens.length; i++) {
            if (isDisguised(tokens[i])) {
                if (out == null) {
                    out = tokens.clone();
                }
                out[i] = decode(tokens[i]);
            }
        }
        return out == null ? tokens : out;
    }

    private static boolean isDisguised(String token) {
        boolean letter = false;
        boolean digitForLetter = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            letter |= Character.isLetter(c);
            digitForLetter |= letterFor(c) != c;
        }
        return letter && digitForLetter;
    }

    private static String decode(String token) {
        StringBuilder out = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            out.append(letterFor(token.charAt(i)));
        }
        return out.toString();
    }

    /** The letter a digit most often stands for; any other character is itself. */
    private static char letterFor(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '1' -> 'i';
            case '3' -> 'e';
            case '4' -> 'a';
            case '5' -> 's';
            case '7' -> 't';
            default -> c;
        };
    }
}
