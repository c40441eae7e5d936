package com.safereply.train;

import com.safereply.core.text.Texts;

/**
 * The normalised form two texts are compared in, for de-duplication and for the "never the shared set" check: folded
 * (lower case, accents stripped), only letters and digits kept, runs of anything else made one space. "Great staff!!"
 * and "great   staff" are the same text.
 */
public final class TextKey {

    private TextKey() {
    }

    public static String of(String text) {
        String folded = Texts.fold(Texts.sanitize(text));
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
