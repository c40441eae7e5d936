package com.safereply.core.guard;

import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;
import com.safereply.core.model.GuardResult;
import com.safereply.core.model.Jurisdiction;
import com.safereply.core.model.Language;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.core.profile.PublishedPhone;

import java.util.List;
import java.util.Set;

/** Profiles, hand-built classifications and a guard for the guard's tests (the real classifier is built elsewhere). */
final class GuardFixtures {

    static final PracticeProfile US = PracticeProfile.demo();
    static final PracticeProfile UK = new PracticeProfile("uk-demo", "Riverside Surgery", Jurisdiction.UK,
            List.of(Language.EN), List.of(new PublishedPhone("020 7946 0321", "main"),
                    new PublishedPhone("0113 496 0500", "privacy")),
            List.of("Priya"), "Mon-Fri 8am-6pm", "https://riverside.example");

    static final SafetyGuard GUARD = new SafetyGuard(null);

    private GuardFixtures() {
    }

    static Classification classification(Category category, Language language) {
        return new Classification(category, 0.9, List.of(), false, false, false, false, false, false, language,
                Jurisdiction.US);
    }

    static Classification emergency() {
        return new Classification(Category.EMERGENCY, 0.9, List.of(), true, false, false, false, true, false,
                Language.EN, Jurisdiction.US);
    }

    static Classification crisis() {
        return new Classification(Category.EMERGENCY, 0.9, List.of(), false, true, false, false, true, false,
                Language.EN, Jurisdiction.US);
    }

    /** Labels for a draft with no comment, US demo practice. */
    static Set<String> labels(String draft) {
        return GUARD.check(draft, null, (Classification) null, US).labels();
    }

    static Set<String> labels(String draft, String comment) {
        return GUARD.check(draft, comment, (Classification) null, US).labels();
    }

    static Set<String> labelsUk(String draft) {
        return GUARD.check(draft, null, (Classification) null, UK).labels();
    }

    static GuardResult check(String draft) {
        return GUARD.check(draft, null, (Classification) null, US);
    }
}
