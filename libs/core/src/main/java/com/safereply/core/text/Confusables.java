package com.safereply.core.text;

/**
 * The Latin-lookalike part of the Unicode TR39 confusables table: Cyrillic and Greek letters (and a few Latin
 * variants) that render like a Latin letter, mapped to that letter, case kept. Mathematical alphanumerics and
 * full-width forms need no entry here: NFKC already turns them into plain letters.
 */
final class Confusables {

    private static final char[] TABLE = new char[0x0530];

    static {
        map("аa еe оo рp сc уy хx ѕs іi јj һh ԁd ԛq ԝw ӏl ьb ѵv ґr"
                + " АA ВB ЕE КK МM НH ОO РP СC ТT ХX УY ІI ЈJ ЅS ԚQ ԜW ӀI Ѵv");
        map("αa βb γy εe ιi κk νv οo ρp τt υu χx ωw ϲc ϳj"
                + " ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX Ϲc");
        map("ɑa ɡg ıi ȷj ɩi ʏy ʀr ɴn ʜh ʟl ꞵb");
    }

    private Confusables() {
    }

    private static void map(String pairs) {
        for (String pair : pairs.trim().split("\\s+")) {
            char from = pair.charAt(0);
            if (from < TABLE.length) {
                TABLE[from] = pair.charAt(1);
            }
        }
    }

    /** The Latin letter {@code c} imitates, or 0 when it is not a lookalike. */
    static char latinFor(char c) {
        return c < TABLE.length ? TABLE[c] : c == 'ꞵ' ? 'b' : 0;
    }
}
