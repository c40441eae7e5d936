package com.safereply.core.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A phrase lexicon over tokens: each phrase is a short token sequence (its last token may end in {@code *} to match
 * by prefix, e.g. {@code diagnos*}) carrying one or more weighted {@link Cue}s and a PHI-free signal label.
 *
 * <p>Matching is greedy longest-match, left to right, so "waited for hours" counts once as a complaint and its
 * "hours" is not also read as an opening-hours question. The phrases live in {@code lexicon.txt} next to this class
 * so the vocabulary can grow without touching code; the format is described at the top of that file.
 */
final class Lexicon {

    /** One piece of evidence a phrase carries. */
    record Entry(Cue cue, double weight, String signal) {
    }

    /** A phrase found in a text: tokens [start, end) and what it means. */
    record Match(int start, int end, List<Entry> entries) {
    }

    private static final int ROOT_STEM_KEY = 3;

    /** A phrase token written {@code #} matches any number, in digits or words. */
    private static final String NUMBER = "#";
    private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("a", "an", "one", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty",
            "forty", "fifty", "several", "few", "many", "couple", "uno", "una", "un", "dos", "tres", "cuatro", "cinco",
            "seis", "siete", "ocho", "nueve", "diez", "doce", "quince", "veinte", "treinta", "varias", "varios");

    private static final class Node {
        final Map<String, Node> exact = new HashMap<>();
        Node number;
        final List<Map.Entry<String, Node>> stems = new ArrayList<>();
        final List<Entry> entries = new ArrayList<>();
    }

    private final Node root = new Node();
    private static final int STEMS_BY_FIRST_CHAR = 128;
    /** Root-level prefix entries by first character, so each token checks only a handful and allocates nothing. */
    @SuppressWarnings("unchecked")
    private final List<Map.Entry<String, Node>>[] rootStemsByFirstChar = new List[STEMS_BY_FIRST_CHAR];
    private int phraseCount;

    static Lexicon load(String resource) {
        Lexicon lexicon = new Lexicon();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                lexicon.parseLine(line.strip(), lineNo);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lexicon;
    }

    int phraseCount() {
        return phraseCount;
    }

    /**
     * {@code KIND WEIGHT signal label : phrase | phrase | ...}. Phrases are folded (lower case, no accents); an
     * apostrophe variant is also added without its apostrophe ({@code didn't} and {@code didnt}).
     */
    private void parseLine(String line, int lineNo) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        int colon = line.indexOf(" : ");
        if (colon < 0) {
            throw new IllegalStateException("lexicon line " + lineNo + ": expected 'KIND WEIGHT signal : phrases'");
        }
        String[] head = line.substring(0, colon).strip().split("\\s+", 3);
        if (head.length < 2) {
            throw new IllegalStateException("lexicon line " + lineNo + ": expected KIND and WEIGHT");
        }
        Cue cue = Cue.valueOf(head[0]);
        double weight = Double.parseDouble(head[1]);
        String signal = head.length == 3 ? head[2].strip() : "";
        Entry entry = new Entry(cue, weight, signal);
        for (String phrase : line.substring(colon + 3).split("\\|")) {
            String p = phrase.strip();
            if (p.isEmpty()) {
                continue;
            }
            add(p, entry);
            if (p.indexOf('\'') >= 0) {
                add(p.replace("'", ""), entry);
            }
        }
    }

    /**
     * Phrase words are cut with the same tokenizer as comments, so "x-ray", "a&e" or "10/10" match exactly what a
     * comment containing them yields.
     */
    private void add(String phrase, Entry entry) {
        String[] parts = phrase.split(" +");
        Node node = root;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.equals(NUMBER)) {
                if (node.number == null) {
                    node.number = new Node();
                }
                node = node.number;
                continue;
            }
            boolean stem = part.endsWith("*") && part.length() > 1;
            String text = stem ? part.substring(0, part.length() - 1) : part;
            String[] pieces = TokenizedText.of(text, text).tokens;
            if (pieces.length == 0) {
                throw new IllegalStateException("lexicon phrase has no token: " + phrase);
            }
            for (int k = 0; k < pieces.length; k++) {
                boolean last = k == pieces.length - 1;
                if (stem && last) {
                    node = stemChild(node, pieces[k], node == root);
                } else {
                    node = node.exact.computeIfAbsent(pieces[k], key -> new Node());
                }
            }
        }
        if (!node.entries.contains(entry)) {
            node.entries.add(entry);
        }
        phraseCount++;
    }

    private Node stemChild(Node parent, String prefix, boolean atRoot) {
        List<Map.Entry<String, Node>> list;
        if (atRoot) {
            if (prefix.length() < ROOT_STEM_KEY) {
                throw new IllegalStateException("root prefix entries need at least " + ROOT_STEM_KEY + " letters: "
                        + prefix);
            }
            char first = prefix.charAt(0);
            if (first >= STEMS_BY_FIRST_CHAR) {
                throw new IllegalStateException("root prefix entries need an ASCII first letter: " + prefix);
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

    /** Greedy longest-match scan. */
    List<Match> scan(String[] tokens) {
        List<Match> matches = new ArrayList<>();
        int[] bestEnd = {-1};
        Node[] best = {null};
        int i = 0;
        while (i < tokens.length) {
            bestEnd[0] = -1;
            best[0] = null;
            String token = tokens[i];
            if (root.number != null && isNumber(token)) {
                walk(root.number, tokens, i + 1, bestEnd, best);
            }
            Node exact = root.exact.get(token);
            if (exact != null) {
                walk(exact, tokens, i + 1, bestEnd, best);
            }
            char first = token.isEmpty() ? 0 : token.charAt(0);
            if (token.length() >= ROOT_STEM_KEY && first < STEMS_BY_FIRST_CHAR) {
                List<Map.Entry<String, Node>> stems = rootStemsByFirstChar[first];
                if (stems != null) {
                    for (Map.Entry<String, Node> stem : stems) {
                        if (token.startsWith(stem.getKey())) {
                            walk(stem.getValue(), tokens, i + 1, bestEnd, best);
                        }
                    }
                }
            }
            if (best[0] != null) {
                matches.add(new Match(i, bestEnd[0], best[0].entries));
                i = bestEnd[0];
            } else {
                i++;
            }
        }
        return matches;
    }

    /** Depth-first: {@code node} was reached by consuming tokens up to {@code next}; remember the longest end. */
    private static void walk(Node node, String[] tokens, int next, int[] bestEnd, Node[] best) {
        if (!node.entries.isEmpty() && next > bestEnd[0]) {
            bestEnd[0] = next;
            best[0] = node;
        }
        if (next >= tokens.length) {
            return;
        }
        String token = tokens[next];
        if (node.number != null && isNumber(token)) {
            walk(node.number, tokens, next + 1, bestEnd, best);
        }
        Node child = node.exact.get(token);
        if (child != null) {
            walk(child, tokens, next + 1, bestEnd, best);
        }
        for (Map.Entry<String, Node> stem : node.stems) {
            if (token.startsWith(stem.getKey())) {
                walk(stem.getValue(), tokens, next + 1, bestEnd, best);
            }
        }
    }

    private static boolean isNumber(String token) {
        if (NUMBER_WORDS.contains(token)) {
            return true;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
