package com.safereply.core.text;

import com.safereply.core.testing.RandomTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class StyledLettersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "𝙞 𝙩𝙤𝙤𝙠 𝙖𝙡𝙡 𝙢𝙮 𝙥𝙞𝙡𝙡𝙨          | i took all my pills",   // sans-serif bold italic
            "𝐈 𝐍𝐄𝐄𝐃 𝐇𝐄𝐋𝐏                  | I NEED HELP",           // bold
            "ℎ𝑒𝑙𝑝 𝑚𝑒                        | help me",               // italic, whose h is the letter-like ℎ
            "𝓰𝓸𝓸𝓭𝓫𝔂𝓮 𝓮𝓿𝓮𝓻𝔂𝓸𝓷𝓮             | goodbye everyone",      // bold script
            "ℬ𝓎ℯ                            | Bye",                   // script with its letter-like gaps
            "ⓒⓐⓝ ⓘ ⓑⓞⓞⓚ                     | can i book",            // circled
            "🅸 🅲🅰🅽🆃 🅱🆁🅴🅰🆃🅷🅴             | I CANT BREATHE",        // negative squared
            "🅗🅔🅛🅟                          | HELP",                  // negative circled
            "🄰🄼🄱🅄🄻🄰🄽🄲🄴                    | AMBULANCE",             // squared
            "ｍｙ ｃｈｅｓｔ ｈｕｒｔｓ！       | my chest hurts!",       // fullwidth
            "ɪ ᴄᴀɴ'ᴛ ʙʀᴇᴀᴛʜᴇ                | i can't breathe",       // small capitals
            "ʰᵉˡᵖ                            | help",                  // superscript
            "cita el ⑫ de mayo               | cita el 12 de mayo",
    })
    void styledLettersReadAsPlainOnes(String styled, String plain) {
        assertEquals(plain, StyledLetters.plain(styled));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Waited two hours, never again", "¿Puedo pedir cita para mañana? Gracias 🙏", "niño con fiebre de 39°C",
            "Спасибо доктору", "Tylenol™ 500 mg, prescription № 4521", "see note ⒜ and step 1.", "", "😭😭😭 💔"})
    void plainTextsAndOtherSymbolsAreLeftAsWritten(String text) {
        assertEquals(text, StyledLetters.plain(text));
    }

    @Test
    void asciiAndLatinTextComesBackAsTheSameString() {
        String text = "Mi hijo tiene fiebre y tos desde el lunes, ¿qué hago?";

        assertSame(text, StyledLetters.plain(text));
    }

    @Test
    void nullStaysNull() {
        assertEquals(null, StyledLetters.plain(null));
    }

    @Test
    void anyTextIsReadOnceAndForAll() {
        RandomTexts texts = new RandomTexts(7);
        for (int i = 0; i < 10_000; i++) {
            String once = StyledLetters.plain(Texts.sanitize(texts.next(200)));
            assertEquals(once, StyledLetters.plain(once), "input #" + i + " (seed 7): a styled letter left behind");
        }
    }
}
