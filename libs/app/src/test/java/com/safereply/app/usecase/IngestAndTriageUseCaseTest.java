package com.safereply.app.usecase;

import com.safereply.app.IngestOutcome;
import com.safereply.app.TriageOutcome;
import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftState;
import com.safereply.app.draft.PageRequest;
import com.safereply.app.draft.Urgency;
import com.safereply.app.inbox.CommentStatus;
import com.safereply.app.inbox.StuckCommentCheck;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.safereply.app.usecase.Fixture.add;
import static com.safereply.app.usecase.Fixture.draftId;
import static com.safereply.app.usecase.Fixture.edit;
import static com.safereply.app.usecase.Fixture.remove;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ingest (the webhook) and triage (the stream consumer) over the in-memory ports, with the real engine. */
class IngestAndTriageUseCaseTest {

    private final Fixture f = new Fixture();

    @Test
    void ingestStoresTheCommentOnceAndDraftsNothing() {
        assertEquals(IngestOutcome.CREATED, f.ingest.ingest(add("c1", "Do you take new patients on Saturdays?")));
        assertEquals(IngestOutcome.DUPLICATE, f.ingest.ingest(add("c1", "Do you take new patients on Saturdays?")));

        assertEquals(CommentStatus.RECEIVED, f.stores.comments().find(draftId("c1")).orElseThrow().status());
        assertTrue(f.stores.drafts().findById(draftId("c1")).isEmpty());
        assertEquals(0, f.triages.get(), "the webhook's use case never runs the engine");
    }

    @Test
    void triageWritesOnePendingDraftAndARedeliveredRecordChangesNothing() {
        f.ingest.ingest(add("c1", "Do you take new patients on Saturdays?"));

        assertEquals(TriageOutcome.DRAFTED, f.triage.triage(draftId("c1")));
        DraftRecord draft = f.stores.drafts().findById(draftId("c1")).orElseThrow();
        assertEquals(TriageOutcome.NOTHING_TO_DO, f.triage.triage(draftId("c1")));

        assertEquals(draft, f.stores.drafts().findById(draftId("c1")).orElseThrow());
        assertEquals(DraftState.PENDING_APPROVAL, draft.state());
        assertEquals(List.of(draft), f.stores.drafts().pending(Fixture.PRACTICE, PageRequest.first(10)).items());
        assertEquals(1, f.triages.get());
        assertEquals(List.of(AuditAction.CREATED),
                f.stores.drafts().auditTrail(draft.draftId()).stream().map(AuditEntry::action).toList());
        assertEquals(CommentStatus.TRIAGED, f.stores.comments().find(draftId("c1")).orElseThrow().status());
    }

    @Test
    void anEditBeforeTriageRanIsWhatGetsDraftedOnce() {
        f.ingest.ingest(add("c1", "Nice staff"));
        assertEquals(IngestOutcome.RETRIAGED, f.ingest.ingest(edit("c1", "I have crushing chest pain right now", "e1")));

        assertEquals(TriageOutcome.DRAFTED, f.triage.triage(draftId("c1")));   // the INSERT's record, read late
        assertEquals(TriageOutcome.NOTHING_TO_DO, f.triage.triage(draftId("c1")));   // the edit's own record

        DraftRecord draft = f.stores.drafts().findById(draftId("c1")).orElseThrow();
        assertEquals("I have crushing chest pain right now", draft.comment().text());
        assertEquals(Urgency.URGENT, draft.urgency());
        assertEquals(1, draft.version());
        assertEquals(1, f.triages.get());
    }

    @Test
    void anEditAfterTriageRedraftsThePendingDraft() {
        f.deliverAndTriage(add("c1", "Nice staff"));

        f.ingest.ingest(edit("c1", "I have crushing chest pain right now", "e1"));
        assertEquals(TriageOutcome.REDRAFTED, f.triage.triage(draftId("c1")));

        DraftRecord draft = f.stores.drafts().findById(draftId("c1")).orElseThrow();
        assertEquals(2, draft.version());
        assertEquals(Urgency.URGENT, draft.urgency());
    }

    @Test
    void aCommentRemovedBeforeTriageRanIsNeverDrafted() {
        f.ingest.ingest(add("c1", "Please call me about my test results"));
        assertEquals(IngestOutcome.RETRACTED, f.ingest.ingest(remove("c1")));

        assertEquals(TriageOutcome.NOTHING_TO_DO, f.triage.triage(draftId("c1")));

        assertTrue(f.stores.drafts().findById(draftId("c1")).isEmpty());
        assertEquals(0, f.triages.get());
        assertEquals(IngestOutcome.NO_PENDING_DRAFT, f.ingest.ingest(edit("c1", "again", "e2")),
                "an edit after the removal is not queued for triage");
    }

    @Test
    void aRemovalAfterTriageRetractsThePendingDraftEvenWhenItsDeliveryIsRetried() {
        f.deliverAndTriage(add("c1", "Please call me about my test results"));

        assertEquals(IngestOutcome.RETRACTED, f.ingest.ingest(remove("c1")));
        assertEquals(IngestOutcome.NO_PENDING_DRAFT, f.ingest.ingest(remove("c1")), "the platform's retry");

        assertEquals(DraftState.RETRACTED, f.stores.drafts().findById(draftId("c1")).orElseThrow().state());
        assertTrue(f.stores.drafts().pending(Fixture.PRACTICE, PageRequest.first(10)).items().isEmpty());
    }

    @Test
    void commentsUntriagedForFiveMinutesAreStuckAndTriagedOnesAreNot() {
        f.ingest.ingest(add("c-stuck", "Hello"));
        f.deliverAndTriage(add("c-done", "Hello"));
        f.clock.advance(Duration.ofMinutes(4));
        f.ingest.ingest(add("c-recent", "Hello"));
        StuckCommentCheck check = new StuckCommentCheck(f.stores.practices(), f.stores.comments(), f.clock);

        assertEquals(List.of(), check.run(), "nothing is 5 minutes old yet");
        f.clock.advance(Duration.ofMinutes(2));
        assertEquals(List.of(draftId("c-stuck")), check.run());
    }

    @Test
    void aChannelNoPracticeClaimedIsUnknownAndStoresNothing() {
        var stray = new com.safereply.app.InboundComment(com.safereply.app.Platform.FACEBOOK, "unclaimed", "c9",
                com.safereply.app.CommentVerb.ADD, "c9|add", "hi", "u", null, null, null, null, null);

        assertEquals(IngestOutcome.UNKNOWN_CHANNEL, f.ingest.ingest(stray));
        assertTrue(f.stores.comments().find(com.safereply.app.DraftIds.of(Fixture.PRACTICE,
                com.safereply.app.Platform.FACEBOOK, "c9")).isEmpty());
    }
}
