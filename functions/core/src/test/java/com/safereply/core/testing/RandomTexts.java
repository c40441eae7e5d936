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
}
