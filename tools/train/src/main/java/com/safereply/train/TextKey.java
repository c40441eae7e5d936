package com.safereply.train;

import com.safereply.core.text.Texts;

/**
 * The normalised form two texts are compared in, for de-duplication and for the "never the shared set" check: read as
 * triage reads a comment ({@link Texts#readComment}: styled letters as plain ones), folded (lower case, accents
 * stripped), only letters and digits kept, runs of anything else made one space. "Great staff!!", "great   staff" and
 * "𝗚𝗿𝗲𝗮𝘁 𝘀𝘁𝗮𝗳𝗳" are the same text.
 */
public final class TextKey {

    private TextKey() {
    }

    public static String of(String text) {
        String folded = Texts.fold(Texts.readComment(text));
        StringBuilder key = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (space && key.length() > 0) {
                    key.append(' ');
                }
                space = false;
                key.appendCodePoint(cp);
            } else {
                space = true;
            }
        }
        return key.toString();
    }
}
