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
import com.safereply.app.review.ReviewService;
import com.safereply.app.review.UnsafeTextException;
import com.safereply.core.TriageEngine;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.safereply.app.usecase.Fixture.add;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
