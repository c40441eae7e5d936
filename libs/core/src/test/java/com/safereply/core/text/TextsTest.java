package com.safereply.core.text;

import com.safereply.core.testing.RandomTexts;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextsTest {

    @Test
    void loneSurrogatesBecomeReplacementCharactersAndPairsSurvive() {
        String text = "ok \uD83D\uDE00 bad \uD83D x \uDE00";

        assertEquals("ok \uD83D\uDE00 bad \uFFFD x \uFFFD", Texts.sanitize(text));
    }

    @Test
    void controlCharactersBecomeSpacesButNewlinesStay() {
        assertEquals("a b\nc\td\ne", Texts.sanitize("a\u0000b\nc\td\re"));
    }

    @Test
    void longTextIsCutWithoutSplittingASurrogatePair() {
        String text = "a".repeat(Texts.MAX_ANALYSED_CHARS - 1) + "\uD83D\uDE00tail";

        String sanitized = Texts.sanitize(text);

        assertEquals(Texts.MAX_ANALYSED_CHARS - 1, sanitized.length());
    }

    @Test
    void nullAndEmptyGiveEmpty() {
        assertEquals("", Texts.sanitize(null));
        assertEquals("", Texts.sanitize(""));
    }

    @Test
    void foldLowercasesStripsAccentsAndStraightensQuotes() {
        assertEquals("i can't breathe - dolor en el pecho, nino", Texts.fold("I CAN\u2019T BREATHE \u2014 Dolor en el pécho, niño"));
        assertEquals("i won't be here", Texts.fold("I won`t be here"), "a backtick typed for an apostrophe");
    }

    @Test
    void foldKeepsLengthSoOffsetsMapBack() {
        RandomTexts texts = new RandomTexts(42);
        for (int i = 0; i < 10_000; i++) {
            String any = texts.next(200);
            assertEquals(any.length(), Texts.fold(any).length(), "input #" + i + " (seed 42)");
        }
    }

    @Test
    void sanitizeNeverGrowsAndLeavesNoLoneSurrogateOrControlCharacter() {
        RandomTexts texts = new RandomTexts(7);
        for (int i = 0; i < 10_000; i++) {
            String input = texts.next(200);
            String sanitized = Texts.sanitize(input);
            assertTrue(sanitized.length() <= input.length(), "input #" + i);
            for (int c = 0; c < sanitized.length(); c++) {
                char ch = sanitized.charAt(c);
                if (Character.isHighSurrogate(ch)) {
                    assertTrue(c + 1 < sanitized.length() && Character.isLowSurrogate(sanitized.charAt(++c)), "input #" + i);
                } else {
                    assertTrue(!Character.isLowSurrogate(ch), "input #" + i);
                    assertTrue(!Character.isISOControl(ch) || ch == '\n' || ch == '\t', "input #" + i);
                }
            }
        }
    }
}
