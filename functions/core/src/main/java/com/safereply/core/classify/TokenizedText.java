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

    /** Beyond this many tokens the rest is not scored: long texts are decided by their first few thousand words. */
    static final int MAX_TOKENS = 4_000;

    final String folded;
    final String[] tokens;
    /** True for a token that opens a sentence (start of text or after . ! ? or a newline). */
    final boolean[] sentenceStart;
    final int wordCount;
    final int emojiCount;
    final int questionMarks;
    final int exclamations;
    final int mentions;
    final int links;
    final int letters;
    final int upperCaseLetters;

    private TokenizedText(String folded, List<String> tokens, List<Boolean> starts, int wordCount, int emojiCount,
                          int questionMarks, int exclamations, int mentions, int links, int letters,
                          int upperCaseLetters) {
        this.folded = folded;
        this.tokens = tokens.toArray(new String[0]);
        this.sentenceStart = new boolean[starts.size()];
        for (int i = 0; i < starts.size(); i++) {
            this.sentenceStart[i] = starts.get(i);
        }
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
        List<String> tokens = new ArrayList<>(Math.min(64, folded.length() / 4 + 1));
        List<Boolean> starts = new ArrayList<>();
        int words = 0;
        int emojis = 0;
        int questions = 0;
        int exclamations = 0;
        int mentions = 0;
        int letters = 0;
        int upper = 0;
        boolean nextStartsSentence = true;
        int n = folded.length();
        int i = 0;
        while (i < n && tokens.size() < MAX_TOKENS) {
            int cp = folded.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                int start = i;
                int end = i;
                while (end < n) {
                    int c = folded.codePointAt(end);
                    if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                        end += Character.charCount(c);
                    } else if (c == '\'' && end + 1 < n && Character.isLetter(folded.charAt(end + 1))
                            && end > start) {
                        end++;
                    } else {
                        break;
                    }
                }
                for (int k = start; k < end; k++) {
                    char original = sanitized.charAt(k);
                    if (Character.isLetter(original)) {
                        letters++;
                        if (Character.isUpperCase(original)) {
                            upper++;
                        }
                    }
                }
                tokens.add(folded.substring(start, end));
                starts.add(nextStartsSentence);
                nextStartsSentence = false;
                words++;
                i = end;
                continue;
            }
            switch (cp) {
                case '?', '\u00BF' -> {
                    questions++;
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
                    if (isEmoji(cp)) {
                        tokens.add(new String(Character.toChars(cp)));
                        starts.add(nextStartsSentence);
                        emojis++;
                    }
                }
            }
            i += width;
        }
        return new TokenizedText(folded, tokens, starts, words, emojis, questions, exclamations, mentions,
                countLinks(folded), letters, upper);
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

    int size() {
        return tokens.length;
    }

    /** Share of letters written in capitals: a cheap shouting signal, 0 when there are few letters. */
    double shoutingRatio() {
        return letters < 12 ? 0 : (double) upperCaseLetters / letters;
    }
}
