package com.safereply.core.classify;

import com.safereply.core.text.Texts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds emergency (threat to life or limb) and crisis (self-harm, suicide) language, in English and Spanish, in the
 * spec's lexicon (§3 H12) and its obvious variants. Recall matters more than precision here: a false alarm costs an
 * approver a glance, a miss can cost a life.
 *
 * <p>The vocabulary lives in {@code risk.txt} as word-sequence patterns, compiled into one {@link TokenPatterns} trie
 * and matched over the comment's tokens in one pass (no regular expressions): a comment with no risk language costs
 * one hash lookup per token. Thread-safe and stateless after construction.
 */
public final class RiskDetector {

    private static final String RESOURCE = "risk.txt";

    private enum Kind { EMERGENCY, CRISIS, INGESTION, OBSTETRIC }

    /** The suffix of {@code CRISIS+NAMED}: a crisis term that names the thing without intent, plan, means or farewell. */
    private static final String NAMED = "NAMED";

    /** One named term of the vocabulary; its index in {@link Vocabulary#terms} is its bit in the match mask. */
    private record Term(Kind kind, String signal) {
    }

    private static final class Vocabulary {
        static final Vocabulary INSTANCE = load();

        final TokenPatterns patterns = new TokenPatterns();
        final NamedSets sets = new NamedSets();
        final List<Term> terms = new ArrayList<>();
        long emergencyMask;
        long crisisMask;
        long ingestionMask;
        long obstetricMask;
        /** Crisis terms that only name the thing ("suicide"): a crisis they alone raise is {@link Risk#crisisNamedOnly}. */
        long namedMask;

        private static Vocabulary load() {
            Vocabulary v = new Vocabulary();
            try (InputStream in = RiskDetector.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing risk vocabulary " + RESOURCE);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                int lineNumber = 0;
                while ((line = reader.readLine()) != null) {
                    lineNumber++;
                    try {
                        v.parse(line.strip());
                    } catch (IllegalStateException | IllegalArgumentException e) {
                        // One place names the line, for every mistake a line can hold: its head, a named set, a pattern.
                        throw new IllegalStateException("risk vocabulary " + RESOURCE + " line " + lineNumber + ": "
                                + e.getMessage(), e);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return v;
        }

        /**
         * {@code KIND name : pattern | pattern}; the top-level {@code |} separates patterns, not group choices.
         * {@code SET name = (a|b)} names a word list the patterns after it use as {@code $name} ({@link NamedSets}).
         * {@code EMERGENCY+OBSTETRIC} names an emergency whose patterns also raise the obstetric sub-flag, so a
         * pattern needed by both is written once; {@code CRISIS+NAMED} a crisis term that only names the thing.
         */
        private void parse(String line) {
            if (line.isEmpty() || line.startsWith("#")) {
                return;
            }
            if (line.startsWith("SET ")) {
                sets.define(line.substring(4));
                return;
            }
            int colon = line.indexOf(" : ");
            if (colon < 0) {
                throw new IllegalStateException("expected 'KIND name : patterns' or 'SET name = (a|b)'");
            }
            String[] head = line.substring(0, colon).strip().split("\\s+", 2);
            String[] kinds = head[0].split("\\+", 2);
            Kind kind = Kind.valueOf(kinds[0]);
            String also = kinds.length > 1 ? kinds[1] : "";
            boolean alsoObstetric = kind == Kind.EMERGENCY && also.equals(Kind.OBSTETRIC.name());
            boolean namedOnly = kind == Kind.CRISIS && also.equals(NAMED);
            if (!also.isEmpty() && !alsoObstetric && !namedOnly) {
                throw new IllegalStateException("the only combined kinds are EMERGENCY+OBSTETRIC and CRISIS+NAMED");
            }
            String name = head.length > 1 ? head[1] : kind.name().toLowerCase(java.util.Locale.ROOT);
            int id = terms.size();
            if (id >= Long.SIZE) {
                throw new IllegalStateException("more than " + Long.SIZE + " terms, one bit each");
            }
            String prefix = switch (kind) {
                case EMERGENCY -> "emergency: ";
                case CRISIS -> "crisis: ";
                default -> "";
            };
            terms.add(new Term(kind, prefix + name));
            long bit = 1L << id;
            switch (kind) {
                case EMERGENCY -> emergencyMask |= bit;
                case CRISIS -> crisisMask |= bit;
                case INGESTION -> ingestionMask |= bit;
                case OBSTETRIC -> obstetricMask |= bit;
            }
            if (alsoObstetric) {
                obstetricMask |= bit;
            }
            if (namedOnly) {
                namedMask |= bit;
            }
            for (String pattern : topLevelAlternatives(sets.expand(line.substring(colon + 3)))) {
                if (!pattern.isBlank()) {
                    patterns.add(pattern, id);
                }
            }
        }

        private static List<String> topLevelAlternatives(String s) {
            List<String> out = new ArrayList<>();
            int depth = 0;
            int start = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '(' || c == '[') {
                    depth++;
                } else if (c == ')' || c == ']') {
                    depth--;
                } else if (c == '|' && depth == 0) {
                    out.add(s.substring(start, i).strip());
                    start = i + 1;
                }
            }
            out.add(s.substring(start).strip());
            return out;
        }
    }

