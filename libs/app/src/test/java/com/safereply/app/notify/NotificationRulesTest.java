package com.safereply.app.notify;

import com.safereply.app.Platform;
import com.safereply.app.draft.DraftContent;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftState;
import com.safereply.app.publish.Refusal;
import com.safereply.app.draft.StoredComment;
import com.safereply.app.draft.TriageSummary;
import com.safereply.app.draft.Urgency;
import com.safereply.app.practice.SlaPolicy;
import com.safereply.core.model.Category;
import com.safereply.core.model.Language;
import com.safereply.core.model.ReplyAction;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Which draft changes notify, SLA periods, and links: the rules, without storage or SNS. */
class NotificationRulesTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
    private final DraftRecord pending = draft(Urgency.NORMAL, T0);

    @Test
    void aDraftEnteringTheQueueNotifiesOncePerVersionAndNothingElseDoes() {
        assertEquals(Optional.of("pending#v1"), NewDraftNotifier.notificationKey(null, pending));

        DraftRecord edited = pending.edited(content(), "approver-1", T0.plusSeconds(60));
        assertEquals(Optional.empty(), NewDraftNotifier.notificationKey(pending, edited), "approver edit");
        assertEquals(Optional.empty(), NewDraftNotifier.notificationKey(edited, edited.rejected("a", "no", T0)));
        assertEquals(Optional.empty(), NewDraftNotifier.notificationKey(pending, pending.retracted(T0)));
    }

    @Test
    void aRetriageThatMakesTheDraftUrgentNotifiesAgainButNotTheReverse() {
        DraftRecord urgent = pending.retriaged(pending.comment(), pending.triage(), Urgency.URGENT, content(), T0);
        assertEquals(Optional.of("urgent#v2"), NewDraftNotifier.notificationKey(pending, urgent));
        DraftRecord calmer = urgent.retriaged(urgent.comment(), urgent.triage(), Urgency.NORMAL, content(), T0);
        assertEquals(Optional.empty(), NewDraftNotifier.notificationKey(urgent, calmer));
    }

    @Test
    void aRefusedPublishNotifiesOncePerFailureAndARetryThatFailsAgainNotifiesAgain() {
        DraftRecord approved = pending.approved("approver-1", T0.plusSeconds(60));
        DraftRecord failed = inState(approved, DraftState.PUBLISH_FAILED, approved.version() + 2);
        assertEquals(Optional.of("publish-failed#v4"), NewDraftNotifier.notificationKey(approved, failed));
        assertEquals(Optional.empty(), NewDraftNotifier.notificationKey(failed, failed), "redelivered image");
        assertEquals(Optional.empty(),
                NewDraftNotifier.notificationKey(approved, inState(approved, DraftState.PUBLISHED, 4)));

        DraftRecord retried = failed.publishRetried("approver-2", T0.plusSeconds(600));
        assertEquals(Optional.empty(), NewDraftNotifier.notificationKey(failed, retried));
        DraftRecord failedAgain = inState(retried, DraftState.PUBLISH_FAILED, retried.version() + 2);
        assertEquals(Optional.of("publish-failed#v" + failedAgain.version()),
                NewDraftNotifier.notificationKey(retried, failedAgain));
    }

    @Test
    void onlyAPublishFailureCarriesARefusal() {
        URI link = URI.create("https://r.example/drafts/d");
        assertThrows(IllegalArgumentException.class, () -> new Notification(NotificationKind.PUBLISH_FAILED, "d",
                "p", "P", Platform.FACEBOOK, Category.COMPLAINT, Urgency.NORMAL, Duration.ZERO, link, 0,
                Duration.ofMinutes(120)));
        assertThrows(IllegalArgumentException.class, () -> new Notification(NotificationKind.NEW, "d", "p", "P",
                Platform.FACEBOOK, Category.COMPLAINT, Urgency.NORMAL, Duration.ZERO, link, 0,
                Duration.ofMinutes(120), Refusal.TARGET_GONE));
        assertEquals(Optional.of(Refusal.TOKEN_INVALID),
                Refusal.fromApproverReason(Refusal.TOKEN_INVALID.approverReason()));
        assertEquals(Optional.empty(), Refusal.fromApproverReason("anything else"));
    }

    /** A draft as publishing leaves it: the ledger moves state and version in the store, not through DraftRecord. */
    private static DraftRecord inState(DraftRecord d, DraftState state, long version) {
        return new DraftRecord(d.draftId(), d.practiceId(), d.comment(), d.triage(), d.urgency(), d.draft(), state,
                version, d.createdAt(), d.updatedAt(), d.lastEditor(), d.decision(), d.history(), d.hideRequested());
    }

    @Test
    void theSlaPeriodIsTheWholeNumberOfSlasTheDraftHasWaited() {
        SlaPolicy sla = SlaPolicy.DEFAULT;
        assertEquals(0, SlaEscalator.period(pending, sla, T0.plus(Duration.ofMinutes(119))));
        assertEquals(1, SlaEscalator.period(pending, sla, T0.plus(Duration.ofMinutes(120))));
        assertEquals(1, SlaEscalator.period(pending, sla, T0.plus(Duration.ofMinutes(239))));
        assertEquals(2, SlaEscalator.period(pending, sla, T0.plus(Duration.ofMinutes(240))));
        DraftRecord urgent = draft(Urgency.URGENT, T0);
        assertEquals(0, SlaEscalator.period(urgent, sla, T0.plus(Duration.ofMinutes(14))));
        assertEquals(1, SlaEscalator.period(urgent, sla, T0.plus(Duration.ofMinutes(15))));
        assertEquals(0, SlaEscalator.period(pending, sla, T0.minusSeconds(5)), "clock skew");
    }

    @Test
    void aNotificationCarriesNoCommentOrDraftTextAndValidatesItsPeriod() {
        Notification n = Notification.about(pending, "Clinic", NotificationKind.NEW, 0, Duration.ofMinutes(120),
                URI.create("https://review.example/drafts/d1"), T0.plusSeconds(90));
        assertEquals(Duration.ofSeconds(90), n.age());
        String all = n.toString();
        assertFalse(all.contains("Jane") || all.contains("knee") || all.contains("555-0100"), all);
        assertThrows(IllegalArgumentException.class, () -> Notification.about(pending, "Clinic",
                NotificationKind.ESCALATION, 0, Duration.ofMinutes(1), URI.create("https://x.example/"), T0));
    }

    @Test
    void linksPointAtTheDraftInTheReviewApi() {
        assertEquals(URI.create("https://api.example/prod/drafts/abc_-1"),
                new ReviewLinks("https://api.example/prod/").draft("abc_-1"));
        assertEquals(URI.create("https://api.example/drafts/a%2Fb"), new ReviewLinks("https://api.example").draft("a/b"));
        assertThrows(IllegalStateException.class, () -> new ReviewLinks(""));
        assertThrows(IllegalStateException.class, () -> new ReviewLinks("/relative"));
    }

    private static DraftRecord draft(Urgency urgency, Instant createdAt) {
        StoredComment comment = new StoredComment(Platform.FACEBOOK, "page", "c1",
                "Jane Roe here, my knee hurts, call 555-0100", "u1", "Jane Roe", "jroe", null, null, null);
        return DraftRecord.newPending("d1", "p1", comment,
                new TriageSummary(Category.CLINICAL_QUESTION, 0.7, List.of(), Set.of(), Language.EN), urgency,
                content(), createdAt);
    }

    private static DraftContent content() {
        return new DraftContent("Please call us at 555-0100.", ReplyAction.REPLY, "t1", true, List.of(), 1.0);
    }
}
