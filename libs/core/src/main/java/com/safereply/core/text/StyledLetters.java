package com.safereply.core.text;

import java.text.Normalizer;

/**
 * Letters written in a decorative style, put back as the plain letters a reader sees: 𝐛𝐨𝐥𝐝, 𝘪𝘵𝘢𝘭𝘪𝘤 and 𝓼𝓬𝓻𝓲𝓹𝓽
 * (mathematical alphanumerics), ⓒⓘⓡⓒⓛⓔⓓ, 🅂🅀🅄🄰🅁🄴🄳 and 🅽🅴🅶🅰🆃🅸🆅🅴 letters, ｆｕｌｌｗｉｄｔｈ forms, sᴍᴀʟʟ ᴄᴀᴘs and ˢᵘᵖᵉʳˢᶜʳᶦᵖᵗ.
 *
 * <p>Font generators on Instagram and X produce these, and a comment written in them ("𝙞 𝙩𝙤𝙤𝙠 𝙖𝙡𝙡 𝙢𝙮 𝙥𝙞𝙡𝙡𝙨") is
 * plain to a person but a row of unknown symbols to every word list and model: the comment classifier reads it through
 * here first. Only these decorative blocks change; accents, other scripts and emoji are left as written, so a plain
 * text comes back as the same string.
 */
public final class StyledLetters {

    private StyledLetters() {
    }

    /** The text with every styled letter or digit replaced by its plain ASCII form. */
    public static String plain(String text) {
        if (text == null || !mayHoldStyledLetters(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String plain = plainForm(codePoint);
            if (plain == null) {
                out.appendCodePoint(codePoint);
            } else {
                out.append(plain);
            }
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    /** Every styled block lies above U+0260 (small capitals start at ɢ); most comments have no such char at all. */
    private static boolean mayHoldStyledLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x0260) {
                return true;
            }
        }
        return false;
    }

    /** The plain letters for one styled code point; null if it is not a styled letter or digit. */
    static String plainForm(int codePoint) {
        if (codePoint >= NEGATIVE_CIRCLED_CAPITAL_A && codePoint < NEGATIVE_CIRCLED_CAPITAL_A + 26) {
            return String.valueOf((char) ('A' + codePoint - NEGATIVE_CIRCLED_CAPITAL_A)); // no compatibility mapping
        }
        if (codePoint >= NEGATIVE_SQUARED_CAPITAL_A && codePoint < NEGATIVE_SQUARED_CAPITAL_A + 26) {
            return String.valueOf((char) ('A' + codePoint - NEGATIVE_SQUARED_CAPITAL_A));
        }
        char smallCapital = smallCapital(codePoint);
        if (smallCapital != 0) {
            return String.valueOf(smallCapital);
        }
        if (!inStyledBlock(codePoint)) {
            return null;
        }
        String compatible = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
        return isPlainAscii(compatible) ? compatible : null;
    }

    private static final int NEGATIVE_CIRCLED_CAPITAL_A = 0x1F150;
    private static final int NEGATIVE_SQUARED_CAPITAL_A = 0x1F170;

    /**
     * The blocks whose compatibility form (NFKC) is the plain letter or digit: superscript and subscript letters,
     * enclosed (circled) alphanumerics, fullwidth ASCII, mathematical alphanumerics, and squared or circled letters of
     * the enclosed supplement, and the letter-like symbols that fill the gaps of the math alphabets.
     */
    private static boolean inStyledBlock(int c) {
        return (c >= 0x02B0 && c <= 0x02B8)        // ʰ ʲ ʳ ʷ ʸ
                || (c >= 0x02E0 && c <= 0x02E4)    // ˡ ˢ ˣ
                || (c >= 0x1D2C && c <= 0x1D6A)    // modifier letters: ᴬ ᵃ ᵇ ...
                || (c >= 0x1D9C && c <= 0x1DBF)    // more modifier letters: ᶜ ᶠ ᶻ ...
                || (c >= 0x2070 && c <= 0x209C)    // superscripts and subscripts: ⁱ ⁿ ₐ ...
                || (c >= 0x2100 && c <= 0x214F)    // letter-like symbols: the gaps of the math alphabets (ℎ ℯ ℬ ℝ)
                || (c >= 0x2460 && c <= 0x24FF)    // ① Ⓐ ⓐ
                || (c >= 0xFF01 && c <= 0xFF5E)    // fullwidth ASCII
                || (c >= 0x1D400 && c <= 0x1D7FF)  // mathematical alphanumerics
                || (c >= 0x1F100 && c <= 0x1F14F); // 🄰 squared, 🄋 circled digits
    }

    /**
     * One ASCII letter or printable mark, or a number in digits (⑫ is "12"): never several letters, so that "™" or
     * "№" stay a symbol beside the word instead of gluing "TM" or "No" onto it, and "⒜" ("(a)") stays as written.
     */
    private static boolean isPlainAscii(String s) {
        if (s.length() == 1) {
            return s.charAt(0) > 0x20 && s.charAt(0) < 0x7F;
        }
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * Small capitals (ᴀʙᴄ), which have no compatibility mapping: the IPA and phonetic letters font generators use for
     * each Latin letter. None of them occurs in English or Spanish written normally.
     */
    private static char smallCapital(int c) {
        return switch (c) {
            case 0x1D00 -> 'a';
            case 0x0299 -> 'b';
            case 0x1D04 -> 'c';
            case 0x1D05 -> 'd';
            case 0x1D07 -> 'e';
            case 0xA730 -> 'f';
            case 0x0262 -> 'g';
            case 0x029C -> 'h';
            case 0x026A -> 'i';
            case 0x1D0A -> 'j';
            case 0x1D0B -> 'k';
            case 0x029F -> 'l';
            case 0x1D0D -> 'm';
            case 0x0274 -> 'n';
            case 0x1D0F -> 'o';
            case 0x1D18 -> 'p';
            case 0x0280 -> 'r';
            case 0xA731 -> 's';
            case 0x1D1B -> 't';
            case 0x1D1C -> 'u';
            case 0x1D20 -> 'v';
            case 0x1D21 -> 'w';
            case 0x028F -> 'y';
            case 0x1D22 -> 'z';
            default -> 0;
        };
    }
}
