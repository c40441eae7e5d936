package com.safereply.core.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class StyledLettersTest {

    /** Each generator alphabet, a to z, gaps filled from the letter-like symbols as the generators fill them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bold                   | 𝐚𝐛𝐜𝐝𝐞𝐟𝐠𝐡𝐢𝐣𝐤𝐥𝐦𝐧𝐨𝐩𝐪𝐫𝐬𝐭𝐮𝐯𝐰𝐱𝐲𝐳",
            "italic                 | 𝑎𝑏𝑐𝑑𝑒𝑓𝑔ℎ𝑖𝑗𝑘𝑙𝑚𝑛𝑜𝑝𝑞𝑟𝑠𝑡𝑢𝑣𝑤𝑥𝑦𝑧",
            "bold italic            | 𝒂𝒃𝒄𝒅𝒆𝒇𝒈𝒉𝒊𝒋𝒌𝒍𝒎𝒏𝒐𝒑𝒒𝒓𝒔𝒕𝒖𝒗𝒘𝒙𝒚𝒛",
            "script                 | 𝒶𝒷𝒸𝒹ℯ𝒻ℊ𝒽𝒾𝒿𝓀𝓁𝓂𝓃ℴ𝓅𝓆𝓇𝓈𝓉𝓊𝓋𝓌𝓍𝓎𝓏",
            "bold script            | 𝓪𝓫𝓬𝓭𝓮𝓯𝓰𝓱𝓲𝓳𝓴𝓵𝓶𝓷𝓸𝓹𝓺𝓻𝓼𝓽𝓾𝓿𝔀𝔁𝔂𝔃",
            "fraktur                | 𝔞𝔟𝔠𝔡𝔢𝔣𝔤𝔥𝔦𝔧𝔨𝔩𝔪𝔫𝔬𝔭𝔮𝔯𝔰𝔱𝔲𝔳𝔴𝔵𝔶𝔷",
            "bold fraktur           | 𝖆𝖇𝖈𝖉𝖊𝖋𝖌𝖍𝖎𝖏𝖐𝖑𝖒𝖓𝖔𝖕𝖖𝖗𝖘𝖙𝖚𝖛𝖜𝖝𝖞𝖟",
            "double-struck          | 𝕒𝕓𝕔𝕕𝕖𝕗𝕘𝕙𝕚𝕛𝕜𝕝𝕞𝕟𝕠𝕡𝕢𝕣𝕤𝕥𝕦𝕧𝕨𝕩𝕪𝕫",
            "sans-serif             | 𝖺𝖻𝖼𝖽𝖾𝖿𝗀𝗁𝗂𝗃𝗄𝗅𝗆𝗇𝗈𝗉𝗊𝗋𝗌𝗍𝗎𝗏𝗐𝗑𝗒𝗓",
            "sans-serif bold        | 𝗮𝗯𝗰𝗱𝗲𝗳𝗴𝗵𝗶𝗷𝗸𝗹𝗺𝗻𝗼𝗽𝗾𝗿𝘀𝘁𝘂𝘃𝘄𝘅𝘆𝘇",
            "sans-serif italic      | 𝘢𝘣𝘤𝘥𝘦𝘧𝘨𝘩𝘪𝘫𝘬𝘭𝘮𝘯𝘰𝘱𝘲𝘳𝘴𝘵𝘶𝘷𝘸𝘹𝘺𝘻",
            "sans-serif bold italic | 𝙖𝙗𝙘𝙙𝙚𝙛𝙜𝙝𝙞𝙟𝙠𝙡𝙢𝙣𝙤𝙥𝙦𝙧𝙨𝙩𝙪𝙫𝙬𝙭𝙮𝙯",
            "monospace              | 𝚊𝚋𝚌𝚍𝚎𝚏𝚐𝚑𝚒𝚓𝚔𝚕𝚖𝚗𝚘𝚙𝚚𝚛𝚜𝚝𝚞𝚟𝚠𝚡𝚢𝚣",
            "circled                | ⓐⓑⓒⓓⓔⓕⓖⓗⓘⓙⓚⓛⓜⓝⓞⓟⓠⓡⓢⓣⓤⓥⓦⓧⓨⓩ",
            "fullwidth              | ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ",
            "small capitals         | ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ",
            "superscript            | ᵃᵇᶜᵈᵉᶠᵍʰᶦʲᵏˡᵐⁿᵒᵖqʳˢᵗᵘᵛʷˣʸᶻ",
    })
    void everyLowerCaseAlphabetReadsAToZ(String style, String alphabet) {
        assertEquals("abcdefghijklmnopqrstuvwxyz", StyledLetters.plain(alphabet), style);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bold             | 𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇𝐈𝐉𝐊𝐋𝐌𝐍𝐎𝐏𝐐𝐑𝐒𝐓𝐔𝐕𝐖𝐗𝐘𝐙",
            "script           | 𝒜ℬ𝒞𝒟ℰℱ𝒢ℋℐ𝒥𝒦ℒℳ𝒩𝒪𝒫𝒬ℛ𝒮𝒯𝒰𝒱𝒲𝒳𝒴𝒵",
            "fraktur          | 𝔄𝔅ℭ𝔇𝔈𝔉𝔊ℌℑ𝔍𝔎𝔏𝔐𝔑𝔒𝔓𝔔ℜ𝔖𝔗𝔘𝔙𝔚𝔛𝔜ℨ",
            "double-struck    | 𝔸𝔹ℂ𝔻𝔼𝔽𝔾ℍ𝕀𝕁𝕂𝕃𝕄ℕ𝕆ℙℚℝ𝕊𝕋𝕌𝕍𝕎𝕏𝕐ℤ",
            "circled          | ⒶⒷⒸⒹⒺⒻⒼⒽⒾⒿⓀⓁⓂⓃⓄⓅⓆⓇⓈⓉⓊⓋⓌⓍⓎⓏ",
            "squared          | 🄰🄱🄲🄳🄴🄵🄶🄷🄸🄹🄺🄻🄼🄽🄾🄿🅀🅁🅂🅃🅄🅅🅆🅇🅈🅉",
            "negative circled | 🅐🅑🅒🅓🅔🅕🅖🅗🅘🅙🅚🅛🅜🅝🅞🅟🅠🅡🅢🅣🅤🅥🅦🅧🅨🅩",
            "negative squared | 🅰🅱🅲🅳🅴🅵🅶🅷🅸🅹🅺🅻🅼🅽🅾🅿🆀🆁🆂🆃🆄🆅🆆🆇🆈🆉",
            "fullwidth        | ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ",
    })
    void everyCapitalAlphabetReadsAToZ(String style, String alphabet) {
        assertEquals("ABCDEFGHIJKLMNOPQRSTUVWXYZ", StyledLetters.plain(alphabet), style);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "𝙞 𝙩𝙤𝙤𝙠 𝙖𝙡𝙡 𝙢𝙮 𝙥𝙞𝙡𝙡𝙨          | i took all my pills",
            "ɪ ᴄᴀɴ'ᴛ ʙʀᴇᴀᴛʜᴇ                | i can't breathe",
            "ǫᴜɪᴇʀᴏ ᴍᴏʀɪʀᴍᴇ                 | quiero morirme",        // ǫ is q among small capitals
            "ᶦ ʷᵃⁿᵗ ᵗᵒ ᵈᶦᵉ                  | i want to die",         // ᶦ is a raised small capital ɪ
            "g🅾️🅾️dbye everyone              | gOOdbye everyone",      // emoji letters, their selector dropped
            "𝗾𝘂𝗶𝗲𝗿𝗼 𝗵𝗮𝗰𝗲𝗿𝗺𝗲 𝗱𝗮𝗻̃𝗼           | quiero hacerme daño",   // a combining tilde composed
            "𝘀𝗲 𝘁𝗼𝗺𝗼́ 𝘁𝗼𝗱𝗮𝘀 𝗹𝗮𝘀 𝗽𝗮𝘀𝘁𝗶𝗹𝗹𝗮𝘀  | se tomó todas las pastillas",
            "ｍｙ ｃｈｅｓｔ ｈｕｒｔｓ！       | my chest hurts！",      // fullwidth letters; the mark stays
            "cita el ① de mayo               | cita el 1 de mayo",
    })
    void styledLettersReadAsPlainOnes(String styled, String plain) {
        assertEquals(plain, StyledLetters.plain(styled));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Waited two hours, never again", "¿Puedo pedir cita para mañana? Gracias 🙏", "niño con fiebre de 39°C",
            "Спасибо доктору", "Tylenol™ 500 mg, prescription № 4521", "see note ⒜ and step 1.", "", "😭😭😭 💔",
            "cita el ⑫ de mayo", "a dose of 10⁴ units, see note ³", "谢谢医生！", "🇪🇸 gracias", "Lithuanian ǫ alone"})
    void plainTextsAndOtherSymbolsAreLeftAsWritten(String text) {
        assertEquals(text, StyledLetters.plain(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mi hijo tiene fiebre y tos desde el lunes, ¿qué hago?", "Thanks so much ’ ❤️ 🙏"})
    void aTextWithNothingStyledComesBackAsTheSameString(String text) {
        assertSame(text, StyledLetters.plain(text));
    }

    @Test
    void aDecomposedAccentIsComposedEvenWithNothingStyled() {
        assertEquals("daño", StyledLetters.plain("dan\u0303o"));
    }

    @Test
    void nullStaysNull() {
        assertNull(StyledLetters.plain(null));
    }
}
