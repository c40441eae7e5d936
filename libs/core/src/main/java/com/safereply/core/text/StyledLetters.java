package com.safereply.core.text;

import java.text.Normalizer;

/**
 * Letters written in a decorative style, put back as the plain letters a reader sees: 𝐛𝐨𝐥𝐝, 𝘪𝘵𝘢𝘭𝘪𝘤, 𝓼𝓬𝓻𝓲𝓹𝓽, 𝔣𝔯𝔞𝔨𝔱𝔲𝔯
 * and 𝕕𝕠𝕦𝕓𝕝𝕖-𝕤𝕥𝕣𝕦𝕔𝕜 (mathematical alphanumerics and the letter-like symbols that fill their gaps), ⓒⓘⓡⓒⓛⓔⓓ,
 * 🅂🅀🅄🄰🅁🄴🄳 and 🅽🅴🅶🅰🆃🅸🆅🅴 letters, ｆｕｌｌｗｉｄｔｈ letters and digits, sᴍᴀʟʟ ᴄᴀᴘs and ˢᵘᵖᵉʳˢᶜʳᶦᵖᵗ letters.
 *
 * <p>Font generators on Instagram and X produce these, and a comment written in them ("𝙞 𝙩𝙤𝙤𝙠 𝙖𝙡𝙡 𝙢𝙮 𝙥𝙞𝙡𝙡𝙨") is
 * plain to a person but a row of unknown symbols to every word list and model: the comment classifier reads it through
 * here first. The emoji that are letters (🅾️, ℹ️) are read as those letters, their emoji selector dropped, so
 * "g🅾️🅾️dbye" is one word. Accents typed as a separate combining mark, as styled Spanish must be ("𝗻̃"), are composed
 * (NFC: "ñ"). Accented letters, other scripts, fullwidth punctuation, superscript digits (an exponent, a footnote),
 * regional-indicator letters (flags) and other emoji are left as written.
 */
public final class StyledLetters {

    private StyledLetters() {
    }

    /** The text with every styled letter replaced by its plain ASCII form, and combining accents composed. */
    public static String plain(String text) {
        if (text == null || !mayHoldStyledLetters(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean changed = false;
        int previous = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            int next = i < text.length() ? text.codePointAt(i) : 0;
            char plain = plainLetter(codePoint, previous, next);
            if (plain == 0) {
                out.appendCodePoint(codePoint);
            } else {
                out.append(plain);
                changed = true;
                if (next == TEXT_SELECTOR || next == EMOJI_SELECTOR) {
                    i += 1; // "🅾️" is the letter O shown as an emoji: the selector would split the word it sits in
                }
            }
            previous = codePoint;
        }
        String result = changed ? out.toString() : text;
        return Normalizer.isNormalized(result, Normalizer.Form.NFC) ? result
                : Normalizer.normalize(result, Normalizer.Form.NFC);
    }

    private static final int TEXT_SELECTOR = 0xFE0E;
    private static final int EMOJI_SELECTOR = 0xFE0F;

    /**
     * Every styled letter, and every combining mark, lies at or above U+0260 (small capitals start at ɢ): most comments
     * have no such char at all, and those with only a curly quote or an emoji come back as the same string.
     */
    private static boolean mayHoldStyledLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x0260) {
                return true;
            }
        }
        return false;
    }

    /** The plain letter or digit for one styled code point, 0 if it is not one ({@code previous}, {@code next}: its neighbours). */
    static char plainLetter(int codePoint, int previous, int next) {
        if (codePoint >= NEGATIVE_CIRCLED_CAPITAL_A && codePoint < NEGATIVE_CIRCLED_CAPITAL_A + 26) {
            return (char) ('A' + codePoint - NEGATIVE_CIRCLED_CAPITAL_A); // no compatibility mapping
        }
        if (codePoint >= NEGATIVE_SQUARED_CAPITAL_A && codePoint < NEGATIVE_SQUARED_CAPITAL_A + 26) {
            return (char) ('A' + codePoint - NEGATIVE_SQUARED_CAPITAL_A);
        }
        if (codePoint == SMALL_CAPITAL_Q_LOOKALIKE) {
            // ǫ is a letter of its own (Lithuanian, Navajo) except among small capitals, where generators use it for q
            return smallCapital(previous) != 0 || smallCapital(next) != 0 ? 'q' : 0;
        }
        char smallCapital = smallCapital(codePoint);
        if (smallCapital != 0) {
            return smallCapital;
        }
        boolean modifierLetter = isModifierLetter(codePoint);
        if (!modifierLetter && !hasStyledLetterForm(codePoint)) {
            return 0;
        }
        String compatible = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
        if (compatible.length() != 1) {
            return 0; // "⒜" is "(a)", "™" is "TM", "⑫" is "12": symbols, left beside the word as written
        }
        char c = compatible.charAt(0);
        if (NormalisedText.isAsciiLetter(c) || (!modifierLetter && c >= '0' && c <= '9')) {
            return c;
        }
        return smallCapital(c); // superscript ᶦ ᶫ ᶰ ᶸ are small capitals raised: ɪ ʟ ɴ ᴜ
    }

    private static final int NEGATIVE_CIRCLED_CAPITAL_A = 0x1F150;
    private static final int NEGATIVE_SQUARED_CAPITAL_A = 0x1F170;
    private static final int SMALL_CAPITAL_Q_LOOKALIKE = 0x01EB;

    /** Superscript and subscript letters: letters only, so an exponent ("10⁴") or a footnote stays a number apart. */
    private static boolean isModifierLetter(int c) {
        return (c >= 0x02B0 && c <= 0x02B8)        // ʰ ʲ ʳ ʷ ʸ
                || (c >= 0x02E0 && c <= 0x02E4)    // ˡ ˢ ˣ
                || (c >= 0x1D2C && c <= 0x1D6A)    // ᴬ ᵃ ᵇ ...
                || (c >= 0x1D9C && c <= 0x1DBF)    // ᶜ ᶠ ᶦ ᶻ ...
                || (c >= 0x2071 && c <= 0x207F && c != 0x2074) // ⁱ ⁿ (⁴ and the digits around it are not letters)
                || (c >= 0x2090 && c <= 0x209C);   // ₐ ₑ ₒ ...
    }

    /**
     * The blocks whose compatibility form (NFKC) is a plain letter or digit: letter-like symbols (the gaps of the math
     * alphabets: ℎ ℯ ℬ ℝ), enclosed alphanumerics (Ⓐ ⓐ ①), fullwidth letters and digits, mathematical alphanumerics,
     * and the squared letters of the enclosed supplement (🄰).
     */
    private static boolean hasStyledLetterForm(int c) {
        return (c >= 0x2100 && c <= 0x214F)
                || (c >= 0x2460 && c <= 0x24FF)
                || (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)
                || (c >= 0x1D400 && c <= 0x1D7FF)
                || (c >= 0x1F130 && c <= 0x1F149);
    }

    /**
     * Small capitals (ᴀʙᴄ), which have no compatibility mapping: the IPA and phonetic letters font generators use for
     * each Latin letter (x has none; q is {@link #SMALL_CAPITAL_Q_LOOKALIKE} or ꞯ). None of them occurs in English or
     * Spanish written normally.
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
            case 0xA7AF -> 'q';
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
