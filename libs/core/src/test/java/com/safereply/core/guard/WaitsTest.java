package com.safereply.core.guard;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Lengths of time read from tokens: digits or number words, a blank or one hyphen, a unit in English or Spanish. */
class WaitsTest {

    private static List<String> keys(String text) {
        return Waits.find(AnalysedText.of(text)).stream().map(Waits.Wait::key).toList();
    }

    @Test
    void digitsAndWordsInEitherLanguageGiveTheSameKey() {
        assertEquals(List.of("3 hour", "2 week"), keys("a 3-hour wait, then two weeks more"));
        assertEquals(List.of("3 hour", "1 month"), keys("tres horas y un mes"));
        assertEquals(List.of("40 minute"), keys("waited 40 mins"));
    }

    @Test
    void otherSeparatorsAndLongDigitRunsAreNotWaits() {
        assertEquals(List.of(), keys("call 3, hours are 8-6"));
        assertEquals(List.of(), keys("ref 123456 days"));
        assertEquals(List.of(), keys("99999999999 months"));
    }
}
