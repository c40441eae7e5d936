package com.safereply.core.draft;

import com.safereply.core.model.Language;
import com.safereply.core.profile.PracticeProfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Every text the drafter can write for a practice, with its profile slots filled: the guard's vetted sentences come
 * from here, so whatever the engine drafts is vetted by construction.
 */
public final class VettedWordings {

    private static final TemplateCatalog CATALOG = new TemplateCatalog();

    private VettedWordings() {
    }

    /** All template texts for the profile's jurisdiction in every language, filled as {@link ReplyDrafter} fills them. */
    public static List<String> texts(PracticeProfile profile) {
        List<String> texts = new ArrayList<>();
        String hours = profile.hours() == null ? "" : " (" + profile.hours() + ")";
        for (Language language : Language.values()) {
            for (ReplyKind kind : ReplyKind.values()) {
                for (ReplyTemplate template : CATALOG.wordings(kind, language, profile.jurisdiction())) {
                    String filled = template.fill(profile).replace("{extras}", "");
                    texts.add(filled.replace("{hours}", hours));
                    texts.add(filled.replace("{hours}", ""));
                }
            }
            String ingestion = CATALOG.ingestionExtra(language, profile.jurisdiction());
            String obstetric = CATALOG.obstetricExtra(language, profile.jurisdiction());
            if (ingestion != null) {
                texts.add(ingestion.strip());
            }
            if (obstetric != null) {
                texts.add(obstetric.strip());
            }
        }
        return texts;
    }
}
