package com.safereply.core.guard;

import com.safereply.core.text.NormalisedText;
import com.safereply.core.text.Texts;

import java.util.Arrays;
import java.util.Set;

/**
 * A text split once into folded word tokens and sentences, so every rule works on the same cheap index instead of
 * re-scanning the string. Offsets are offsets into the normalised text ({@link NormalisedText}: NFKC, look-alikes,
 * invisible chars removed); {@link #originalStart} and {@link #originalEnd} map them back to the text as written.
 * {@link Texts#fold} is one char for one char, so folded offsets are normalised offsets.
 */
final class AnalysedText {

    /** Words after which a full stop does not end a sentence ("Dr. Smith", "8 a.m. on"). */
    private static final Set<String> ABBREVIATIONS = Words.of(
            "dr", "dra", "dres", "lic", "prof", "mr", "mrs", "ms", "mx", "sr", "sra", "srta", "st", "vs", "e.g", "i.e", "a.m", "p.m", "approx",
            "dept", "ext", "jr");
    /** Length of the longest entry in {@link #ABBREVIATIONS}: a longer word before a full stop cannot be one. */
    private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);
    /** {@link #ABBREVIATIONS} by length: index {@code k} holds those of length k. */
    private static final String[][] ABBREVIATIONS_BY_LENGTH = new String[LONGEST_ABBREVIATION + 1][];

    static {
        for (int k = 0; k <= LONGEST_ABBREVIATION; k++) {
            int length = k;
            ABBREVIATIONS_BY_LENGTH[k] = ABBREVIATIONS.stream().filter(a -> a.length() == length).toArray(String[]::new);
        }
    }

    /** The text as a reader reads it ({@link NormalisedText}): every rule works on this. */
    final String text;
    /** The text as given, before sanitising: violation spans are cut from this so they are exactly the draft's text. */
    final String original;
    /** Maps offsets in {@link #text} back to {@link #original}, and lists what was hidden or disguised. */
    final NormalisedText normalised;
    final String folded;
    private final int[] tokenStart;
    private final int[] tokenEnd;
    private final String[] tokens;
    private final int[] tokenSentence;
    private final int tokenCount;
    private final int[] sentenceStart;
    private final int[] sentenceEnd;
    private final int[] sentenceFirstToken;
    private final int sentenceCount;

    private AnalysedText(NormalisedText normalised, String original) {
        this.normalised = normalised;
        this.text = normalised.text();
        this.original = original;
        this.folded = Texts.fold(text);
        int n = folded.length();
        int[] ts = new int[16];
        int[] te = new int[16];
        int count = 0;
        // Chars that may end a sentence, noted while tokenising (they are never word chars) so the sentence split
        // below visits only these instead of every char again.
        int[] stops = new int[8];
        int stopCount = 0;
        int i = 0;
        while (i < n) {
            char c = folded.charAt(i);
            if (!isLetterOrDigit(c)) {
                if (c == '.' || c == '\n' || c == '!' || c == '?' || c == '\u2026') {
                    if (stopCount == stops.length) {
                        stops = Arrays.copyOf(stops, stopCount * 2);
                    }
                    stops[stopCount++] = i;
                }
                i++;
                continue;
            }
            int s = i;
            while (i < n && isWordChar(folded, i)) {
                i++;
            }
            if (count == ts.length) {
                ts = Arrays.copyOf(ts, count * 2);
                te = Arrays.copyOf(te, count * 2);
            }
            ts[count] = s;
            te[count] = i;
            count++;
        }
        this.tokenCount = count;
        this.tokenStart = ts;
        this.tokenEnd = te;
        this.tokens = new String[count];
        for (int t = 0; t < count; t++) {
            tokens[t] = folded.substring(ts[t], te[t]);
        }
        this.tokenSentence = new int[count];

        int[] ss = new int[8];
        int[] se = new int[8];
        int[] sft = new int[8];
        int sentences = 0;
        int start = 0;
        int tokenCursor = 0;
        for (int k = 0; k <= stopCount; k++) {
            int p = k < stopCount ? stops[k] : n;
            if (p < n && !endsSentence(p)) {
                continue;
            }
            int end = p < n ? p + 1 : n;
            if (hasContent(start, end)) {
                if (sentences == ss.length) {
                    ss = Arrays.copyOf(ss, sentences * 2);
                    se = Arrays.copyOf(se, sentences * 2);
                    sft = Arrays.copyOf(sft, sentences * 2);
                }
                ss[sentences] = start;
                se[sentences] = end;
                sft[sentences] = tokenCursor;
                while (tokenCursor < count && tokenStart[tokenCursor] < end) {
                    tokenSentence[tokenCursor++] = sentences;
                }
                sentences++;
            }
            start = end;
        }
        this.sentenceStart = ss;
        this.sentenceEnd = se;
        this.sentenceFirstToken = sft;
        this.sentenceCount = sentences;
    }

    /** Sanitises and indexes a text; null and empty give an empty index. */
    static AnalysedText of(String raw) {
        // sanitize swaps chars one for one (or cuts a tail), so offsets into its result are offsets into raw
        return new AnalysedText(NormalisedText.of(Texts.sanitize(raw)), raw == null ? "" : raw);
    }

    /** {@link Character#isLetterOrDigit(char)} with an ASCII fast path: nearly every char of a draft is ASCII. */
    private static boolean isLetterOrDigit(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetterOrDigit(c);
    }

    private static boolean isWordChar(String s, int i) {
        char c = s.charAt(i);
        if (isLetterOrDigit(c)) {
            return true;
        }
        // keep contractions ("don't", "we'll") and "a&e" as one token
        return (c == '\'' || c == '&') && i > 0 && i + 1 < s.length()
                && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i + 1));
    }

    private boolean endsSentence(int p) {
        char c = folded.charAt(p);
        if (isLetterOrDigit(c) || c == ' ') {
            return false; // the common case, decided without the checks below
        }
        if (c == '\n' || c == '!' || c == '?' || c == '\u2026') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        if (p + 1 < folded.length() && !Character.isWhitespace(folded.charAt(p + 1))
                && folded.charAt(p + 1) != '"' && folded.charAt(p + 1) != ')') {
            return false; // "1.5", "e.g", "example.com"
        }
        // Walk back over the word before the stop, but no further than the longest abbreviation: long runs of letters
        // (and "a.a.a.…") would otherwise cost a substring and a hash per full stop.
        int w = p;
        while (w > 0 && p - w <= LONGEST_ABBREVIATION
                && (Character.isLetter(folded.charAt(w - 1)) || folded.charAt(w - 1) == '.')) {
            w--;
        }
        return p - w > LONGEST_ABBREVIATION || !isAbbreviation(w, p);
    }

    /** Whether folded[from, to) is one of {@link #ABBREVIATIONS}, compared in place (no substring, no hash). */
    private boolean isAbbreviation(int from, int to) {
        for (String abbreviation : ABBREVIATIONS_BY_LENGTH[to - from]) {
            if (folded.startsWith(abbreviation, from)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasContent(int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(folded.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Offset in {@link #original} of normalised offset {@code i}. */
    int originalStart(int i) {
        return normalised.originalStart(i);
    }

    /** Offset in {@link #original} just after a span ending (exclusive) at normalised offset {@code i}. */
    int originalEnd(int i) {
        return normalised.originalEnd(i);
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    int tokenCount() {
        return tokenCount;
    }

    String token(int t) {
        return tokens[t];
    }

    /** The token at {@code t}, or "" outside the text: lets callers peek at neighbours without bounds checks. */
    String tokenOrEmpty(int t) {
        return t >= 0 && t < tokenCount ? tokens[t] : "";
    }

    int tokenStart(int t) {
        return tokenStart[t];
    }

    int tokenEnd(int t) {
        return tokenEnd[t];
    }

    /**
     * Whether the token was written with a digit that normalisation read as a letter ("A1C" reads "AiC"): a code or a
     * lab name, never a person's name.
     */
    boolean writtenWithDigit(int t) {
        int from = originalStart(tokenStart[t]);
        int to = originalEnd(tokenEnd[t]);
        for (int i = from; i < to && i < original.length(); i++) {
            if (Character.isDigit(original.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The token as written (original case). */
    String originalToken(int t) {
        return text.substring(tokenStart[t], tokenEnd[t]);
    }

    int sentenceOfToken(int t) {
        return tokenSentence[t];
    }

    int sentenceCount() {
        return sentenceCount;
    }

    int sentenceStart(int s) {
        return sentenceStart[s];
    }

    int sentenceEnd(int s) {
        return sentenceEnd[s];
    }

    int sentenceFirstToken(int s) {
        return sentenceFirstToken[s];
    }

    /** Exclusive end token index of sentence {@code s}. */
    int sentenceEndToken(int s) {
        return s + 1 < sentenceCount ? sentenceFirstToken[s + 1] : tokenCount;
    }

    /** The sentence containing char offset {@code offset} (the last sentence for offsets past the end). */
    int sentenceAt(int offset) {
        int lo = 0;
        int hi = sentenceCount - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentenceStart[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Words of the text split on whitespace, for the brevity count. */
    int wordCount() {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
