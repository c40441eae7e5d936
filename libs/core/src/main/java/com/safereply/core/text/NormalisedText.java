package com.safereply.core.text;

import com.safereply.core.model.TextAnomaly;
import com.safereply.core.model.TextAnomaly.Kind;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A text as a reader reads it, for the guard: NFKC, a confusable skeleton that turns Cyrillic and Greek look-alikes
 * into the Latin letters they imitate, format chars (zero-width, soft hyphen, bidi controls) removed, digits used as
 * letters inside words and words spelt letter by letter put back together, a word hyphenated over a line break
 * joined, and a single line break folded into a space (a blank line still ends a sentence).
 *
 * <p>Every char of {@link #text} remembers the span of the input it came from, so findings on the normalised text are
 * reported on the text as written ({@link #originalStart}, {@link #originalEnd}). Whatever was hidden or disguised is
 * listed in {@link #anomalies()}, also with offsets into the input.
 *
 * <p>The input should be {@link Texts#sanitize sanitised} first (no lone surrogates, no control chars but tab and newline).
 */
public final class NormalisedText {

    private final String text;
    /** null when the text is the input unchanged (the common case: no allocation beyond the string itself) */
    private final int[] starts;
    private final int[] ends;
    private final int inputLength;
    private final List<TextAnomaly> anomalies;

    private NormalisedText(String text, int[] starts, int[] ends, int inputLength, List<TextAnomaly> anomalies) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.inputLength = inputLength;
        this.anomalies = anomalies;
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    /** Hidden or disguised chars found, in input order, with input offsets. */
    public List<TextAnomaly> anomalies() {
        return anomalies;
    }

    /** Input offset of normalised char {@code i} ({@code i == text().length()} gives the input's length). */
    public int originalStart(int i) {
        if (starts == null) {
            return i;
        }
        return i >= text.length() ? inputLength : starts[i];
    }

    /** Input offset just after normalised char {@code i - 1}: the end of a span ending (exclusive) at {@code i}. */
    public int originalEnd(int i) {
        if (starts == null) {
            return i;
        }
        return i <= 0 ? 0 : ends[i - 1];
    }

    public static NormalisedText of(String input) {
        if (input == null || input.isEmpty()) {
            return new NormalisedText("", null, null, 0, List.of());
        }
        if (isPlain(input)) {
            return new NormalisedText(input, null, null, input.length(), List.of());
        }
        return new Builder(input).build();
    }

    /**
     * The fast path: printable ASCII with no newline, no digit between letters and no single letters in a row needs
     * no work at all. Nearly every real reply is this.
     */
    private static boolean isPlain(String s) {
        int singleLetters = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x7F || c < 0x20) {
                return false;
            }
            if (c >= '0' && c <= '9' && i > 0 && i + 1 < n && isAsciiLetter(s.charAt(i - 1))) {
                int run = i;
                while (run < n && isLeetChar(s.charAt(run))) {
                    run++;
                }
                if (isAsciiLetter(s.charAt(i + 1)) || (run > i && run < n && isAsciiLetter(s.charAt(run)))) {
                    return false; // a digit inside a word, or a run of look-alike digits ("r00t")
                }
            }
            if (c == '$' && i > 0 && i + 1 < n && isAsciiLetter(s.charAt(i - 1)) && isAsciiLetter(s.charAt(i + 1))) {
                return false;
            }
            if (isAsciiLetter(c)) {
                boolean single = (i == 0 || !isAsciiAlnum(s.charAt(i - 1))) && (i + 1 == n || !isAsciiAlnum(s.charAt(i + 1)));
                if (single) {
                    if (++singleLetters >= SPACED_RUN - 1) {
                        return false; // possibly spelt letter by letter: let the builder look closely
                    }
                } else {
                    singleLetters = 0;
                }
            }
        }
        return true;
    }

    /** Longest run of look-alike digits read as letters inside a word ("b00k" yes; a code like "ab12345cd" no). */
    private static final int MAX_LEET_RUN = 3;

    /** NFKC of each BMP code point, filled on first use ({@link Builder#nfkc}). */
    private static final String[] NFKC_CACHE = new String[0x10000];

    /**
     * The letter a digit (or "$") imitates when written inside a word to dodge a filter: 0 o, 1 i, 3 e, 4 a, 5 and $ s,
     * 7 t; 0 for any other character.
     */
    public static char imitatedLetter(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '1' -> 'i';
            case '3' -> 'e';
            case '4' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            default -> 0;
        };
    }

    private static boolean isLeetChar(char c) {
        return imitatedLetter(c) != 0;
    }

    /** Fewest single letters in a row read as a spelt-out word ("a b c" is too short to be sure). */
    private static final int SPACED_RUN = 4;

    /** a to z or A to Z; shared with {@link StyledLetters}, whose plain letters are these. */
    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiAlnum(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    /** Builds the normalised chars with their input spans in two passes: per code point, then across chars. */
    private static final class Builder {
        private final String input;
        private final StringBuilder out;
        private int[] starts;
        private int[] ends;
        private final List<TextAnomaly> anomalies = new ArrayList<>();

        Builder(String input) {
            this.input = input;
            this.out = new StringBuilder(input.length());
            this.starts = new int[input.length() + 8];
            this.ends = new int[input.length() + 8];
        }

        NormalisedText build() {
            perCodePoint();
            markMixedScriptWords();
            String pass1 = out.toString();
            int[] s1 = Arrays.copyOf(starts, pass1.length());
            int[] e1 = Arrays.copyOf(ends, pass1.length());
            acrossChars(pass1, s1, e1);
            anomalies.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : a.kind().compareTo(b.kind()));
            return new NormalisedText(out.toString(), Arrays.copyOf(starts, out.length()), Arrays.copyOf(ends, out.length()),
                    input.length(), List.copyOf(mergeAdjacent(anomalies)));
        }

        private void append(char c, int from, int to) {
            int k = out.length();
            if (k == starts.length) {
                starts = Arrays.copyOf(starts, k * 2);
                ends = Arrays.copyOf(ends, k * 2);
            }
            out.append(c);
            starts[k] = from;
            ends[k] = to;
        }

        private void perCodePoint() {
            int i = 0;
            int n = input.length();
            while (i < n) {
                int cp = input.codePointAt(i);
                int next = i + Character.charCount(cp);
                if (cp < 0x7F) {
                    append(cp == '\t' ? ' ' : (char) cp, i, next);
                } else if (isInvisible(cp)) {
                    if (!harmlessJoiner(cp, i, next)) {
                        anomalies.add(new TextAnomaly(Kind.INVISIBLE, i, next));
                    }
                } else if (Character.getType(cp) == Character.NON_SPACING_MARK || Character.getType(cp) == Character.ENCLOSING_MARK) {
                    // Accents are folded away later anyway; marks drawn through or around letters disguise them.
                    if (!isUsualAccent(cp)) {
                        anomalies.add(new TextAnomaly(Kind.COMBINING_MARK, i, next));
                    }
                } else if (Character.isSpaceChar(cp)) {
                    append(' ', i, next);
                } else {
                    appendCompatible(cp, i, next);
                }
                i = next;
            }
        }

        /** NFKC of one code point, then the skeleton of each resulting char. */
        private void appendCompatible(int cp, int from, int to) {
            String nfkc = nfkc(cp);
            if (!(nfkc.length() == Character.charCount(cp) && nfkc.codePointAt(0) == cp) && Character.isLetterOrDigit(cp)
                    && cp != 'ª' && cp != 'º') {
                anomalies.add(new TextAnomaly(Kind.COMPATIBILITY_FORM, from, to));
            }
            for (int k = 0; k < nfkc.length(); k++) {
                char c = nfkc.charAt(k);
                char latin = Confusables.latinFor(c);
                if (latin != 0) {
                    anomalies.add(new TextAnomaly(Kind.LOOKALIKE, from, to));
                    c = latin;
                }
                if (Character.isSurrogate(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                    // a combining accent from a decomposed compatibility char, or an astral char left as is
                    if (Character.isSurrogate(c)) {
                        append(c, from, to);
                    }
                    continue;
                }
                append(c, from, to);
            }
        }

        /**
         * NFKC of one code point. Results for the Basic Multilingual Plane are remembered: the same accented letters,
         * curly quotes and emoji recur in every text, and the JDK's normaliser is costly per call.
         */
        private static String nfkc(int cp) {
            if (cp < NFKC_CACHE.length) {
                String cached = NFKC_CACHE[cp];
                if (cached == null) {
                    cached = normalise(cp);
                    NFKC_CACHE[cp] = cached; // a race only computes the same immutable string twice
                }
                return cached;
            }
            return normalise(cp);
        }

        private static String normalise(int cp) {
            String one = new String(Character.toChars(cp));
            return Normalizer.isNormalized(one, Normalizer.Form.NFKC) ? one : Normalizer.normalize(one, Normalizer.Form.NFKC);
        }

        /**
         * A variation selector right after an emoji, or a zero-width joiner between two emoji: how emoji are spelt
         * (❤️, 👨‍👩‍👧), not a disguise. Anywhere else they hide something.
         */
        private boolean harmlessJoiner(int cp, int from, int to) {
            if (cp != 0x200D && !(cp >= 0xFE00 && cp <= 0xFE0F)) {
                return false;
            }
            boolean emojiBefore = from > 0 && isEmoji(input.codePointBefore(from));
            boolean emojiAfter = to < input.length() && isEmoji(input.codePointAt(to));
            return cp == 0x200D ? emojiBefore && emojiAfter : emojiBefore;
        }

        private static boolean isEmoji(int cp) {
            return Character.getType(cp) == Character.OTHER_SYMBOL || (cp >= 0x1F3FB && cp <= 0x1F3FF);
        }

        /** Words (runs of letters in the input) whose letters come from more than one script. */
        private void markMixedScriptWords() {
            int i = 0;
            int n = input.length();
            while (i < n) {
                int cp = input.codePointAt(i);
                if (!Character.isLetter(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                if (cp < 0x80 && asciiWordEnd(i) > 0) {
                    i = asciiWordEnd(i); // an all-ASCII word is all Latin: no script lookups
                    continue;
                }
                int start = i;
                Character.UnicodeScript first = null;
                boolean mixed = false;
                while (i < n) {
                    cp = input.codePointAt(i);
                    if (!Character.isLetter(cp) && !isInvisible(cp)) {
                        break;
                    }
                    if (Character.isLetter(cp)) {
                        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                        if (first == null) {
                            first = script;
                        } else if (script != first) {
                            mixed = true;
                        }
                    }
                    i += Character.charCount(cp);
                }
                if (mixed) {
                    anomalies.add(new TextAnomaly(Kind.MIXED_SCRIPT, start, i));
                }
            }
        }

        /**
         * If the word starting at {@code i} is ASCII letters only up to its end (the next char that is neither a letter
         * nor invisible): that end, else 0.
         */
        private int asciiWordEnd(int i) {
            int n = input.length();
            int k = i;
            while (k < n) {
                char c = input.charAt(k);
                if (c < 0x80) {
                    if (!Character.isLetter(c)) {
                        return k;
                    }
                    k++;
                } else {
                    int cp = input.codePointAt(k);
                    return Character.isLetter(cp) || isInvisible(cp) ? 0 : k;
                }
            }
            return k;
        }

        /** Leetspeak, spelt-out words, words hyphenated over a line break and single line breaks, on the pass-1 chars. */
        private void acrossChars(String s, int[] s1, int[] e1) {
            out.setLength(0);
            int n = s.length();
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                int spelt = speltWordEnd(s, i);
                if (spelt > 0) {
                    anomalies.add(new TextAnomaly(Kind.SPACED_LETTERS, s1[i], e1[spelt - 1]));
                    for (int k = i; k < spelt; k++) {
                        if (Character.isLetter(s.charAt(k))) {
                            append(s.charAt(k), s1[k], e1[k]);
                        }
                    }
                    i = spelt;
                    continue;
                }
                if (c == '-' && i > 0 && Character.isLetter(s.charAt(i - 1))) {
                    int k = i + 1;
                    while (k < n && s.charAt(k) == ' ') {
                        k++;
                    }
                    if (k < n && s.charAt(k) == '\n') {
                        int m = k + 1;
                        while (m < n && s.charAt(m) == ' ') {
                            m++;
                        }
                        if (m < n && Character.isLowerCase(s.charAt(m))) {
                            anomalies.add(new TextAnomaly(Kind.BROKEN_WORD, s1[i], e1[m - 1]));
                            i = m;
                            continue;
                        }
                    }
                }
                if (c == '\n' && singleLineBreak(s, i)) {
                    append(' ', s1[i], e1[i]);
                    i++;
                    continue;
                }
                char leet = leetLetter(s, i);
                if (leet != 0) {
                    anomalies.add(new TextAnomaly(Kind.LEETSPEAK, s1[i], e1[i]));
                    append(leet, s1[i], e1[i]);
                    i++;
                    continue;
                }
                append(c, s1[i], e1[i]);
                i++;
            }
        }

        /** A line break with no other line break in the whitespace around it. */
        private static boolean singleLineBreak(String s, int i) {
            for (int k = i - 1; k >= 0 && Character.isWhitespace(s.charAt(k)); k--) {
                if (s.charAt(k) == '\n') {
                    return false;
                }
            }
            for (int k = i + 1; k < s.length() && Character.isWhitespace(s.charAt(k)); k++) {
                if (s.charAt(k) == '\n') {
                    return false;
                }
            }
            return true;
        }

        /**
         * A digit (or $) inside a word, read as the letter it imitates: 0 o, 1 i, 3 e, 4 a, 5 s, 7 t. The digit may be
         * one of a short run of such digits ("r00t", "b00ked"), as long as the run has a letter on each side.
         */
        private static char leetLetter(String s, int i) {
            char letter = imitatedLetter(s.charAt(i));
            if (letter == 0) {
                return 0;
            }
            int from = i;
            while (from > 0 && i - from < MAX_LEET_RUN && imitatedLetter(s.charAt(from - 1)) != 0) {
                from--;
            }
            int to = i + 1;
            while (to < s.length() && to - from < MAX_LEET_RUN && imitatedLetter(s.charAt(to)) != 0) {
                to++;
            }
            if (from == 0 || to >= s.length()) {
                return 0;
            }
            return Character.isLetter(s.charAt(from - 1)) && Character.isLetter(s.charAt(to)) ? letter : 0;
        }

        /**
         * If a word spelt letter by letter starts at {@code i} ("p a t i e n t", "p.a.t.i.e.n.t", "p-a-t-i-e-n-t"): the
         * index after its last letter, else 0. The separator must be the same between all letters.
         */
        private static int speltWordEnd(String s, int i) {
            int n = s.length();
            if (!Character.isLetter(s.charAt(i)) || (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1)))) {
                return 0;
            }
            if (i + 1 >= n || Character.isLetterOrDigit(s.charAt(i + 1))) {
                return 0;
            }
            char separator = s.charAt(i + 1);
            if (separator != ' ' && separator != '.' && separator != '-' && separator != '_' && separator != '*') {
                return 0;
            }
            int letters = 1;
            int k = i + 1;
            while (k + 1 < n && s.charAt(k) == separator && Character.isLetter(s.charAt(k + 1))
                    && (k + 2 >= n || !Character.isLetterOrDigit(s.charAt(k + 2)))) {
                letters++;
                k += 2;
            }
            return letters >= SPACED_RUN ? k : 0;
        }

        private static List<TextAnomaly> mergeAdjacent(List<TextAnomaly> sorted) {
            List<TextAnomaly> merged = new ArrayList<>(sorted.size());
            for (TextAnomaly a : sorted) {
                if (!merged.isEmpty()) {
                    TextAnomaly last = merged.get(merged.size() - 1);
                    if (last.kind() == a.kind() && a.start() <= last.end()) {
                        merged.set(merged.size() - 1, new TextAnomaly(a.kind(), last.start(), Math.max(last.end(), a.end())));
                        continue;
                    }
                }
                merged.add(a);
            }
            return merged;
        }
    }

    /** Chars that render as nothing: format chars (Cf) and the blank fillers some fonts draw empty. */
    static boolean isInvisible(int cp) {
        if (cp < 0xAD) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.FORMAT
                || cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** Grave, acute, circumflex, tilde, diaeresis and cedilla: the accents of English and Spanish, written decomposed. */
    private static boolean isUsualAccent(int cp) {
        return cp == 0x0300 || cp == 0x0301 || cp == 0x0302 || cp == 0x0303 || cp == 0x0308 || cp == 0x0327;
    }
}