    private final Vocabulary vocabulary = Vocabulary.INSTANCE;

    /** Detects risk in raw text, read as triage reads a comment ({@link Texts#readComment}), then folded. */
    public Risk detect(String text) {
        return detectFolded(Texts.fold(Texts.readComment(text)));
    }

    /** Detects risk in text that was already sanitised and folded with {@link Texts#fold}. */
    public Risk detectFolded(String folded) {
        return detectTokens(TokenizedText.of(folded, folded).tokens);
    }

    /** Detects risk in the tokens of a folded text (the classifier's path: the comment is tokenised once). */
    Risk detectTokens(String[] tokens) {
        long found = vocabulary.patterns.matchMask(wordsOnly(tokens));
        boolean emergency = (found & vocabulary.emergencyMask) != 0;
        boolean crisis = (found & vocabulary.crisisMask) != 0;
        if (!emergency && !crisis) {
            return Risk.NONE;
        }
        boolean namedOnly = crisis && (found & vocabulary.crisisMask & ~vocabulary.namedMask) == 0;
        List<String> signals = new ArrayList<>(4);
        // the word alone is named only when it is all there is: beside intent or means it would repeat the reason
        long shownTerms = namedOnly ? ~0L : ~vocabulary.namedMask;
        long shown = found & (vocabulary.emergencyMask | vocabulary.crisisMask) & shownTerms;
        for (int id = 0; shown != 0; id++, shown >>>= 1) {
            if ((shown & 1L) != 0) {
                String signal = vocabulary.terms.get(id).signal();
                // Two lines may share a name (the EMERGENCY and EMERGENCY+OBSTETRIC halves of one kind): one signal.
                if (!signals.contains(signal)) {
                    signals.add(signal);
                }
            }
        }
        boolean ingestion = emergency && (found & vocabulary.ingestionMask) != 0;
        boolean obstetric = emergency && (found & vocabulary.obstetricMask) != 0;
        return new Risk(emergency, crisis, ingestion, obstetric, signals, namedOnly);
    }

    /**
     * The word tokens only: an emoji or a broken char between two words ("no puede 😭 respirar") must not hide a risk
     * phrase (found by the hostile-input test). The patterns hold words and numbers only. No copy when all are words.
     */
    static String[] wordsOnly(String[] tokens) {
        int words = 0;
        for (String token : tokens) {
            if (isWord(token)) {
                words++;
            }
        }
        if (words == tokens.length) {
            return tokens;
        }
        String[] out = new String[words];
        int w = 0;
        for (String token : tokens) {
            if (isWord(token)) {
                out[w++] = token;
            }
        }
        return out;
    }

    private static boolean isWord(String token) {
        return !token.isEmpty() && Character.isLetterOrDigit(token.codePointAt(0));
    }
}
