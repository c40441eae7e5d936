package com.safereply.core.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * A folded comment cut into word and emoji tokens in one linear pass, plus the surface markers the scorer needs
 * (question marks, links, @mentions). Lexicon matching walks these tokens instead of running many regexes over the
 * text, which keeps classification in the low microseconds.
 *
 * <p>Words are runs of letters and digits with inner apostrophes kept ({@code didn't}); every emoji or other symbol
 * code point is its own token, with variation selectors, joiners and skin tones dropped so {@code ❤️} and {@code ❤}
 * match the same entry.
 */
final class TokenizedText {

    /**
     * A safety net only: sanitised text is capped at 20,000 characters, so every token of it fits and risk language
     * at the very end of a long comment is still seen.
     */
    static final int MAX_TOKENS = 20_000;

    final String folded;
    final String[] tokens;
    /** True for a token that opens a sentence (start of text or after . ! ? or a newline). */
    final boolean[] sentenceStart;
    /**
     * True for a token whose sentence asks something: it ends with a question mark, or opens with an interrogative
     * ("how long…", "are the tests free") when the writer left the mark out.
     */
    final boolean[] asking;
    /** Sentences that ask something (see {@link #asking}). */
    final int questionSentences;
    final int wordCount;
    final int emojiCount;
    final int questionMarks;
    final int exclamations;
    final int mentions;
    final int links;
    final int letters;
    final int upperCaseLetters;

    private TokenizedText(String folded, List<String> tokens, boolean[] starts, boolean[] questionEnds, int wordCount, int emojiCount,
                          int questionMarks, int exclamations, int mentions, int links, int letters,
                          int upperCaseLetters) {
        this.folded = folded;
        this.tokens = tokens.toArray(new String[0]);
        this.sentenceStart = starts;
        this.asking = new boolean[this.tokens.length];
        this.questionSentences = markQuestions(this.tokens, starts, questionEnds, this.asking);
        this.wordCount = wordCount;
        this.emojiCount = emojiCount;
        this.questionMarks = questionMarks;
        this.exclamations = exclamations;
        this.mentions = mentions;
        this.links = links;
        this.letters = letters;
        this.upperCaseLetters = upperCaseLetters;
    }

    /**
     * @param sanitized text already passed through {@code Texts.sanitize}, used only to count capitals (shouting)
     * @param folded    the same text passed through {@code Texts.fold}
     */
    static TokenizedText of(String sanitized, String folded) {
        int n = folded.length();
        List<String> tokens = new ArrayList<>(Math.min(MAX_TOKENS, n / 4 + 4));
        boolean[] starts = new boolean[Math.min(MAX_TOKENS, n / 2 + 2)];
        int words = 0;
        int emojis = 0;
        int questions = 0;
        int exclamations = 0;
        int mentions = 0;
        int letters = 0;
        int upper = 0;
        boolean nextStartsSentence = true;
        // questionEnds[k]: a question mark followed the k-th token (k = token count at that point)
        boolean[] questionEnds = new boolean[starts.length + 1];
        int i = 0;
        while (i < n && tokens.size() < MAX_TOKENS) {
            char ch = folded.charAt(i);
            int cp = Character.isHighSurrogate(ch) ? folded.codePointAt(i) : ch;
            int width = Character.charCount(cp);
            if (isWordChar(cp)) {
                int start = i;
                int end = i;
                while (end < n) {
                    char c = folded.charAt(end);
                    if (c < 0x80) {
                        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                            end++;
                        } else if (c == '\'' && end > start && end + 1 < n && Character.isLetter(folded.charAt(end + 1))) {
                            end++;
                        } else {
                            break;
                        }
                    } else {
                        int wide = Character.isHighSurrogate(c) ? folded.codePointAt(end) : c;
                        if (isWordChar(wide) || Character.getType(wide) == Character.NON_SPACING_MARK) {
                            end += Character.charCount(wide);
                        } else {
                            break;
                        }
                    }
                }
                for (int k = start; k < end; k++) {
                    char original = sanitized.charAt(k);
                    if (original >= 'A' && original <= 'Z') {
                        letters++;
                        upper++;
                    } else if (original >= 'a' && original <= 'z') {
                        letters++;
                    } else if (original >= 0x80 && Character.isLetter(original)) {
                        letters++;
                        if (Character.isUpperCase(original)) {
                            upper++;
                        }
                    }
                }
                starts = record(tokens, starts, folded.substring(start, end), nextStartsSentence);
                nextStartsSentence = false;
                words++;
                i = end;
                continue;
            }
            switch (cp) {
                case '?', '\u00BF' -> {
                    questions++;
                    if (cp == '?') {
                        if (questionEnds.length <= tokens.size()) {
                            questionEnds = java.util.Arrays.copyOf(questionEnds, tokens.size() * 2 + 4);
                        }
                        questionEnds[tokens.size()] = true;
                    }
                    nextStartsSentence = true;
                }
                case '!', '\u00A1' -> {
                    exclamations++;
                    nextStartsSentence = true;
                }
                case '.', '\n' -> nextStartsSentence = true;
                case '@' -> {
                    if (i + 1 < n && Character.isLetterOrDigit(folded.charAt(i + 1))
                            && (i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1)))) {
                        mentions++;
                    }
                }
                default -> {
                    if (cp >= 0x80 && isEmoji(cp)) {
                        starts = record(tokens, starts, new String(Character.toChars(cp)), nextStartsSentence);
                        emojis++;
                    }
                }
            }
            i += width;
        }
        boolean[] exact = java.util.Arrays.copyOf(starts, tokens.size());
        return new TokenizedText(folded, tokens, exact, questionEnds, words, emojis, questions, exclamations, mentions,
                countLinks(folded), letters, upper);
    }

    /** Question openers: "how long does…", "where can I…". "what a joke" and "how dare" are exclamations. */
    private static final java.util.Set<String> WH_OPENERS = java.util.Set.of("what", "how", "why", "where", "when",
            "which", "who", "whom", "whose");
    /** Auxiliaries that open a question ("is it…", "are covid tests free"); narrative ones (was, had, did) are left out. */
    private static final java.util.Set<String> AUX_OPENERS = java.util.Set.of("is", "are", "am", "do", "does", "can",
            "could", "should", "shall", "will", "would", "may", "might", "anyone", "any");
    /** After an auxiliary these make a statement, not a question ("would recommend", "will never", "is a gem"). */
    private static final java.util.Set<String> NOT_A_QUESTION = java.util.Set.of("not", "never", "no", "so", "very",
            "really", "just", "always", "definitely", "highly", "recommend", "be", "been", "also", "still", "only", "a",
            "an", "the", "absolutely", "totally", "n't", "dare", "happy", "glad", "great", "amazing", "one", "more");

    private static int markQuestions(String[] tokens, boolean[] starts, boolean[] questionEnds, boolean[] asking) {
        int count = 0;
        int start = 0;
        for (int t = 1; t <= tokens.length; t++) {
            if (t < tokens.length && !starts[t]) {
                continue;
            }
            boolean question = (t < questionEnds.length && questionEnds[t]) || opensQuestion(tokens, start, t);
            if (question) {
                java.util.Arrays.fill(asking, start, t, true);
                count++;
            }
            start = t;
        }
        return count;
    }

    private static boolean opensQuestion(String[] tokens, int start, int end) {
        if (end - start < 3) {
            return false;
        }
        String first = tokens[start];
        String next = tokens[start + 1];
        if (first.equals("when")) {
            // "when should I…" asks; "when I arrived…" tells
            return AUX_OPENERS.contains(next);
        }
        if (WH_OPENERS.contains(first)) {
            return !next.equals("a") && !next.equals("an") && !next.equals("dare");
        }
        return AUX_OPENERS.contains(first) && !NOT_A_QUESTION.contains(next);
    }

    private static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
        }
        return Character.isLetterOrDigit(cp);
    }

    private static boolean[] record(List<String> tokens, boolean[] starts, String token, boolean sentenceStart) {
        boolean[] out = starts;
        if (tokens.size() == out.length) {
            out = java.util.Arrays.copyOf(out, out.length * 2 + 4);
        }
        out[tokens.size()] = sentenceStart;
        tokens.add(token);
        return out;
    }

    /** Symbols and pictographs count; joiners, variation selectors and skin-tone modifiers do not. */
    private static boolean isEmoji(int cp) {
        if (cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || (cp >= 0x1F000 && cp <= 0x1FAFF);
    }

    private static final String[] LINK_MARKERS = {"http://", "https://", "h t t p", "www.", "watch?v=", "youtu.be",
        "bit.ly", "t.me/", "wa.me/"};
    /** Top-level domains common in comment spam; "name.tld" followed by a non-letter counts as a link. */
    private static final java.util.Set<String> TLDS = java.util.Set.of("com", "net", "org", "ly", "io", "me", "co",
            "tk", "xyz", "info", "biz", "ru", "us", "uk", "gl", "gg", "tv", "be", "cc", "ws", "site", "online",
            "shop", "store", "club", "link", "app");

    /** Link markers plus "+" followed by a long phone number: both are ways to take a reader off the page. */
    private static int countLinks(String folded) {
        int count = 0;
        for (String marker : LINK_MARKERS) {
            if (folded.indexOf(marker) >= 0) {
                count++;
            }
        }
        int n = folded.length();
        for (int dot = folded.indexOf('.'); dot > 0 && dot < n - 2 && count < 4; dot = folded.indexOf('.', dot + 1)) {
            if (!Character.isLetterOrDigit(folded.charAt(dot - 1))) {
                continue;
            }
            int end = dot + 1;
            while (end < n && end - dot <= 7 && folded.charAt(end) >= 'a' && folded.charAt(end) <= 'z') {
                end++;
            }
            boolean bounded = end == n || !Character.isLetter(folded.charAt(end));
            if (end - dot >= 3 && bounded && TLDS.contains(folded.substring(dot + 1, end))) {
                count++;
            }
        }
        for (int plus = folded.indexOf('+'); plus >= 0 && plus < n - 1; plus = folded.indexOf('+', plus + 1)) {
            int end = plus + 1;
            while (end < n && Character.isDigit(folded.charAt(end))) {
                end++;
            }
            if (end - plus > 10) {
                count++;
                break;
            }
        }
        return count;
    }

    int sentenceCount() {
        int count = 0;
        for (boolean start : sentenceStart) {
            if (start) {
                count++;
            }
        }
        return count;
    }

    int size() {
        return tokens.length;
    }

    /** Share of letters written in capitals: a cheap shouting signal, 0 when there are few letters. */
    double shoutingRatio() {
        return letters < 12 ? 0 : (double) upperCaseLetters / letters;
    }
}
