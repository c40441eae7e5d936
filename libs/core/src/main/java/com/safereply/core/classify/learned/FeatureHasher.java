package com.safereply.core.classify.learned;

import com.safereply.core.classify.RuleCues;

import java.util.Arrays;

/**
 * Turns a comment's folded tokens and the rules' cues into one sparse vector: hashed word unigrams and bigrams,
 * hashed character 3-5-grams of each word (robust to typos and texting forms: "killmyself", "suicidr"), then the
 * cues in fixed slots after the hashed space (the {@link RuleCues} for triage). Digits are read as 0 so "3 hours" and "5 hours" share
 * features. Counts are log-damped and the hashed part is L2-normalised, so short and long comments weigh alike.
 *
 * <p>Deterministic across JVMs (the hash is written out here, not {@code String.hashCode} of built strings) and
 * allocation-light: no substring is ever built. Only the first {@link #MAX_TOKENS} tokens are read; risk language
 * further on is still seen by the rules, which read every token.
 */
public final class FeatureHasher {

    public static final int MAX_TOKENS = 2_000;
    private static final int MAX_WORD_CHARS = 32;
    private static final int SEED_WORD = 0x2f0b3c11;
    private static final int SEED_BIGRAM = 0x5bd1e995;
    private static final int[] SEED_CHARS = {0, 0, 0, 0x1b873593, 0x7feb352d, 0x68e31da4};
    private static final int BOUNDARY = 0x3c3e;

    private final int bits;
    private final int mask;
    private final int cueSlots;

    /** A hasher with one slot per {@link RuleCues} cue after the hashed space: the triage model's features. */
    public FeatureHasher(int bits) {
        this(bits, RuleCues.COUNT);
    }

    /** A hasher with {@code cueSlots} dense slots after the hashed space, for a model with cues of its own. */
    public FeatureHasher(int bits, int cueSlots) {
        if (bits < 10 || bits > 24) {
            throw new IllegalArgumentException("hash bits must be 10..24, was " + bits);
        }
        if (cueSlots < 0) {
            throw new IllegalArgumentException("cue slots must not be negative, was " + cueSlots);
        }
        this.bits = bits;
        this.mask = (1 << bits) - 1;
        this.cueSlots = cueSlots;
    }

    public int bits() {
        return bits;
    }

    /** Hashed slots plus the cue slots. */
    public int dimensions() {
        return (1 << bits) + cueSlots;
    }

    public SparseVector features(String[] tokens, float[] cues) {
        int n = Math.min(tokens.length, MAX_TOKENS);
        int[] hashes = new int[Math.max(16, n * 16)];
        int count = 0;
        int previous = BOUNDARY;
        for (int t = 0; t < n; t++) {
            String token = tokens[t];
            int word = wordHash(token);
            hashes = ensure(hashes, count + 2 + 3 * MAX_WORD_CHARS);
            hashes[count++] = mix(word ^ SEED_WORD) & mask;
            hashes[count++] = mix(previous * 31 + word ^ SEED_BIGRAM) & mask;
            count = charGrams(token, hashes, count);
            previous = word;
        }
        hashes = ensure(hashes, count + 1);
        if (n > 0) {
            hashes[count++] = mix(previous * 31 + BOUNDARY ^ SEED_BIGRAM) & mask;
        }
        return assemble(hashes, count, cues);
    }

    private SparseVector assemble(int[] hashes, int count, float[] cues) {
        Arrays.sort(hashes, 0, count);
        int cueCount = 0;
        for (float c : cues) {
            if (c != 0f) {
                cueCount++;
            }
        }
        int[] indices = new int[count + cueCount];
        float[] values = new float[count + cueCount];
        int distinct = 0;
        double norm = 0;
        for (int i = 0; i < count; ) {
            int j = i;
            while (j < count && hashes[j] == hashes[i]) {
                j++;
            }
            float v = (float) Math.log1p(j - i);
            indices[distinct] = hashes[i];
            values[distinct] = v;
            norm += v * v;
            distinct++;
            i = j;
        }
        if (norm > 0) {
            float scale = (float) (1.0 / Math.sqrt(norm));
            for (int i = 0; i < distinct; i++) {
                values[i] *= scale;
            }
        }
        int size = distinct;
        int base = 1 << bits;
        for (int c = 0; c < cues.length && c < cueSlots; c++) {
            if (cues[c] != 0f) {
                indices[size] = base + c;
                values[size] = cues[c];
                size++;
            }
        }
        return new SparseVector(Arrays.copyOf(indices, size), Arrays.copyOf(values, size));
    }

    /** Character 3-, 4- and 5-grams of "<word>", for words (emoji tokens have none). */
    private int charGrams(String token, int[] out, int count) {
        int length = Math.min(token.length(), MAX_WORD_CHARS);
        if (length == 0 || !Character.isLetterOrDigit(token.charAt(0))) {
            return count;
        }
        int padded = length + 2;
        for (int size = 3; size <= 5; size++) {
            for (int start = 0; start + size <= padded; start++) {
                int h = SEED_CHARS[size];
                for (int k = start; k < start + size; k++) {
                    h = (h ^ charAt(token, k, length)) * 0x01000193;
                }
                out[count++] = mix(h) & mask;
            }
        }
        return count;
    }

    /** The padded word's k-th char: '<' before it, '>' after it, digits as '0'. */
    private static char charAt(String token, int k, int length) {
        if (k == 0) {
            return '<';
        }
        if (k == length + 1) {
            return '>';
        }
        char c = token.charAt(k - 1);
        return c >= '0' && c <= '9' ? '0' : c;
    }

    private static int wordHash(String token) {
        int h = 0x811c9dc5;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            h = (h ^ (c >= '0' && c <= '9' ? '0' : c)) * 0x01000193;
        }
        return h;
    }

    /** MurmurHash3's finaliser: spreads FNV's low bits over the whole word before masking. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    private static int[] ensure(int[] array, int size) {
        return size <= array.length ? array : Arrays.copyOf(array, Math.max(size, array.length * 2));
    }
}
