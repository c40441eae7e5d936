package com.safereply.core.guard;

import com.safereply.core.model.Classification;
import com.safereply.core.model.Verdict;
import com.safereply.core.profile.PracticeProfile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safereply.core.guard.GuardFixtures.GUARD;
import static com.safereply.core.guard.GuardFixtures.UK;
import static com.safereply.core.guard.GuardFixtures.US;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Safe means vetted: the drafter's sentences with this profile's slots, or this practice's accepted phrasebook. */
class VettedSentencesTest {

    private static final String KIND_WORDS = "Thanks so much for the kind words! Our whole team appreciates it.";

    @Test
    void aTemplateSentenceWithItsSlotFilledIsSafeAndWithAnotherPublishedLineIsReview() {
        String vetted = "We ask that everyone keep this page respectful. Anyone with a concern is welcome to call us at 555-0100.";
        assertEquals(Verdict.SAFE, GUARD.check(vetted, null, (Classification) null, US).verdict());
        // 555-0188 is the demo's published privacy line: no rule fires, but that wording was never vetted with it
        assertEquals(Verdict.REVIEW, GUARD.check(vetted.replace("555-0100", "555-0188"), null, (Classification) null, US).verdict());
    }

    @Test
    void caseSpacingAndCurlyQuotesDoNotMatterButEveryWordDoes() {
        String vetted = "We appreciate you taking the time to write this. We'll share it with the whole team.";
        assertEquals(Verdict.SAFE, GUARD.check(vetted.toUpperCase().replace("'", "\u2019").replace(" ", "  "), null,
                (Classification) null, US).verdict());
        assertEquals(Verdict.REVIEW, GUARD.check(vetted.replace("whole ", ""), null, (Classification) null, US).verdict());
    }

    @Test
    void phrasebookSentencesAreVettedForThatPracticeOnly() {
        PracticeProfile withPhrasebook = US.withPhrasebook(List.of("Thanks so much for the kind words!",
                "Our whole team appreciates it."));
        assertEquals(Verdict.SAFE, GUARD.check(KIND_WORDS, null, (Classification) null, withPhrasebook).verdict());
        assertEquals(Verdict.REVIEW, GUARD.check(KIND_WORDS, null, (Classification) null, US).verdict());
        assertEquals(Verdict.REVIEW, GUARD.check(KIND_WORDS, null, (Classification) null, UK).verdict());
    }

    @Test
    void aVettedSentenceNextToFreeTextIsReviewAndNextToAViolationIsUnsafe() {
        String vetted = "Thank you for sharing your thoughts with us. Feedback like this helps our whole team.";
        assertEquals(Verdict.REVIEW, GUARD.check(vetted + " Have a great week.", null, (Classification) null, US).verdict());
        assertEquals(Verdict.UNSAFE, GUARD.check(vetted + " It was lovely having you in the chair again.", null,
                (Classification) null, US).verdict());
    }
}
