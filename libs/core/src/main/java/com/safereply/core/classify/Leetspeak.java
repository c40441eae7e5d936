package com.safereply.core.classify;

import com.safereply.core.text.NormalisedText;

/**
 * Reads as letters every digit in a token that mixes letters with digits, including those the guard's reader leaves
 * alone: at a word's edge ("1s", "th3", "g00dby3", "t0n1ght 1s th3 n1ght") and in runs longer than it reads. The
 * guard's reader decodes only a short run with a letter on each side, so that "1st" or "3rd" in a reply is not a
 * disguise; the risk reading may go further, since it only ever adds a flag. A token of digits alone is never decoded,
 * so numbers ("took 30") keep their meaning for the patterns that count, and a decoded measure or code ("40mg" as
 * "aomg", "3am" as "eam", "ab1234x") matches nothing.
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
            digitForLetter |= NormalisedText.imitatedLetter(c) != 0;
        }
        return letter && digitForLetter;
    }

    private static String decode(String token) {
        StringBuilder out = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char letter = NormalisedText.imitatedLetter(token.charAt(i));
            out.append(letter != 0 ? letter : token.charAt(i));
        }
        return out.toString();
    }
}
