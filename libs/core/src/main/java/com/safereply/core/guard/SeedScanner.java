package com.safereply.core.guard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Runs a set of {@link Seed}s over a draft in one pass over its tokens: at each token, only the seeds anchored on that
 * word are tried, each with {@code lookingAt} bounded by the token's sentence.
 */
final class SeedScanner {

    private final Seed[] seeds;
    private final Map<String, int[]> byAnchor = new HashMap<>();
    private final int[] digitAnchored;
    /** Per seed, the literal text every match starts with ("" when none): a cheap test before the regex attempt. */
    private final String[] literalPrefix;

    SeedScanner(List<Seed> seedList) {
        this.seeds = seedList.toArray(new Seed[0]);
        this.literalPrefix = new String[seeds.length];
        for (int i = 0; i < seeds.length; i++) {
            literalPrefix[i] = literalPrefix(seeds[i].pattern().pattern());
        }
        Map<String, List<Integer>> grouped = new HashMap<>();
        List<Integer> digits = new ArrayList<>();
        for (int i = 0; i < seeds.length; i++) {
            for (String anchor : seeds[i].anchors()) {
                if (anchor.equals(Seed.DIGIT)) {
                    digits.add(i);
                } else {
                    grouped.computeIfAbsent(anchor, a -> new ArrayList<>()).add(i);
                }
            }
        }
        grouped.forEach((anchor, list) -> byAnchor.put(anchor, toArray(list)));
        digitAnchored = toArray(digits);
        scratch = ThreadLocal.withInitial(() -> {
            Matcher[] matchers = new Matcher[seeds.length];
            for (int i = 0; i < seeds.length; i++) {
                matchers[i] = seeds[i].pattern().matcher("").useTransparentBounds(true).useAnchoringBounds(false);
            }
            return matchers;
        });
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * One matcher per seed per thread, re-pointed at each draft: building ~100 matchers per draft was a visible share
     * of the scan. Scratch never leaves {@link #scan}, which does not re-enter, so per-thread reuse is thread-safe.
     */
    private final ThreadLocal<Matcher[]> scratch;

    /**
     * Scans every sentence but those marked in {@code skipSentence} (null: none), whose seed findings are known to be
     * none ({@link VettedSentences#seedFree}).
     */
    void scan(AnalysedText draft, Findings findings, boolean[] skipSentence) {
        Matcher[] matchers = scratch.get();
        boolean[] used = new boolean[seeds.length];
        try {
            scan(draft, findings, matchers, used, skipSentence);
        } finally {
            for (int i = 0; i < used.length; i++) {
                if (used[i]) {
                    matchers[i].reset(""); // drop the draft: no text outlives the check
                }
            }
        }
    }

    private void scan(AnalysedText draft, Findings findings, Matcher[] matchers, boolean[] used, boolean[] skipSentence) {
        for (int t = 0; t < draft.tokenCount(); t++) {
            int sentence = draft.sentenceOfToken(t);
            if (skipSentence != null && skipSentence[sentence]) {
                t = draft.sentenceEndToken(sentence) - 1;
                continue;
            }
            String token = draft.token(t);
            int[] candidates = Character.isDigit(token.charAt(0)) ? digitAnchored : byAnchor.get(token);
            if (candidates == null) {
                continue;
            }
            int start = draft.tokenStart(t);
            int end = draft.sentenceEnd(sentence);
            for (int i : candidates) {
                if (!draft.folded.startsWith(literalPrefix[i], start)) {
                    continue; // "on file", "welcome back": most anchor words are not followed by the rest
                }
                Seed seed = seeds[i];
                Matcher m = matchers[i];
                if (!used[i]) {
                    m.reset(draft.folded);
                    used[i] = true;
                }
                m.region(start, end);
                if (m.lookingAt() && m.end() > start && !cancelled(seed, draft, sentence, start)) {
                    findings.span(seed.rule(), start, m.end(), seed.reason());
                }
            }
        }
    }

    /**
     * The plain letters, digits, spaces and apostrophes a regex starts with, which every match must start with; "" when
     * the regex has an alternation at top level (a branch may start differently). A char followed by a quantifier is
     * dropped ("thanks? " gives "thank"). Seeds compile without flags, so the prefix is case-exact on folded text.
     */
    static String literalPrefix(String regex) {
        if (regex.contains("&&") || regex.contains("\\Q")) {
            return ""; // class intersections and quoting: not worth parsing, no gate
        }
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i++;
                while (i < regex.length() && regex.charAt(i) != ']') {
                    if (regex.charAt(i) == '\\') {
                        i++;
                    }
                    i++;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return "";
            }
        }
        int end = 0;
        while (end < regex.length() && isPlain(regex.charAt(end))) {
            end++;
        }
        if (end < regex.length() && end > 0 && "?*+{".indexOf(regex.charAt(end)) >= 0) {
            end--;
        }
        return regex.substring(0, end);
    }

    private static boolean isPlain(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ' || c == '\'';
    }

    private static boolean cancelled(Seed seed, AnalysedText draft, int sentence, int matchStart) {
        if (seed.unless().isEmpty()) {
            return false;
        }
        String before = draft.folded.substring(draft.sentenceStart(sentence), matchStart);
        for (Seed.Unless unless : seed.unless()) {
            String scope = unless.wholeSentence
                    ? draft.folded.substring(draft.sentenceStart(sentence), draft.sentenceEnd(sentence)) : before;
            if (unless.cue.matcher(scope).find()) {
                return true;
            }
        }
        return false;
    }
}
