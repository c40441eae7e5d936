package com.safereply.core.testing;

import java.util.Random;

/**
 * Seeded generators of hostile text for property-style tests: arbitrary UTF-16 (lone surrogates included), control
 * characters, emoji, accented letters, lexicon fragments. Seeded so a failure reproduces; the seed is in the message.
 */
public final class RandomTexts {

    private static final String[] FRAGMENTS = {
            "your visit", "chest pain", "911", "999", "988", "555-0100", "Dr. Smith", "last Tuesday", "we'll call you",
            "root canal", "Aetna", "$200", "suicide", "sounds like", "no record of", "DM us", "🙄", "lol", "Hola",
            "sala de emergencias", "A&E", "http://x.example/?id=1234", "#123456", "24/7", "If ", ". ", "\n", "!!!"};

    private final Random random;

    public RandomTexts(long seed) {
        this.random = new Random(seed);
    }

    /** A text of up to {@code maxLength} chars mixing every kind of hostile input. */
    public String next(int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length + 32);
        while (text.length() < length) {
            switch (random.nextInt(7)) {
                case 0 -> text.append((char) random.nextInt(0x10000)); // any UTF-16 unit, lone surrogates included
                case 1 -> text.append((char) random.nextInt(0x20));   // control characters
                case 2 -> text.appendCodePoint(0x1F600 + random.nextInt(80)); // emoji
                case 3 -> text.append("áéíóúñü¿¡".charAt(random.nextInt(9)));
                case 4 -> text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                default -> text.append((char) (' ' + random.nextInt(95))); // printable ASCII
            }
        }
        return text.toString();
    }

    /** Only emoji: single code points, skin tones, ZWJ families, flags and variation selectors, up to {@code maxUnits} chars. */
    public String emojiOnly(int maxUnits) {
        int length = 1 + random.nextInt(Math.max(1, maxUnits));
        StringBuilder text = new StringBuilder(length + 16);
        while (text.length() < length) {
            switch (random.nextInt(5)) {
                case 0 -> text.appendCodePoint(0x1F300 + random.nextInt(0x300));
                case 1 -> text.appendCodePoint(0x1F44D).appendCodePoint(0x1F3FB + random.nextInt(5)); // thumbs up, skin tone
                case 2 -> text.append("👨\u200D👩\u200D👧\u200D👦"); // a ZWJ family
                case 3 -> text.appendCodePoint(0x1F1E6 + random.nextInt(26)).appendCodePoint(0x1F1E6 + random.nextInt(26)); // flag
                default -> text.append("\u2764\uFE0F"); // heart with variation selector
            }
        }
        return text.toString();
    }

    /** A text of exactly {@code length} chars: lexicon fragments and noise, for the size limits. */
    public String huge(int length) {
        StringBuilder text = new StringBuilder(length + 64);
        while (text.length() < length) {
            text.append(next(200)).append(' ');
        }
        text.setLength(length);
        return text.toString();
    }
}
