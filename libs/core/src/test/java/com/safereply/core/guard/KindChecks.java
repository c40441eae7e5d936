package com.safereply.core.guard;

import com.safereply.core.TriageEngine;
import com.safereply.core.model.GuardResult;
import com.safereply.core.model.Verdict;
import com.safereply.core.profile.PracticeProfile;

import static com.safereply.core.guard.GuardFixtures.UK;
import static com.safereply.core.guard.GuardFixtures.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The three checks every "kinds a red-team round found" test makes, with the engine's guard (rules and learned
 * check): a kind is blocked with its label, a narrowed rule no longer fires, a nearby safe sentence is not blocked.
 */
final class KindChecks {

    private static final SafetyGuard GUARD = new TriageEngine().guard();

    private KindChecks() {
    }

    private static PracticeProfile profile(String jurisdiction) {
        return "UK".equals(jurisdiction) ? UK : US;
    }

    static void blockedWithLabel(String jurisdiction, String draft, String comment, String label) {
        GuardResult result = GUARD.check(draft, comment, profile(jurisdiction));
        assertEquals(Verdict.UNSAFE, result.verdict(), draft + " -> " + result.labels());
        assertTrue(result.labels().contains(label), draft + " -> " + result.labels());
    }

    /** The narrowed rule is silent; the learned check may still judge the sentence. */
    static void ruleSilent(String jurisdiction, String draft, String comment, String reason) {
        GuardResult result = GUARD.check(draft, comment, profile(jurisdiction));
        assertTrue(result.violations().stream().noneMatch(v -> v.reason().contains(reason)),
                draft + " -> " + result.violations());
    }

    static void notBlocked(String jurisdiction, String draft, String comment) {
        GuardResult result = GUARD.check(draft, comment, profile(jurisdiction));
        assertNotEquals(Verdict.UNSAFE, result.verdict(), draft + " -> " + result.labels());
    }
}
