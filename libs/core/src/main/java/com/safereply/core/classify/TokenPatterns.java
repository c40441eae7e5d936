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
 * optional parts are walked into the trie when the pattern is added, so matching is plain trie walking with no
 * backtracking beyond the gaps.
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

    /**
     * A trie node. Its edge collections are made on the first edge of their kind (null until then): most of the
     * rules' hundreds of thousands of nodes have one kind of edge or none, and an empty map and three empty lists on
     * each doubled the rules' heap (201 MB against 100) and added half their load time.
     */
    private static final class Node {
        Map<String, Node> exact;
        List<Map.Entry<String, Node>> stems;
        Node digits;
        Node numberOrWord;
        /** Gap edges: up to {@code gapMax[k]} arbitrary tokens, then {@code gapNext[k]}. */
        List<Integer> gapMax;
        List<Node> gapNext;
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
     * Adds a pattern for term {@code id}; see the class comment for the syntax. A sequence holding an apostrophe is
     * also added without it ({@code can't} and {@code cant}).
     *
     * @throws IllegalArgumentException if it expands to more than {@link #MAX_SEQUENCES_PER_PATTERN} sequences
     */
    void add(String pattern, int id) {
        if (id < 0 || id >= MAX_IDS) {
            throw new IllegalArgumentException("pattern id out of range: " + id);
        }
        Walk walk = new Walk(slots(pattern), 1L << id);
        walk.from(root, 0, false, false, 0);
        walk.from(root, 0, true, false, 0);
    }

    /**
     * The pattern's slots in order, each the list of its alternatives (an optional part gains an empty one, a plain
     * token is a slot of one).
     *
     * @throws IllegalArgumentException past {@link #MAX_SEQUENCES_PER_PATTERN} sequences, before walking them
     */
    private static List<List<List<String>>> slots(String pattern) {
        List<List<List<String>>> slots = new ArrayList<>();
        long sequences = 1;
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
            sequences *= alternatives.size();
            if (sequences > MAX_SEQUENCES_PER_PATTERN) {
                throw new IllegalArgumentException("pattern expands to more than " + MAX_SEQUENCES_PER_PATTERN
                        + " word sequences: use bounded gaps (~N) instead of long lists: "
                        + p.substring(0, Math.min(p.length(), 80)));
            }
            slots.add(alternatives);
        }
        return slots;
    }

    /**
     * Walks every sequence of a pattern's slots down the trie, creating edges as it goes. Sequences share their
     * prefixes' nodes, so nothing is built per sequence: the rules expand to about 420,000 sequences, and building each
     * as a list first was a third of their load time.
     */
    private final class Walk {
        private final List<List<List<String>>> slots;
        /** Whether slot k or a later one has a token with an apostrophe: past the last one, no bare twin is left. */
        private final boolean[] apostropheFrom;
        private final long bit;

        Walk(List<List<List<String>>> slots, long bit) {
            this.slots = slots;
            this.bit = bit;
            this.apostropheFrom = new boolean[slots.size() + 1];
            for (int k = slots.size() - 1; k >= 0; k--) {
                apostropheFrom[k] = apostropheFrom[k + 1] || slots.get(k).stream().flatMap(List::stream)
                        .anyMatch(token -> token.indexOf('\'') >= 0);
            }
        }

        /**
         * @param bare          tokens without their apostrophes; a bare sequence is added only if it held one
         * @param sawApostrophe whether a token so far held one
         * @param tokens        how many tokens so far (the empty sequence, every part optional and left out, is no
         *                      pattern)
         */
        void from(Node node, int slot, boolean bare, boolean sawApostrophe, int tokens) {
            if (bare && !sawApostrophe && !apostropheFrom[slot]) {
                return; // no apostrophe in this sequence: the plain walk adds it
            }
            if (slot == slots.size()) {
                if (tokens > 0) {
                    node.ids |= bit;
                }
                return;
            }
            for (List<String> alternative : slots.get(slot)) {
                Node next = node;
                boolean saw = sawApostrophe;
                for (String token : alternative) {
                    boolean apostrophe = token.indexOf('\'') >= 0;
                    saw |= apostrophe;
                    next = edge(next, bare && apostrophe ? token.replace("'", "") : token);
                }
                from(next, slot + 1, bare, saw, tokens + alternative.size());
            }
        }
    }

    private static List<String> words(String alternative) {
        String s = alternative.strip();
        return s.isEmpty() ? List.of() : List.of(s.split(" +"));
    }

    /** The child of {@code node} along one pattern token, created if new. */
    private Node edge(Node node, String token) {
        if (token.equals("#")) {
            return node.digits == null ? (node.digits = new Node()) : node.digits;
        } else if (token.equals("##")) {
            return node.numberOrWord == null ? (node.numberOrWord = new Node()) : node.numberOrWord;
        } else if (token.startsWith("~") && token.length() > 1) {
            return gap(node, Integer.parseInt(token.substring(1)));
        } else if (token.endsWith("*") && token.length() > 1) {
            return stem(node, token.substring(0, token.length() - 1));
        }
        if (node.exact == null) {
            node.exact = new HashMap<>(4);
        }
        return node.exact.computeIfAbsent(token, k -> new Node());
    }

    private static Node gap(Node node, int max) {
        if (node.gapMax == null) {
            node.gapMax = new ArrayList<>(2);
            node.gapNext = new ArrayList<>(2);
        }
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
            if (parent.stems == null) {
                parent.stems = new ArrayList<>(2);
            }
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
        for (int k = 0; node.gapMax != null && k < node.gapMax.size(); k++) {
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
        Node exact = node.exact == null ? null : node.exact.get(token);
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
        if (node.stems != null) {
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
