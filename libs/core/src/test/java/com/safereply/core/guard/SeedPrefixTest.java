package com.safereply.core.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The literal-prefix gate may only skip places where the seed's regex cannot match. */
class SeedPrefixTest {

    @Test
    void plainStartIsThePrefix() {
        assertEquals("welcome back", SeedScanner.literalPrefix("welcome back\\b"));
        assertEquals("your ", SeedScanner.literalPrefix("your (?:last |recent )?visit\\b"));
    }

    @Test
    void quantifiedCharIsDropped() {
        assertEquals("thank", SeedScanner.literalPrefix("thanks? (?:you )?for\\b"));
        assertEquals("squee", SeedScanner.literalPrefix("squeez*ed"));
        assertEquals("", SeedScanner.literalPrefix("a?b"));
    }

    @Test
    void topLevelAlternationOrGroupStartGivesNoGate() {
        assertEquals("", SeedScanner.literalPrefix("you came|we saw you"));
        assertEquals("", SeedScanner.literalPrefix("(?:when|while) you"));
        assertEquals("you ", SeedScanner.literalPrefix("you (?:came|come)[|]x"));
        assertEquals("", SeedScanner.literalPrefix("ab[|]c|d"));
        assertEquals("", SeedScanner.literalPrefix("ab[a-z&&[^|]]c"));
    }
}
