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
    void aTimeWrittenWithASpaceBeforeAmOrPmIsTheSameVettedSentence() {
        String draft = vettedWithTime();
        String spaced = draft.replaceAll("(\\d)(am|pm)", "$1 $2");
        assertEquals(Verdict.SAFE, GUARD.check(draft, null, (Classification) null, US).verdict(), draft);
        assertEquals(Verdict.SAFE, GUARD.check(spaced, null, (Classification) null, US).verdict(), spaced);
        // a word in place of the time is not a spacing difference
        assertEquals(Verdict.REVIEW, GUARD.check(draft.replaceAll("\\d+(am|pm)", "soon"), null, (Classification) null, US).verdict());
    }

    /** A drafter sentence of the demo profile that holds an "8am"-style time (the hours slot). */
    private static String vettedWithTime() {
        for (String text : com.safereply.core.draft.VettedWordings.texts(US)) {
            if (text.matches("(?s).*\\d(am|pm).*")) {
                return text;
            }
        }
        throw new AssertionError("the demo profile's templates hold no am/pm time");
    }

    @Test
    void theSeedScanSkipsOnlySentencesWrittenExactlyLikeASeedFreeVettedOne() {
        VettedSentences vetted = VettedSentences.of(US);
        String exact = "We appreciate you taking the time to write this. We'll share it with the whole team.";
        AnalysedText asWritten = AnalysedText.of(exact);
        boolean[] flags = vetted.flags(asWritten);
        assertEquals(List.of(true, true), List.of(flags[0], flags[1]));
        boolean[] skip = vetted.seedFree(asWritten, flags);
        assertEquals(List.of(true, true), List.of(skip[0], skip[1]));
        // the same words with other punctuation are still vetted, but scanned again
        AnalysedText respelt = AnalysedText.of(exact.replace("you taking", "you, taking"));
        boolean[] respeltFlags = vetted.flags(respelt);
        assertEquals(true, respeltFlags[0]);
        assertEquals(false, vetted.seedFree(respelt, respeltFlags)[0]);
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
