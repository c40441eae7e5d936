package com.safereply.core.classify;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The named word lists of a pattern vocabulary ({@code SET worry = (where are you|you ok|not answering)}), so a list
 * that several patterns share is written, reviewed and extended once.
 *
 * <p>A reference {@code $name} stands for the set's alternatives: as a token of its own it is the group
 * {@code (a|b|c)}, and as one whole alternative of a group its alternatives join that group ({@code ($worry|text me)}).
 * Patterns have no nested groups, so this is all a reference can mean; anything else is refused rather than left to
 * become a pattern that silently never matches. A set may use sets defined before it. Errors name the problem only;
 * the caller names the line.
 */
final class NamedSets {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final Map<String, String> alternativesByName = new HashMap<>();

    /** Reads {@code name = (a|b|c)}, the part of a {@code SET} line after the keyword. */
    void define(String definition) {
        int equals = definition.indexOf('=');
        if (equals < 0) {
            throw new IllegalStateException("expected 'SET name = (a|b)'");
        }
        String name = definition.substring(0, equals).strip();
        if (!NAME.matcher(name).matches()) {
            throw new IllegalStateException("a set's name is lower-case letters, digits and '_', not '" + name + "'");
        }
        if (alternativesByName.containsKey(name)) {
            throw new IllegalStateException("set $" + name + " is defined twice");
        }
        String group = expand(definition.substring(equals + 1).strip());
        requireOneGroupOfWords(name, group);
        alternativesByName.put(name, group.substring(1, group.length() - 1));
    }

    /** The patterns with every {@code $name} replaced by its set's alternatives. */
    String expand(String patterns) {
        if (patterns.indexOf('$') < 0) {
            return patterns;
        }
        StringBuilder out = new StringBuilder(patterns.length() * 2);
        boolean inGroup = false;
        int i = 0;
        while (i < patterns.length()) {
            char c = patterns.charAt(i);
            if (c != '$') {
                if (c == '(' || c == '[') {
                    inGroup = true;
                } else if (c == ')' || c == ']') {
                    inGroup = false;
                }
                out.append(c);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < patterns.length() && isNameChar(patterns.charAt(end))) {
                end++;
            }
            String name = patterns.substring(i + 1, end);
            String alternatives = alternativesByName.get(name);
            if (alternatives == null) {
                throw new IllegalStateException(name.isEmpty()
                        ? "'$' must be followed by a set's name (lower-case letters, digits and '_')"
                        : "unknown set $" + name + " (define it with SET before use)");
            }
            if (inGroup) {
                requireBetween(patterns, i, end, "([|", ")]|", "inside a group $" + name
                        + " must be a whole alternative, as in (a|$" + name + "|b)");
                out.append(alternatives);
            } else {
                requireBetween(patterns, i, end, " |", " |", "$" + name
                        + " must be a token of its own, with a space or '|' on each side");
                out.append('(').append(alternatives).append(')');
            }
            i = end;
        }
        return out.toString();
    }

    /** The character before the reference must be one of {@code opens} and the one after one of {@code closes}. */
    private static void requireBetween(String patterns, int start, int end, String opens, String closes,
            String message) {
        boolean opened = start == 0 || opens.indexOf(patterns.charAt(start - 1)) >= 0;
        boolean closed = end == patterns.length() || closes.indexOf(patterns.charAt(end)) >= 0;
        if (!opened || !closed) {
            throw new IllegalStateException(message);
        }
    }

    /** One group, "(a|b c|d)": no second group, no optional part, no empty alternative. */
    private static void requireOneGroupOfWords(String name, String group) {
        boolean oneGroup = group.length() > 2 && group.charAt(0) == '(' && group.charAt(group.length() - 1) == ')';
        String inside = oneGroup ? group.substring(1, group.length() - 1) : "";
        boolean wordsOnly = inside.chars().noneMatch(c -> c == '(' || c == ')' || c == '[' || c == ']');
        boolean noneEmpty = ("|" + inside + "|").replace(" ", "").indexOf("||") < 0;
        if (!oneGroup || !wordsOnly || !noneEmpty) {
            throw new IllegalStateException("set $" + name + " must be one group of words (a|b c|d), not " + group);
        }
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }
}
