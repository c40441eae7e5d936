package com.safereply.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class BrokenTextTest {

    @Test
    void namesWhatIsBroken() {
        assertEquals(Optional.of("a lone surrogate"), BrokenText.problem("ok \ud800 then"));
        assertEquals(Optional.of("a lone surrogate"), BrokenText.problem("\udc00"));
        assertEquals(Optional.of("a lone surrogate"), BrokenText.problem("ends high \ud83d"));
        assertEquals(Optional.of("a NUL character"), BrokenText.problem("a\0b"));
        assertEquals(Optional.of("a control character"), BrokenText.problem("bell\u0007"));
        assertEquals(Optional.of("a control character"), BrokenText.problem("c1\u0085"));
    }

    @Test
    void acceptsRealText() {
        assertEquals(Optional.empty(), BrokenText.problem("Thanks! \ud83d\ude00 Línea 1\nline\t2\r\n¿Mañana?"));
        assertEquals(Optional.empty(), BrokenText.problem(""));
        assertEquals(Optional.empty(), BrokenText.problem(null));
    }

    @Test
    void rendersStoredLoneSurrogatesAsReplacementCharacters() {
        assertEquals("a\uFFFDb\ud83d\ude00\uFFFD", BrokenText.renderable("a\ud800b\ud83d\ude00\udc00"));
        String fine = "nothing to do \ud83d\ude00";
        assertEquals(fine, BrokenText.renderable(fine));
    }
}
