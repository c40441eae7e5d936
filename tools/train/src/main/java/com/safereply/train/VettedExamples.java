package com.safereply.train;

import com.safereply.core.draft.VettedWordings;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.core.redteam.RedTeamItem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Safe examples the product already vouches for: every drafter wording with a practice's slots filled, whole and
 * sentence by sentence. The red-team rounds hold few short, generic replies ("We're sorry to hear about your
 * experience."), so without these the learned check would take plain courtesy for the unsafe drafts it resembles.
 */
final class VettedExamples {

    private VettedExamples() {
    }

    static List<RedTeamItem> of(List<PracticeProfile> profiles) {
        Set<String> texts = new LinkedHashSet<>();
        for (PracticeProfile profile : profiles) {
            for (String wording : VettedWordings.texts(profile)) {
                texts.add(wording);
                for (String sentence : SafeSentences.split(wording)) {
                    texts.add(sentence);
                }
            }
        }
        List<RedTeamItem> items = new ArrayList<>(texts.size());
        int n = 0;
        for (String text : texts) {
            items.add(new RedTeamItem("vetted-" + (++n), "", "", null, "", text, false, List.of(), "drafter wording"));
        }
        return items;
    }
}
