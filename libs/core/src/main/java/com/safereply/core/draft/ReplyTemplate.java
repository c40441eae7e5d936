package com.safereply.core.draft;

import com.safereply.core.profile.PracticeProfile;

/**
 * One vetted wording. Placeholders are filled from the practice profile only, so no comment text can ever reach a
 * draft: {@code {practice}} the practice name, {@code {phone}} the main published number, {@code {nursePhone}} the
 * nurse line (or the main number), {@code {privacyPhone}} the privacy line (or the main number).
 */
record ReplyTemplate(String id, String text) {

    String fill(PracticeProfile profile) {
        String main = profile.mainPhone().number();
        return text
                .replace("{practice}", profile.name())
                .replace("{phone}", main)
                .replace("{nursePhone}", profile.phoneFor("nurse").map(p -> p.number()).orElse(main))
                .replace("{privacyPhone}", profile.phoneFor("privacy").map(p -> p.number()).orElse(main));
    }
}
