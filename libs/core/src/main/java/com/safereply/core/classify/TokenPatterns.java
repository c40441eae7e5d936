package com.safereply.core.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word-sequence patterns compiled into one token trie, matched at every token of a text in a single pass: the fast
 * replacement for a list of regular expressions. A pattern is a space-separated token sequence with alternatives
 * {@code (a|b c)}, optional parts {@code [a b]}, prefix tokens {@code word*}, numbers {@code #} (digits) and
 * {@code ##} (digits or a number word) and bounded gaps {@code ~N} (up to N arbitrary tokens). Alternatives and
 * optional parts are expanded when the pattern is added, so matching is plain trie walking with no backtracking
 * beyond the gaps.
 *
 * <p>Every pattern carries an integer id (its term); {@link #matchMask} returns the set of ids found, as a bit mask,
 * without allocating. Immutable after construction; thread-safe.
 */
final class TokenPatterns {

    /** Ids are bits of a long. */
    static final int MAX_IDS = 64;
    private static final int ROOT_STEM_KEY = 3;
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    private static final class Node {
        final Map<String, Node> exact = new HashMap<>();
        final List<Map.Entry<String, Node>> stems = new ArrayList<>();
        Node digits;
        Node numberOrWord;
        /** Gap edges: up to {@code gapMax[k]} arbitrary tokens, then {@code gapNext[k]}. */
        final List<Integer> gapMax = new ArrayList<>();
        final List<Node> gapNext = new ArrayList<>();
        long ids;
    }

    private final Node root = new Node();
    /** Root-level prefix entries by first character, so a token checks only a handful and allocates nothing. */
    private static final int STEMS_BY_FIRST_CHAR = 128;
    @SuppressWarnings("unchecked")
    private final List<Map.Entry<String, Node>>[] rootStemsByFirstChar = new List[STEMS_BY_FIRST_CHAR];

    /**
     * The most word sequences one pattern may expand to. Alternatives multiply: a pattern of a few long lists can
     * expand to millions of trie paths, hundreds of MB of heap in every process that reads the rules (a 512 MB Lambda
     * fails at init). Write such a pattern with bounded gaps ({@code ~N}) instead.
     */
    static final int MAX_SEQUENCES_PER_PATTERN = 20_000;

    /**
     * Adds a pattern for term {@code id}; see the class comment for the syntax.
     *
     * @throws IllegalArgumentException if it expands to more than {@link #MAX_SEQUENCES_PER_PATTERN} sequences
     */
    void add(String pattern, int id) {
        if (id < 0 || id >= MAX_IDS) {
            throw new IllegalArgumentException("pattern id out of range: " + id);
        }
        for (List<String> sequence : expand(pattern)) {
            insert(sequence, id);
            boolean apostrophe = false;
            List<String> bare = new ArrayList<>(sequence.size());
            for (String token : sequence) {
                apostrophe |= token.indexOf('\'') >= 0;
                bare.add(token.replace("'", ""));
            }
            if (apostrophe) {
                insert(bare, id);
            }
        }
    }

    /**
     * Cartesian expansion of {@code (a|b)} and {@code [a]} groups into plain token sequences.
     *
     * @throws IllegalArgumentException past {@link #MAX_SEQUENCES_PER_PATTERN} sequences, before allocating them
     */
    static List<List<String>> expand(String pattern) {
        List<List<String>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        int i = 0;
        String p = pattern.strip();
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            List<List<String>> alternatives = new ArrayList<>();
            if (c == '(' || c == '[') {
                char close = c == '(' ? ')' : ']';
                int end = p.indexOf(close, i);
                if (end < 0) {
                    throw new IllegalStateException("unclosed group in pattern: " + pattern);
                }
                for (String alt : p.substring(i + 1, end).split("\\|", -1)) {
                    alternatives.add(words(alt));
                }
                if (c == '[') {
                    alternatives.add(List.of());
                }
                i = end + 1;
            } else {
                int end = p.indexOf(' ', i);
                end = end < 0 ? p.length() : end;
                alternatives.add(List.of(p.substring(i, end)));
                i = end;
            }
            if ((long) out.size() * alternatives.size() > MAX_SEQUENCES_PER_PATTERN) {
                throw new IllegalArgumentException("pattern expands to more than " + MAX_SEQUENCES_PER_PATTERN
                        + " word sequences: use bounded gaps (~N) instead of long lists: "
                        + p.substring(0, Math.min(p.length(), 80)));
            }
            List<List<String>> next = new ArrayList<>(out.size() * alternatives.size());
            for (List<String> prefix : out) {
                for (List<String> alt : alternatives) {
                    List<String> joined = new ArrayList<>(prefix);
                    joined.addAll(alt);
                    next.add(joined);
                }
            }
            out = next;
        }
        out.removeIf(List::isEmpty);
        return out;
    }

    private static List<String> words(String alternative) {
        String s = alternative.strip();
        return s.isEmpty() ? List.of() : List.of(s.split(" +"));
    }

    private void insert(List<String> sequence, int id) {
        Node node = root;
        for (String token : sequence) {
            if (token.equals("#")) {
                node = node.digits == null ? (node.digits = new Node()) : node.digits;
            } else if (token.equals("##")) {
                node = node.numberOrWord == null ? (node.numberOrWord = new Node()) : node.numberOrWord;
            } else if (token.startsWith("~") && token.length() > 1) {
                node = gap(node, Integer.parseInt(token.substring(1)));
            } else if (token.endsWith("*") && token.length() > 1) {
                node = stem(node, token.substring(0, token.length() - 1));
            } else {
                node = node.exact.computeIfAbsent(token, k -> new Node());
            }
        }
        node.ids |= 1L << id;
    }

    private static Node gap(Node node, int max) {
        int k = node.gapMax.indexOf(max);
        if (k >= 0) {
            return node.gapNext.get(k);
        }
        Node next = new Node();
        node.gapMax.add(max);
        node.gapNext.add(next);
        return next;
    }

    private Node stem(Node parent, String prefix) {
        List<Map.Entry<String, Node>> list;
        if (parent == root) {
            char first = prefix.charAt(0);
            if (prefix.length() < ROOT_STEM_KEY || first >= STEMS_BY_FIRST_CHAR) {
                throw new IllegalStateException("a leading prefix needs " + ROOT_STEM_KEY
                        + " letters and an ASCII first letter: " + prefix);
            }
            if (rootStemsByFirstChar[first] == null) {
                rootStemsByFirstChar[first] = new ArrayList<>();
            }
            list = rootStemsByFirstChar[first];
        } else {
            list = parent.stems;
        }
        for (Map.Entry<String, Node> e : list) {
            if (e.getKey().equals(prefix)) {
                return e.getValue();
            }
        }
        Node child = new Node();
        list.add(Map.entry(prefix, child));
        return child;
    }

    /** The ids of every pattern that occurs anywhere in {@code tokens}, as a bit mask (0 when none). */
    long matchMask(String[] tokens) {
        long found = 0;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            found |= step(root, tokens, i);
            char first = token.isEmpty() ? 0 : token.charAt(0);
            if (token.length() >= ROOT_STEM_KEY && first < STEMS_BY_FIRST_CHAR) {
                List<Map.Entry<String, Node>> stems = rootStemsByFirstChar[first];
                if (stems != null) {
                    for (Map.Entry<String, Node> stem : stems) {
                        if (token.startsWith(stem.getKey())) {
                            found |= reach(stem.getValue(), tokens, i + 1);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Ids of patterns completed at {@code node} or beyond it, with {@code next} the first unconsumed token. */
    private static long reach(Node node, String[] tokens, int next) {
        long found = node.ids;
        for (int k = 0; k < node.gapMax.size(); k++) {
            Node after = node.gapNext.get(k);
            int max = node.gapMax.get(k);
            found |= after.ids;
            for (int skip = 0; skip <= max && next + skip < tokens.length; skip++) {
                found |= step(after, tokens, next + skip);
            }
        }
        if (next < tokens.length) {
            found |= step(node, tokens, next);
        }
        return found;
    }

    /** Consumes {@code tokens[at]} from {@code node} along every edge it fits (exact, number, prefix). */
    private static long step(Node node, String[] tokens, int at) {
        String token = tokens[at];
        long found = 0;
        Node exact = node.exact.get(token);
        if (exact != null) {
            found |= reach(exact, tokens, at + 1);
        }
        if ((node.digits != null || node.numberOrWord != null) && isNumber(token)) {
            boolean digits = isDigits(token);
            if (digits && node.digits != null) {
                found |= reach(node.digits, tokens, at + 1);
            }
            if (node.numberOrWord != null) {
                found |= reach(node.numberOrWord, tokens, at + 1);
            }
        }
        if (node != null && !node.stems.isEmpty()) {
            for (Map.Entry<String, Node> stem : node.stems) {
                if (token.startsWith(stem.getKey())) {
                    found |= reach(stem.getValue(), tokens, at + 1);
                }
            }
        }
        return found;
    }

    private static boolean isNumber(String token) {
        return isDigits(token) || NUMBER_WORDS.contains(token);
    }

    private static boolean isDigits(String token) {
        if (token.isEmpty()) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
