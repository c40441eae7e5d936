package com.safereply.coldstart;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StatsTest {

    @Test
    void medianOfAnOddSampleIsTheMiddleValueWhateverTheOrder() {
        Stats stats = Stats.of(List.of(900.0, 610.0, 1500.0, 640.0, 700.0));
        assertEquals(700.0, stats.median());
        assertEquals(610.0, stats.min());
        assertEquals(1500.0, stats.max());
        assertEquals(5, stats.n());
    }

    @Test
    void medianOfAnEvenSampleIsTheMeanOfTheTwoMiddleValues() {
        assertEquals(650.0, Stats.of(List.of(700.0, 600.0, 2000.0, 100.0)).median());
    }

    @Test
    void anEmptySampleHasNoStatistics() {
        assertThrows(IllegalArgumentException.class, () -> Stats.of(List.of()));
    }
}
