package com.safereply.core.guard;

import com.safereply.core.draft.VettedWordings;
import com.safereply.core.model.Classification;
import com.safereply.core.model.GuardResult;
import com.safereply.core.model.HardRule;
import com.safereply.core.model.TextAnomaly;
import com.safereply.core.model.Verdict;
import com.safereply.core.model.Violation;
import com.safereply.core.profile.PracticeProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Random;

import static com.safereply.core.guard.GuardFixtures.GUARD;
import static com.safereply.core.guard.GuardFixtures.UK;
import static com.safereply.core.guard.GuardFixtures.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guard reads a disguised draft as a person reads it, reports spans on the text as written, and never passes it. */
class NormalisationGuardTest {

    /** Invisible chars a writer can slip into text: zero-width, word joiner, BOM, soft hyphen, bidi controls. */
    static final char[] INVISIBLE = {'\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u202E', '\u202A',
            '\u2066', '\u2069', '\u180E', '\u034F', '\u061C', '\u200E', '\u200F'};

    @ParameterizedTest
    @ValueSource(strings = {
            "You are one of our long-time p\u0430tients.",               // Cyrillic а
            "You are one of our long-time ρatients.",                    // Greek rho
            "You are one of our long-time 𝐩𝐚𝐭𝐢𝐞𝐧𝐭𝐬.",                  // maths bold
            "You are one of our long-time ｐａｔｉｅｎｔｓ.",             // full-width
            "You are one of our long-time pa\u200Btients.",              // zero-width space
            "You are one of our long-time pa\u00ADtients.",              // soft hyphen
            "You are one of our long-time pa\u202Etients.",              // bidi override
            "You are one of our long-\ntime patients.",                  // line break inside the phrase
            "You are one of our long-time pat-\nients.",                 // hyphenated over a line break
            "You are one of our long-time p4ti3nts.",                    // leetspeak
            "You are one of our long-time p a t i e n t s."})            // spelt out
    void eachTrickStillConfirmsTheRelationshipAndTheSpanIsTheTextAsWritten(String draft) {
        GuardResult result = GUARD.check(draft, null, (Classification) null, US);
        assertEquals(Verdict.UNSAFE, result.verdict(), draft);
        assertTrue(result.labels().contains(HardRule.H1.label()), result.labels().toString());
        for (Violation v : result.violations()) {
            assertEquals(draft.substring(v.start(), v.end()), v.span());
        }
    }

    @Test
    void theSameSentenceWithoutTricksFiresTheSameRule() {
        assertTrue(GUARD.check("You are one of our long-time patients.", null, (Classification) null, US)
                .labels().contains(HardRule.H1.label()));
    }

    @Test
    void fullWidthOrHidden911StillLeadsTheEmergencyReplyButIsNeverSafe() {
        String plain = "If this is a medical emergency, please call 911 or go to the nearest emergency room now.";
        assertEquals(Verdict.SAFE, GUARD.check(plain, "x", GuardFixtures.emergency(), US).verdict());
        for (String disguised : List.of(plain.replace("911", "９１１"), plain.replace("911", "9\u200B11"))) {
            GuardResult result = GUARD.check(disguised, "x", GuardFixtures.emergency(), US);
            assertFalse(result.labels().contains(HardRule.H12A.label()), "911 is read: " + result.labels());
            assertEquals(Verdict.REVIEW, result.verdict(), "but the approver must see the disguise");
            assertFalse(result.anomalies().isEmpty());
        }
    }

    @Test
    void anomaliesPointAtTheHiddenCharInTheTextAsWritten() {
        String draft = "Thanks for reaching out! Please call us at 555-0100 (Mon-Fri 8am-5pm).";
        int at = draft.indexOf("reaching") + 3;
        String hidden = draft.substring(0, at) + '\u200B' + draft.substring(at);
        GuardResult result = GUARD.check(hidden, null, (Classification) null, US);
        assertEquals(List.of(new TextAnomaly(TextAnomaly.Kind.INVISIBLE, at, at + 1)), result.anomalies());
    }

    @Test
    void aMixedScriptWordMakesAVettedReplyReview() {
        String vetted = "Thank you for sharing your thoughts with us. Feedback like this helps our whole team.";
        assertEquals(Verdict.SAFE, GUARD.check(vetted, null, (Classification) null, US).verdict());
        String mixed = vetted.replace("Thank", "Th\u0430nk");
        GuardResult result = GUARD.check(mixed, null, (Classification) null, US);
        assertEquals(Verdict.REVIEW, result.verdict());
        assertTrue(result.anomalies().stream().anyMatch(a -> a.kind() == TextAnomaly.Kind.MIXED_SCRIPT));
    }

    /** Property: every vetted sentence the drafter can write, with one invisible char inserted anywhere, is never safe. */
    @Test
    void anyVettedSentenceWithOneInvisibleCharInsertedIsNeverSafe() {
        Random random = new Random(13);
        int checked = 0;
        for (PracticeProfile profile : List.of(US, UK)) {
            for (String vetted : VettedWordings.texts(profile)) {
                assertEquals(Verdict.SAFE, GUARD.check(vetted, null, (Classification) null, profile).verdict(),
                        "the unaltered text is vetted: " + vetted);
                for (int k = 0; k < 8; k++) {
                    int at = random.nextInt(vetted.length() + 1);
                    char invisible = INVISIBLE[random.nextInt(INVISIBLE.length)];
                    String altered = vetted.substring(0, at) + invisible + vetted.substring(at);
                    GuardResult result = GUARD.check(altered, null, (Classification) null, profile);
                    assertNotEquals(Verdict.SAFE, result.verdict(),
                            () -> "U+" + Integer.toHexString(invisible) + " at " + at + " in: " + vetted);
                    checked++;
                }
            }
        }
        assertTrue(checked > 1_000, "checked " + checked);
    }
}
