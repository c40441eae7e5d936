package com.safereply.app.usecase;

import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftState;
import com.safereply.app.notify.EscalationReport;
import com.safereply.app.notify.NewDraftNotifier;
import com.safereply.app.notify.NotificationKind;
import com.safereply.app.notify.NotifyOutcome;
import com.safereply.app.notify.ReviewLinks;
import com.safereply.app.notify.SlaEscalator;
import com.safereply.app.review.Approver;
import com.safereply.app.review.DraftClosedException;
import com.safereply.app.review.InvalidReviewRequestException;
import com.safereply.app.review.ReviewService;
import com.safereply.app.review.UnsafeTextException;
import com.safereply.core.TriageEngine;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.safereply.app.usecase.Fixture.add;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Review, notify and escalate over the in-memory ports, on drafts the pipeline made. */
class ReviewNotifyEscalateUseCaseTest {

    private final Fixture f = new Fixture();
    private final ReviewLinks links = new ReviewLinks("https://review.example");
    private final Approver approver = new Approver("sub-1", "a@sunrise.example", Fixture.PRACTICE);

    @Test
    void aNewPendingDraftIsNotifiedOnceAndAnUnchangedRedeliveryNotAgain() {
        DraftRecord draft = f.deliverAndTriage(add("c1", "Do you take new patients on Saturdays?"));
        NewDraftNotifier notifier = new NewDraftNotifier(f.stores.drafts(), f.stores.practices(), f.notifier, links,
                f.clock);

        assertEquals(NotifyOutcome.SENT, notifier.onDraftChanged(null, draft));
        assertEquals(NotifyOutcome.ALREADY_SENT, notifier.onDraftChanged(null, draft));

        assertEquals(1, f.sent.size());
        assertEquals(NotificationKind.NEW, f.sent.get(0).kind());
        assertEquals(draft.draftId(), f.sent.get(0).draftId());
    }

    @Test
    void aDraftPendingPastItsSlaIsEscalatedOncePerPeriod() {
        DraftRecord draft = f.deliverAndTriage(add("c1", "Do you take new patients on Saturdays?"));
        SlaEscalator escalator = new SlaEscalator(f.stores.drafts(), f.stores.practices(), f.notifier, links, f.clock);

        f.clock.advance(Duration.ofMinutes(121));
        EscalationReport first = escalator.run();
        EscalationReport again = escalator.run();

        assertEquals(1, first.escalationsSent());
        assertEquals(0, again.escalationsSent());
        assertEquals(1, again.alreadySent());
        assertEquals(draft.draftId(), f.sent.get(0).draftId());
    }

    @Test
    void anApproverApprovesTheVersionReadAndAStaleOrUnsafeChangeIsRefused() {
        DraftRecord draft = f.deliverAndTriage(add("c1", "Do you take new patients on Saturdays?"));
        ReviewService review = new ReviewService(f.stores.drafts(), f.stores.practices(), new TriageEngine().guard(),
                f.clock);

        assertThrows(UnsafeTextException.class, () -> review.edit(approver, draft.draftId(),
                "Your diagnosis of diabetes means you should double your insulin.", draft.version()));
        DraftRecord approved = review.approve(approver, draft.draftId(), draft.version());
        assertThrows(DraftClosedException.class, () -> review.approve(approver, draft.draftId(), draft.version()),
                "a closed draft is refused");

        assertEquals(DraftState.APPROVED, approved.state());
        assertEquals(DraftState.APPROVED, f.stores.drafts().findById(draft.draftId()).orElseThrow().state());
    }

    /** Google refuses review replies over 4,096 UTF-8 bytes: an edit that long is refused before anyone approves it. */
    @Test
    void anEditGoogleWouldRefuseForItsLengthIsRefusedWhileEditing() {
        DraftRecord draft = f.deliverAndTriage(Fixture.review("r1", "Great staff, very kind."));
        ReviewService review = new ReviewService(f.stores.drafts(), f.stores.practices(), new TriageEngine().guard(),
                f.clock);
        // Three bytes a character in UTF-8: about 1,400 characters reach Google's 4,096 bytes.
        String sentence = "感谢您的评价，我们已与诊所团队分享。";
        String fits = sentence.repeat(4_096 / sentence.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        String tooLong = fits + sentence;

        InvalidReviewRequestException refused = assertThrows(InvalidReviewRequestException.class,
                () -> review.edit(approver, draft.draftId(), tooLong, draft.version()));
        assertTrue(refused.getMessage().contains("4096"), refused.getMessage());
        assertTrue(tooLong.codePointCount(0, tooLong.length()) <= ReviewService.MAX_TEXT_CHARS,
                "within the drafts' own character limit: only Google's byte limit refuses it");
        assertThrows(InvalidReviewRequestException.class, () -> review.check(approver, draft.draftId(), tooLong));
        assertEquals(draft.version(), f.stores.drafts().findById(draft.draftId()).orElseThrow().version(),
                "nothing changed");

        DraftRecord edited = review.edit(approver, draft.draftId(), fits.strip(), draft.version());
        assertEquals(draft.version() + 1, edited.version(), "a reply within the limit is taken");
        DraftRecord facebook = f.deliverAndTriage(add("c2", "Great staff, very kind."));
        assertEquals(facebook.version() + 1, review.edit(approver, facebook.draftId(), tooLong, facebook.version())
                .version(), "other platforms have no byte limit under 2,000 characters");
    }
}
