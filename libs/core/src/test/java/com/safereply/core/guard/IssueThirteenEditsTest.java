package com.safereply.core.guard;

import com.safereply.core.model.Classification;
import com.safereply.core.model.GuardResult;
import com.safereply.core.model.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.safereply.core.guard.GuardFixtures.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The edits issue 13 lists as approved or accepted by the old guard: each is now unsafe, or at least never safe. */
class IssueThirteenEditsTest {

    /** The engine's guard: it reads the comment with the rules-only classifier. */
    private static final SafetyGuard GUARD = new com.safereply.core.TriageEngine().guard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Please do not call 911; just call us at 555-0100 tomorrow.|I think I'm having a heart attack|emergency_not_redirected",
            "Please call or text 988 now. Please don't call 911.|I want to end it all tonight|emergency_not_redirected",
            "thank you zebulon quistgaard! we hope the xylofibrosis is better; keep taking quorvantix as prescribed. Thanks for being a loyal patient of ours for 10 years!|Zebulon Quistgaard here, my xylofibrosis is acting up|confirms_relationship",
            "Call 911 now. It's usually normal, just use ice and ibuprofen.|I fell and my ankle is huge|medical_advice",
            "Thanks for being one of our favorite patients!||confirms_relationship",
            "You've been coming to us for so many years.||confirms_relationship",
            "Floss like we showed you.||confirms_relationship",
            "Recuerde su próxima cita con nosotros.||confirms_relationship",
            "Email us at name at gmail dot com||discloses_identifier",
            "Call five five five, oh one nine nine, anytime||discloses_identifier"})
    void isUnsafeWithTheRightLabel(String draft, String comment, String label) {
        GuardResult result = GUARD.check(draft, comment, US);
        assertEquals(Verdict.UNSAFE, result.verdict(), draft);
        assertTrue(result.labels().contains(label), result.labels().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Please call 112 now or go to the nearest emergency room.|my chest hurts and I can't breathe",
            "If this is a medical emergency, please call 9\u200B11 or go to the nearest emergency room now.|my chest hurts"})
    void needsASecondPersonAtLeast(String draft, String comment) {
        assertNotEquals(Verdict.SAFE, GUARD.check(draft, comment, US).verdict(), draft);
        assertNotEquals(Verdict.SAFE, GUARD.check(draft, null, (Classification) null, US).verdict(), draft);
    }
}
