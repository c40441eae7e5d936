package com.safereply.core.text;

import com.safereply.core.model.TextAnomaly;
import com.safereply.core.model.TextAnomaly.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each trick a writer can use to hide a word from a keyword check, read back as the word a person sees. */
class NormalisedTextTest {

    private static Set<Kind> kinds(NormalisedText n) {
        return n.anomalies().stream().map(TextAnomaly::kind).collect(Collectors.toSet());
    }

    @Test
    void plainAsciiIsLeftAloneAndHasNoAnomalies() {
        String text = "Thanks for reaching out! Please call us at 555-0100 (Mon-Fri 8am-5pm).";
        NormalisedText n = NormalisedText.of(text);
        assertSame(text, n.text());
        assertEquals(List.of(), n.anomalies());
        assertEquals(10, n.originalStart(10));
    }

    @Test
    void cyrillicLettersInsideALatinWordAreReadAsLatinAndMarkedAsMixedScript() {
        NormalisedText n = NormalisedText.of("our loyal р\u0430tient"); // Cyrillic р and а
        assertEquals("our loyal patient", n.text());
        assertTrue(kinds(n).containsAll(Set.of(Kind.LOOKALIKE, Kind.MIXED_SCRIPT)), n.anomalies().toString());
        TextAnomaly mixed = n.anomalies().stream().filter(a -> a.kind() == Kind.MIXED_SCRIPT).findFirst().orElseThrow();
        assertEquals(10, mixed.start());
        assertEquals(17, mixed.end());
    }

    @Test
    void greekCapitalsAreReadAsLatin() {
        NormalisedText n = NormalisedText.of("\u0391ppointment Τuesday"); // Greek Alpha, Tau
        assertEquals("Appointment Tuesday", n.text());
        assertTrue(kinds(n).contains(Kind.LOOKALIKE));
    }

    @Test
    void mathsBoldLettersAreReadAsPlainLettersAndSpansCoverBothSurrogates() {
        String bold = "𝐩𝐚𝐭𝐢𝐞𝐧𝐭"; // 7 letters, 14 chars
        NormalisedText n = NormalisedText.of("a " + bold + "!");
        assertEquals("a patient!", n.text());
        assertEquals(Set.of(Kind.COMPATIBILITY_FORM), kinds(n));
        assertEquals(2, n.originalStart(2));
        assertEquals(16, n.originalEnd(9), "the end of the word maps past the last surrogate pair");
        assertEquals(16, n.originalStart(9));
    }

    @Test
    void fullWidthDigitsAndLettersAreReadAsAscii() {
        NormalisedText n = NormalisedText.of("call ９１１ ｎｏｗ");
        assertEquals("call 911 now", n.text());
        assertEquals(Set.of(Kind.COMPATIBILITY_FORM), kinds(n));
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"200B", "200C", "200D", "2060", "FEFF", "00AD", "202E", "202A", "2066", "2069", "180E", "034F"})
    void invisibleCharsInsideAKeywordAreRemovedAndPointedAt(String hex) {
        char invisible = (char) Integer.parseInt(hex, 16);
        String text = "loyal pa" + invisible + "tient";
        NormalisedText n = NormalisedText.of(text);
        assertEquals("loyal patient", n.text());
        assertTrue(n.anomalies().contains(new TextAnomaly(Kind.INVISIBLE, 8, 9)), n.anomalies().toString());
        // "patient" in the normalised text maps back to the whole word as written, invisible char included
        assertEquals(6, n.originalStart(6));
        assertEquals(text.length(), n.originalEnd(13));
    }

    @Test
    void emojiJoinersAndVariationSelectorsAreNotDisguises() {
        assertEquals(List.of(), NormalisedText.of("Thanks ❤\uFE0F").anomalies());
        assertEquals(List.of(), NormalisedText.of("👨\u200D👩\u200D👧").anomalies());
        assertEquals(Kind.INVISIBLE, NormalisedText.of("pa\u200Dtient").anomalies().get(0).kind());
    }

    @Test
    void aSingleLineBreakInsideAPhraseIsFoldedButABlankLineStillSeparates() {
        assertEquals("your next appointment", NormalisedText.of("your next\nappointment").text());
        assertEquals("Thanks.\n\nCall us.", NormalisedText.of("Thanks.\n\nCall us.").text());
        assertEquals(List.of(), NormalisedText.of("your next\nappointment").anomalies(), "a line break hides nothing");
    }

    @Test
    void aWordHyphenatedOverALineBreakIsJoined() {
        NormalisedText n = NormalisedText.of("your appoint-\nment");
        assertEquals("your appointment", n.text());
        assertEquals(Set.of(Kind.BROKEN_WORD), kinds(n));
    }

    @Test
    void digitsUsedAsLettersInsideAWordAreReadAsLetters() {
        NormalisedText n = NormalisedText.of("our l0yal p4t1ent");
        assertEquals("our loyal patient", n.text());
        assertEquals(Set.of(Kind.LEETSPEAK), kinds(n));
        assertEquals("call 911 or 555-0100 at 8am", NormalisedText.of("call 911 or 555-0100 at 8am").text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a p-a-t-i-e-n-t|a patient", "the p a t i e n t here|the patient here",
            "the p.a.t.i.e.n.t|the patient", "A & E is open|A & E is open"})
    void wordsSpeltLetterByLetterAreJoined(String written, String read) {
        assertEquals(read, NormalisedText.of(written).text());
    }

    @Test
    void strikeThroughMarksAreRemovedAndFlaggedButSpanishAccentsAreNot() {
        NormalisedText struck = NormalisedText.of("p\u0336a\u0336t\u0336ient");
        assertEquals("patient", struck.text());
        assertEquals(Set.of(Kind.COMBINING_MARK), kinds(struck));
        NormalisedText accents = NormalisedText.of("su próxima cita, mañana, Ruíz, cafe\u0301");
        assertEquals(List.of(), accents.anomalies());
    }
}
