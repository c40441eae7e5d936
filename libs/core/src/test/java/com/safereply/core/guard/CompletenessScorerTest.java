package com.safereply.core.guard;

import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Completeness;
import com.safereply.core.model.CompletenessItem;
import com.safereply.core.model.GuardResult;
import com.safereply.core.model.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safereply.core.guard.GuardFixtures.GUARD;
import static com.safereply.core.guard.GuardFixtures.US;
import static com.safereply.core.guard.GuardFixtures.classification;
import static com.safereply.core.model.CompletenessItem.Q1;
import static com.safereply.core.model.CompletenessItem.Q2;
import static com.safereply.core.model.CompletenessItem.Q3;
import static com.safereply.core.model.CompletenessItem.Q4;
import static com.safereply.core.model.CompletenessItem.Q5;
import static com.safereply.core.model.CompletenessItem.Q6;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** §6: Q1–Q6 by the comment's category, scored apart from {@code safe}. */
class CompletenessScorerTest {

    private static Completeness score(String draft, Classification c) {
        return GUARD.check(draft, "comment", c, US).completeness();
    }

    @Test
    void referenceComplaintTemplateMeetsEverything() {
        Completeness c = score("Thank you for your feedback. Privacy laws don't allow us to discuss any individual's "
                + "situation online, and we can neither confirm nor deny whether anyone is a patient. We'd like to hear "
                + "more; please call our practice manager at 555-0100.", classification(Category.COMPLAINT, Language.EN));
        assertEquals(List.of(Q1, Q2, Q3, Q4, Q5), c.met());
        assertEquals(1.0, c.score());
    }

    @Test
    void minimalDraftIsSafeButIncomplete() {
        GuardResult result = GUARD.check("Please call us at 555-0100.", "comment",
                classification(Category.COMPLAINT, Language.EN), US);
        assertTrue(result.safe());
        assertEquals(List.of(Q1, Q2), result.completeness().missing());
        assertEquals(0.6, result.completeness().score(), 1e-9);
    }

    @Test
    void numberMustBeTheProfilesOwn() {
        assertTrue(score("Thanks. Call 555-0199.", classification(Category.APPOINTMENT_ADMIN, Language.EN))
                .missing().contains(Q3));
    }

    @Test
    void brevityAndLanguage() {
        Completeness longOne = score("Thank you. ".repeat(41), classification(Category.FEEDBACK, Language.EN));
        assertTrue(longOne.missing().contains(Q4));
        Completeness english = score("Thank you for your comment.", classification(Category.FEEDBACK, Language.ES));
        assertTrue(english.missing().contains(Q5));
        Completeness spanish = score("Gracias por su comentario.", classification(Category.FEEDBACK, Language.ES));
        assertTrue(spanish.met().contains(Q5));
    }

    @Test
    void spamAndAbuseAreHandledByNoReplyOrABoundary() {
        assertTrue(score("", classification(Category.SPAM, Language.EN)).met().contains(Q6));
        assertTrue(score("We ask everyone to keep this page respectful.", classification(Category.ABUSE, Language.EN))
                .met().contains(Q6));
        assertTrue(score("Thanks for the offer!", classification(Category.SPAM, Language.EN)).missing().contains(Q6));
    }

    @Test
    void withoutACommentOnlyBrevityAndLanguageAreJudged() {
        Completeness c = GUARD.check("Thanks!", null, (Classification) null, US).completeness();
        assertEquals(List.<CompletenessItem>of(Q4, Q5), c.met());
        assertTrue(c.missing().isEmpty());
    }
}
