package com.safereply.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.safereply.core.Classifications;
import com.safereply.core.TriageEngine;
import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Comment;
import com.safereply.core.model.Jurisdiction;
import com.safereply.core.model.Language;
import com.safereply.core.model.StarRating;
import com.safereply.core.model.Triage;
import com.safereply.core.profile.PracticeProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The star rating decides only where the text did not, and never lowers a risk or PHI flag. */
class RatingSignalTest {

    private static final Language EN = Language.EN;
    private static final Jurisdiction US = Jurisdiction.US;
    private final RatingSignal signal = new RatingSignal();

    private static Comment review(String text, int stars) {
        return new Comment("r1", text, new StarRating(stars));
    }

    @Test
    void withoutARatingNothingChanges() {
        Classification text = Classifications.lowConfidence(Category.FEEDBACK, EN, US);
        assertSame(text, signal.weigh(text, new Comment("c1", "ok")));
    }

    @Test
    void oneOrTwoStarsMakeAnUndecidedTextAComplaint() {
        for (int stars : new int[] {1, 2}) {
            Classification out = signal.weigh(Classifications.lowConfidence(Category.APPOINTMENT_ADMIN, EN, US),
                    review("", stars));
            assertEquals(Category.COMPLAINT, out.category());
            assertFalse(out.lowConfidence());
            assertFalse(out.signals().contains(Classification.LOW_CONFIDENCE_SIGNAL));
            assertTrue(out.signals().contains("complaint: " + stars + "/5 rating"), out.signals().toString());
        }
    }

    @Test
    void oneStarAgainstPraiseDraftsNoThankYouButKeepsTheTextsCategory() {
        Classification praise = Classifications.of(Category.FEEDBACK, EN, US);
        Classification out = signal.weigh(praise, review("Great team", 1));
        assertEquals(Category.FEEDBACK, out.category());
        assertTrue(out.lowConfidence());
        assertEquals(Classification.LOW_CONFIDENCE_SIGNAL, out.signals().get(0));
    }

    @Test
    void fourOrFiveStarsMakeAnUndecidedFeedbackLeaningTextFeedback() {
        for (int stars : new int[] {4, 5}) {
            Classification out = signal.weigh(Classifications.lowConfidence(Category.FEEDBACK, EN, US),
                    review("nice", stars));
            assertEquals(Category.FEEDBACK, out.category());
            assertFalse(out.lowConfidence());
        }
        Classification blank = signal.weigh(Classifications.lowConfidence(Category.APPOINTMENT_ADMIN, EN, US),
                review("", 5));
        assertEquals(Category.FEEDBACK, blank.category(), "a rating with no text at all");
    }

    @Test
    void highRatingsNeverThankAQuestionOrAComplaintCue() {
        Classification question = Classifications.lowConfidence(Category.CLINICAL_QUESTION, EN, US);
        Classification out = signal.weigh(question, review("is it normal after a filling", 5));
        assertTrue(out.lowConfidence(), "a thank-you would not answer a question");
        assertEquals(Category.CLINICAL_QUESTION, out.category());

        Classification grumble = new Classification(Category.FEEDBACK, 0.4,
                List.of(Classification.LOW_CONFIDENCE_SIGNAL, "complaint: wait time"), false, false, false, false,
                false, false, EN, US, true);
        assertTrue(signal.weigh(grumble, review("waited an hour but fine", 5)).lowConfidence());
    }

    @Test
    void explicitTextWinsAndThreeStarsDecideNothing() {
        Classification complaint = Classifications.of(Category.COMPLAINT, EN, US);
        Classification out = signal.weigh(complaint, review("rude front desk", 5));
        assertEquals(Category.COMPLAINT, out.category());
        assertEquals(complaint.confidence(), out.confidence());
        assertTrue(out.signals().contains("rating: 5/5"));

        Classification undecided = Classifications.lowConfidence(Category.FEEDBACK, EN, US);
        Classification three = signal.weigh(undecided, review("ok", 3));
        assertTrue(three.lowConfidence());
        assertEquals(Category.FEEDBACK, three.category());
    }

    @Test
    void noRatingLowersAnEmergencyCrisisOrPhiFlag() {
        for (int stars = 1; stars <= 5; stars++) {
            Classification emergency = Classifications.emergency(EN, US, true, false);
            Classification out = signal.weigh(emergency, review("", stars));
            assertEquals(Category.EMERGENCY, out.category());
            assertTrue(out.emergency() && out.ingestion() && out.containsPhi());

            Classification crisis = signal.weigh(Classifications.crisis(EN, US, true), review("", stars));
            assertTrue(crisis.crisis() && crisis.emergency() && crisis.containsPhi());

            Classification phi = signal.weigh(Classifications.lowConfidence(Category.FEEDBACK, EN, US),
                    review("", stars));
            assertTrue(phi.containsPhi() && phi.thirdParty(), "flags are copied whatever the rating decides");
        }
    }

    /** Through the real engine: a rating-only review gets the reply its stars call for; an emergency stays one. */
    @Test
    void theEngineDraftsFromTheRating() {
        TriageEngine engine = new TriageEngine();
        PracticeProfile profile = PracticeProfile.demo();

        Triage unrated = engine.triage(new Comment("r1", ""), profile);
        assertTrue(unrated.classification().lowConfidence(), "no text, no rating: the holding reply");

        Triage oneStar = engine.triage(review("", 1), profile);
        assertEquals(Category.COMPLAINT, oneStar.classification().category());
        assertTrue(oneStar.check().safe(), "the complaint wording passes the guard");
        assertTrue(oneStar.reply().templateId().startsWith("complaint"), oneStar.reply().templateId());

        Triage fiveStars = engine.triage(review("", 5), profile);
        assertEquals(Category.FEEDBACK, fiveStars.classification().category());
        assertTrue(fiveStars.reply().templateId().startsWith("feedback"), fiveStars.reply().templateId());

        Triage emergency = engine.triage(review("I can't breathe and my chest hurts right now", 5), profile);
        assertTrue(emergency.classification().emergency());
        assertEquals(Category.EMERGENCY, emergency.classification().category());
    }
}
