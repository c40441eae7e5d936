package com.safereply.app.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.safereply.app.CommentVerb;
import com.safereply.app.DraftIds;
import com.safereply.app.InboundComment;
import com.safereply.app.IngestOutcome;
import com.safereply.app.Platform;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.TriageSummary;
import com.safereply.app.draft.Urgency;
import com.safereply.core.model.Category;
import com.safereply.core.model.StarRating;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A Google review's star rating as a triage signal, through ingest and triage over the in-memory ports with the real
 * engine: the stars decide where the text does not, and never lower an emergency.
 */
class StarRatingUseCaseTest {

    private final Fixture f = new Fixture();

    @Test
    void aOneStarReviewWithoutTextIsDraftedAsAComplaint() {
        DraftRecord draft = deliverAndTriage(review("r1", CommentVerb.ADD, "m1", "", 1));

        assertEquals(new StarRating(1), draft.comment().rating());
        assertEquals(Category.COMPLAINT, draft.triage().category());
        assertFalse(draft.triage().flags().contains(TriageSummary.LOW_CONFIDENCE));
        assertTrue(draft.triage().signals().contains("complaint: 1/5 rating"), draft.triage().signals().toString());
        assertTrue(draft.draft().templateId().startsWith("complaint."), draft.draft().templateId());
        assertTrue(draft.draft().safe());
    }

    @Test
    void aFiveStarReviewWithoutTextGetsTheThankYou() {
        DraftRecord draft = deliverAndTriage(review("r2", CommentVerb.ADD, "m2", "", 5));

        assertEquals(Category.FEEDBACK, draft.triage().category());
        assertTrue(draft.draft().templateId().startsWith("feedback."), draft.draft().templateId());
    }

    @Test
    void fiveStarsNeverLowerAnEmergency() {
        DraftRecord draft = deliverAndTriage(review("r3", CommentVerb.ADD, "m3",
                "Great dentist but I have crushing chest pain right now", 5));

        assertEquals(Urgency.URGENT, draft.urgency());
        assertTrue(draft.triage().flags().contains(TriageSummary.EMERGENCY));
        assertEquals(Category.EMERGENCY, draft.triage().category());
    }

    @Test
    void aReviewUpdatedFromFiveStarsToOneReTriagesThePendingDraft() {
        DraftRecord first = deliverAndTriage(review("r4", CommentVerb.ADD, "m4", "", 5));
        assertEquals(Category.FEEDBACK, first.triage().category());

        assertEquals(IngestOutcome.RETRIAGED, f.ingest.ingest(review("r4", CommentVerb.EDIT, "m5", "", 1)));
        f.triage.triage(draftId("r4"));
        DraftRecord updated = f.stores.drafts().findById(draftId("r4")).orElseThrow();

        assertEquals(new StarRating(1), updated.comment().rating());
        assertEquals(Category.COMPLAINT, updated.triage().category());
        assertEquals(first.version() + 1, updated.version());
    }

    private DraftRecord deliverAndTriage(InboundComment review) {
        f.ingest.ingest(review);
        f.triage.triage(draftId(review.commentId().substring(review.commentId().lastIndexOf('/') + 1)));
        return f.stores.drafts().findById(draftId(review.commentId().substring(review.commentId().lastIndexOf('/') + 1)))
                .orElseThrow();
    }

    private static String name(String reviewId) {
        return "accounts/1029384756/locations/" + Fixture.LOCATION + "/reviews/" + reviewId;
    }

    private static String draftId(String reviewId) {
        return DraftIds.of(Fixture.PRACTICE, Platform.GOOGLE, name(reviewId));
    }

    private static InboundComment review(String reviewId, CommentVerb verb, String messageId, String text, int stars) {
        return new InboundComment(Platform.GOOGLE, Fixture.LOCATION, name(reviewId), verb, "google|" + messageId, text,
                null, "A Reviewer", null, null, null, Instant.parse("2026-01-01T08:58:00Z"), true,
                new StarRating(stars));
    }
}
