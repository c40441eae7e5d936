package com.safereply.core.classify;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The named word lists of a pattern vocabulary ({@code SET worry = (where are you|you ok|not answering)}), so a list
 * that several patterns share is written, reviewed and extended once.
 *
 * <p>A reference {@code $name} stands for the set's alternatives: on its own it is the group {@code (a|b|c)}, and inside
 * a group, as one of its alternatives, its alternatives join that group ({@code ($worry|text me)}). Patterns have no
 * nested groups, so this is all a reference can mean. A set may use sets defined before it.
 */
final class NamedSets {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final Map<String, String> alternativesByName = new HashMap<>();

    /** Reads {@code name = (a|b|c)}, the part of a {@code SET} line after the keyword. */
    void define(String definition) {
        int equals = definition.indexOf('=');
        if (equals < 0) {
            throw new IllegalStateException("vocabulary: expected 'SET name = (a|b)' in SET " + definition);
        }
        String name = definition.substring(0, equals).strip();
        String group = definition.substring(equals + 1).strip();
        if (!NAME.matcher(name).matches()) {
            throw new IllegalStateException("vocabulary: a set's name is lower-case letters, digits and '_', not '"
                    + name + "'");
        }
        if (alternativesByName.containsKey(name)) {
            throw new IllegalStateException("vocabulary: set $" + name + " is defined twice");
        }
        String expanded = expand(group);
        if (!expanded.startsWith("(") || !expanded.endsWith(")") || expanded.indexOf('(', 1) >= 0
                || expanded.indexOf(')') != expanded.length() - 1) {
            throw new IllegalStateException("vocabulary: set $" + name + " must be one group (a|b|c), not " + group);
        }
        alternativesByName.put(name, expanded.substring(1, expanded.length() - 1));
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
                inGroup = c == '(' || c == '[' || (inGroup && c != ')' && c != ']');
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
                throw new IllegalStateException("vocabulary: unknown set $" + name + " (define it with SET before use)");
            }
            if (inGroup) {
                requireWholeAlternative(patterns, i, end, name);
                out.append(alternatives);
            } else {
                out.append('(').append(alternatives).append(')');
            }
            i = end;
        }
        return out.toString();
    }

    /** Inside a group a reference must be a whole alternative: "(a|$x)", never "(a|b $x)", which would need nesting. */
    private static void requireWholeAlternative(String patterns, int start, int end, String name) {
        char before = patterns.charAt(start - 1);
        char after = end < patterns.length() ? patterns.charAt(end) : ')';
        boolean opens = before == '(' || before == '[' || before == '|';
        boolean closes = after == ')' || after == ']' || after == '|';
        if (!opens || !closes) {
            throw new IllegalStateException("vocabulary: inside a group $" + name
                    + " must be a whole alternative, as in (a|$" + name + "|b)");
        }
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }
}
