package com.safereply.store;

import com.safereply.app.CommentVerb;
import com.safereply.app.DraftIds;
import com.safereply.app.InboundComment;
import com.safereply.app.IngestOutcome;
import com.safereply.app.IngestService;
import com.safereply.app.Platform;
import com.safereply.app.TriageObserver;
import com.safereply.app.TriageOutcome;
import com.safereply.app.TriageService;
import com.safereply.app.Triager;
import com.safereply.app.inbox.CommentStatus;
import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftRevision;
import com.safereply.app.draft.DraftState;
import com.safereply.app.draft.DraftUpdate;
import com.safereply.app.draft.PageRequest;
import com.safereply.app.draft.Urgency;
import com.safereply.core.text.Texts;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.MutableClock;
import com.safereply.store.testing.StubTriager;
import com.safereply.store.testing.TableInspector;
import com.safereply.store.testing.TestPractices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pipeline's two use cases against DynamoDB Local through the real SDK: ingest (the webhook) then triage (the
 * stream consumer), as a stream record would run it. Dedup, re-triage, retraction, and edits and removals that arrive
 * before triage ran.
 */
class IngestServiceIntegrationTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();
    private static final AtomicInteger PRACTICES = new AtomicInteger();

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));
    private final StubTriager triager = new StubTriager();
    private DynamoDbStores stores;
    private IngestService ingest;
    private TriageService triage;
    private TableInspector table;
    private String practiceId;
    private String pageId;

    @BeforeEach
    void setUp() {
        stores = dynamo.stores(clock);
        ingest = new IngestService(stores.practices(), stores.comments(), stores.drafts(), clock, Duration.ofDays(7));
        triage = new TriageService(stores.comments(), stores.drafts(), stores.practices(), triager, clock,
                TriageObserver.NONE);
        table = new TableInspector(dynamo.client(), dynamo.tableName());
        int n = PRACTICES.incrementAndGet();
        practiceId = "ingest-" + n;
        pageId = "page" + n;
        stores.practices().save(TestPractices.practice(practiceId, TestPractices.facebook(pageId)));
    }

    @Test
    void newCommentBecomesAPendingDraftWithEverythingApproversNeed() {
        InboundComment comment = add("c1", "Loved the new front desk, thanks!");

        assertEquals(IngestOutcome.CREATED, deliver(comment));

        DraftRecord draft = stores.drafts().findByComment(practiceId, Platform.FACEBOOK, "c1").orElseThrow();
        assertEquals(DraftState.PENDING_APPROVAL, draft.state());
        assertEquals(DraftIds.of(practiceId, Platform.FACEBOOK, "c1"), draft.draftId());
        assertEquals(1, draft.version());
        assertEquals("Loved the new front desk, thanks!", draft.comment().text());
        assertEquals("Pat Example", draft.comment().authorName());
        assertEquals("https://facebook.example/c1", draft.comment().permalink());
        assertEquals("Thank you for reaching out to Clinic " + practiceId + ".", draft.draft().text());
        assertEquals(Urgency.NORMAL, draft.urgency());
        assertEquals(List.of(draft.draft().text()), draft.history().stream().map(r -> r.text()).toList());
        assertEquals(List.of(AuditAction.RECEIVED, AuditAction.CREATED),
                stores.drafts().auditTrail(draft.draftId()).stream().map(AuditEntry::action).toList());
        assertEquals(List.of(draft), stores.drafts().pending(practiceId, PageRequest.first(10)).items());
    }

    @Test
    void sameDeliveryFiveTimesInARowStoresOneDraftAndOneDeliveryRecord() {
        InboundComment comment = add("c-repeat", "Great visit");

        List<IngestOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            outcomes.add(deliver(comment));
        }

        assertEquals(List.of(IngestOutcome.CREATED, IngestOutcome.DUPLICATE, IngestOutcome.DUPLICATE,
                IngestOutcome.DUPLICATE, IngestOutcome.DUPLICATE), outcomes);
        assertEquals(1, table.items(ItemType.DRAFT, "practiceId", practiceId).size());
        assertEquals(1, table.items(ItemType.DEDUP, "practiceId", practiceId).size());
        assertEquals(List.of(AuditAction.RECEIVED, AuditAction.CREATED), stores.drafts()
                .auditTrail(DraftIds.of(practiceId, Platform.FACEBOOK, "c-repeat")).stream().map(AuditEntry::action).toList());
    }

    @Test
    void sameDeliveryFromTwelveThreadsAtOnceStoresExactlyOneDraft() throws Exception {
        InboundComment comment = add("c-race", "Is the office open Saturday?");
        int threads = 12;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<IngestOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return ingest.ingest(comment);
                }));
            }
            start.countDown();
            List<IngestOutcome> outcomes = new ArrayList<>();
            for (Future<IngestOutcome> f : futures) {
                outcomes.add(f.get());
            }
            assertEquals(1, outcomes.stream().filter(o -> o == IngestOutcome.CREATED).count(), outcomes.toString());
            assertEquals(threads - 1, outcomes.stream().filter(o -> o == IngestOutcome.DUPLICATE).count());
        } finally {
            pool.shutdownNow();
        }
        triageOf("c-race");
        triageOf("c-race");
        assertEquals(1, table.items(ItemType.DRAFT, "practiceId", practiceId).size());
        assertEquals(1, table.items(ItemType.DEDUP, "practiceId", practiceId).size());
        assertEquals(List.of("CREATED", "RECEIVED"), table.items(ItemType.AUDIT, "practiceId", practiceId).stream()
                .map(i -> i.get("action").s()).sorted().toList(), "one received and one created item");
    }

    @Test
    void editedCommentReTriagesThePendingDraftAsANewVersion() {
        deliver(add("c-edit", "Nice staff"));
        clock.advance(Duration.ofMinutes(3));

        IngestOutcome outcome = deliver(edit("c-edit", "URGENT my father has chest pain", "e1"));

        assertEquals(IngestOutcome.RETRIAGED, outcome);
        DraftRecord draft = stores.drafts().findByComment(practiceId, Platform.FACEBOOK, "c-edit").orElseThrow();
        assertEquals(2, draft.version());
        assertEquals("URGENT my father has chest pain", draft.comment().text());
        assertEquals(Urgency.URGENT, draft.urgency());
        assertEquals(DraftState.PENDING_APPROVAL, draft.state());
        assertEquals(List.of(1L, 2L), draft.history().stream().map(r -> r.version()).toList());
        assertEquals(Instant.parse("2025-03-01T09:00:00Z"), draft.createdAt(), "queue position is kept");
        assertEquals(List.of(AuditAction.RECEIVED, AuditAction.CREATED, AuditAction.RETRIAGED),
                stores.drafts().auditTrail(draft.draftId()).stream().map(AuditEntry::action).toList());
    }

    @Test
    void anEditRacingAnApproversEditIsAppliedOnTopOfIt() {
        deliver(add("c-race-edit", "Nice staff"));
        String draftId = DraftIds.of(practiceId, Platform.FACEBOOK, "c-race-edit");
        // The approver saves an edit after triage read the draft and while it re-triages: triage's write is stale.
        Triager racing = (comment, profile) -> {
            DraftRecord current = stores.drafts().findById(draftId).orElseThrow();
            if (current.version() == 1) {
                stores.drafts().update(DraftUpdate.of(current.edited(current.draft(), "approver-1", clock.instant())));
            }
            return triager.triage(comment, profile);
        };
        TriageService racingTriage = new TriageService(stores.comments(), stores.drafts(), stores.practices(), racing,
                clock, TriageObserver.NONE);

        assertEquals(IngestOutcome.RETRIAGED, ingest.ingest(edit("c-race-edit", "Nice staff, long wait", "e1")));
        assertEquals(TriageOutcome.REDRAFTED, racingTriage.triage(draftId));

        DraftRecord draft = stores.drafts().findById(draftId).orElseThrow();
        assertEquals(3, draft.version());
        assertEquals(List.of(DraftRevision.SYSTEM, "approver-1", DraftRevision.SYSTEM),
                draft.history().stream().map(DraftRevision::editor).toList());
        assertEquals("Nice staff, long wait", draft.comment().text());
    }

    @Test
    void anOversizedCommentIsStoredCutSoTheDeliveryCannotFailForever() {
        String huge = "a".repeat(300_000);

        assertEquals(IngestOutcome.CREATED, deliver(add("c-huge", huge)));

        DraftRecord draft = stores.drafts().findByComment(practiceId, Platform.FACEBOOK, "c-huge").orElseThrow();
        assertEquals(Texts.MAX_ANALYSED_CHARS, draft.comment().text().length());
    }

    @Test
    void aRedeliveredEditChangesNothing() {
        deliver(add("c-edit2", "Nice staff"));
        InboundComment edit = edit("c-edit2", "Nice staff and short wait", "e1");
        assertEquals(IngestOutcome.RETRIAGED, deliver(edit));
        int triagesBefore = triager.calls();

        assertEquals(IngestOutcome.DUPLICATE, deliver(edit));

        DraftRecord draft = stores.drafts().findByComment(practiceId, Platform.FACEBOOK, "c-edit2").orElseThrow();
        assertEquals(2, draft.version());
        assertEquals(triagesBefore, triager.calls(), "the duplicate was neither stored nor triaged");
    }

    @Test
    void editOfADecidedDraftLeavesItAlone() {
        deliver(add("c-decided", "Thanks"));
        DraftRecord draft = stores.drafts().findByComment(practiceId, Platform.FACEBOOK, "c-decided").orElseThrow();
        stores.drafts().update(DraftUpdate.of(draft.rejected("approver-1", "not needed", clock.instant())));

        assertEquals(IngestOutcome.NO_PENDING_DRAFT, deliver(edit("c-decided", "Thanks again", "e1")));
        assertEquals(IngestOutcome.NO_PENDING_DRAFT, deliver(remove("c-decided")));
        assertEquals(DraftState.REJECTED, stores.drafts().findById(draft.draftId()).orElseThrow().state());
    }

    @Test
    void editOrRemovalOfAnUnknownCommentIsNoPendingDraft() {
        assertEquals(IngestOutcome.NO_PENDING_DRAFT, deliver(edit("never-seen", "text", "e1")));
        assertEquals(IngestOutcome.NO_PENDING_DRAFT, deliver(remove("never-seen")));
        assertTrue(table.items(ItemType.DRAFT, "practiceId", practiceId).isEmpty());
    }

    @Test
    void removedCommentRetractsThePendingDraftAndLeavesTheQueue() {
        deliver(add("c-gone", "Call me about my results"));
        String draftId = DraftIds.of(practiceId, Platform.FACEBOOK, "c-gone");

        assertEquals(IngestOutcome.RETRACTED, deliver(remove("c-gone")));

        DraftRecord draft = stores.drafts().findById(draftId).orElseThrow();
        assertEquals(DraftState.RETRACTED, draft.state());
        assertEquals(DraftRecord.PLATFORM, draft.decision().by());
        assertTrue(stores.drafts().pending(practiceId, PageRequest.first(10)).items().isEmpty());
        assertEquals("DRAFTS#" + practiceId + "#RETRACTED", table.item("DRAFT#" + draftId, "DRAFT").get(TableDefinition.GSI1_PK).s(),
                "out of the queue partition, listed with the retracted drafts");
        assertEquals(IngestOutcome.NO_PENDING_DRAFT, deliver(remove("c-gone")), "a repeated removal");
    }

    @Test
    void commentOnAPageNoPracticeClaimedStoresNothing() {
        InboundComment stray = new InboundComment(Platform.FACEBOOK, "unclaimed-page", "c9", CommentVerb.ADD, "c9|add",
                "hello", "u1", "Pat", "pat", null, null, null);

        assertEquals(IngestOutcome.UNKNOWN_CHANNEL, ingest.ingest(stray));
        assertEquals(0, triager.calls());
        assertTrue(table.items(ItemType.DRAFT, "channelId", "unclaimed-page").isEmpty());
    }

    @Test
    void oneTweetMentioningTwoPracticesGetsADraftInEach() {
        String otherPractice = practiceId + "-other";
        stores.practices().save(TestPractices.practice(otherPractice, TestPractices.x("x-" + otherPractice)));
        stores.practices().save(TestPractices.practice(practiceId, TestPractices.facebook(pageId),
                TestPractices.x("x-" + practiceId)));

        InboundComment toFirst = new InboundComment(Platform.X, "x-" + practiceId, "tweet-1", CommentVerb.ADD,
                "tweet-1", "@a @b hello", "u1", "Pat", "pat", null, null, null);
        InboundComment toSecond = new InboundComment(Platform.X, "x-" + otherPractice, "tweet-1", CommentVerb.ADD,
                "tweet-1", "@a @b hello", "u1", "Pat", "pat", null, null, null);

        assertEquals(IngestOutcome.CREATED, ingest.ingest(toFirst));
        assertEquals(IngestOutcome.CREATED, ingest.ingest(toSecond));
        triage.triage(DraftIds.of(practiceId, Platform.X, "tweet-1"));
        triage.triage(DraftIds.of(otherPractice, Platform.X, "tweet-1"));
        assertEquals(1, stores.drafts().pending(practiceId, PageRequest.first(10)).items().size());
        assertEquals(1, stores.drafts().pending(otherPractice, PageRequest.first(10)).items().size());
    }

    @Test
    void deliveryRecordCarriesItsTtlAndNoCommentText() {
        deliver(add("c-ttl", "Thanks"));
        Instant expected = clock.instant().plus(Duration.ofDays(7));
        var dedup = table.items(ItemType.DEDUP, "practiceId", practiceId).get(0);
        assertEquals(Long.toString(expected.getEpochSecond()), dedup.get(TableDefinition.TTL_ATTRIBUTE).n());
        assertFalse(dedup.containsKey("commentText"), "delivery records carry no comment text");
    }

    @Test
    void theWebhookStoresTheCommentOnceAsReceivedAndDraftsNothing() {
        assertEquals(IngestOutcome.CREATED, ingest.ingest(add("c-recv", "Is parking free?")));
        assertEquals(IngestOutcome.DUPLICATE, ingest.ingest(add("c-recv", "Is parking free?")));

        String draftId = DraftIds.of(practiceId, Platform.FACEBOOK, "c-recv");
        assertEquals(CommentStatus.RECEIVED, stores.comments().find(draftId).orElseThrow().status());
        assertTrue(stores.drafts().findById(draftId).isEmpty());
        assertEquals(0, triager.calls());
        assertEquals(1, table.items(ItemType.INBOUND, "practiceId", practiceId).size());
        assertEquals(1, table.items(ItemType.DEDUP, "practiceId", practiceId).size());
    }

    @Test
    void aRedeliveredTriageRecordChangesNothing() {
        ingest.ingest(add("c-redeliver", "Do you take walk-ins?"));
        String draftId = DraftIds.of(practiceId, Platform.FACEBOOK, "c-redeliver");
        assertEquals(TriageOutcome.DRAFTED, triage.triage(draftId));
        var before = table.item("DRAFT#" + draftId, "DRAFT");

        assertEquals(TriageOutcome.NOTHING_TO_DO, triage.triage(draftId));

        assertEquals(before, table.item("DRAFT#" + draftId, "DRAFT"));
        assertEquals(1, triager.calls());
        assertEquals(List.of(AuditAction.RECEIVED, AuditAction.CREATED),
                stores.drafts().auditTrail(draftId).stream().map(AuditEntry::action).toList());
    }

    @Test
    void anEditBeforeTriageRanIsWhatGetsDrafted() {
        ingest.ingest(add("c-early-edit", "Nice staff"));
        assertEquals(IngestOutcome.RETRIAGED, ingest.ingest(edit("c-early-edit", "URGENT chest pain", "e1")));

        String draftId = DraftIds.of(practiceId, Platform.FACEBOOK, "c-early-edit");
        assertEquals(TriageOutcome.DRAFTED, triage.triage(draftId));   // the INSERT record, read late
        assertEquals(TriageOutcome.NOTHING_TO_DO, triage.triage(draftId));   // the edit's MODIFY record

        DraftRecord draft = stores.drafts().findById(draftId).orElseThrow();
        assertEquals("URGENT chest pain", draft.comment().text());
        assertEquals(Urgency.URGENT, draft.urgency());
        assertEquals(1, draft.version());
    }

    @Test
    void aCommentRemovedBeforeTriageRanIsNeverDrafted() {
        ingest.ingest(add("c-early-remove", "Call me about my results"));
        assertEquals(IngestOutcome.RETRACTED, ingest.ingest(remove("c-early-remove")));

        String draftId = DraftIds.of(practiceId, Platform.FACEBOOK, "c-early-remove");
        assertEquals(TriageOutcome.NOTHING_TO_DO, triage.triage(draftId));

        assertTrue(stores.drafts().findById(draftId).isEmpty());
        assertEquals(0, triager.calls());
        assertEquals(CommentStatus.REMOVED, stores.comments().find(draftId).orElseThrow().status());
        assertEquals(IngestOutcome.NO_PENDING_DRAFT, ingest.ingest(edit("c-early-remove", "again", "e2")),
                "an edit after the removal is not triaged either");
    }

    @Test
    void onlyCommentsStillAwaitingTriageAreListedAsStuck() {
        ingest.ingest(add("c-stuck", "Hello"));
        ingest.ingest(add("c-done", "Hello"));
        triageOf("c-done");
        clock.advance(Duration.ofMinutes(6));
        ingest.ingest(add("c-fresh", "Hello"));

        var stuck = stores.comments().awaitingTriageSince(practiceId, clock.instant().minus(Duration.ofMinutes(5)), 10);

        assertEquals(List.of(DraftIds.of(practiceId, Platform.FACEBOOK, "c-stuck")),
                stuck.stream().map(c -> c.draftId()).toList());
    }

    /** What the platform's delivery and then the stream record of it do: ingest, then triage. */
    private IngestOutcome deliver(InboundComment comment) {
        IngestOutcome outcome = ingest.ingest(comment);
        triage.triage(DraftIds.of(practiceId, comment.platform(), comment.commentId()));
        return outcome;
    }

    private TriageOutcome triageOf(String commentId) {
        return triage.triage(DraftIds.of(practiceId, Platform.FACEBOOK, commentId));
    }

    private InboundComment add(String commentId, String text) {
        return new InboundComment(Platform.FACEBOOK, pageId, commentId, CommentVerb.ADD, commentId + "|add", text,
                "user-1", "Pat Example", "pat.example", null, "https://facebook.example/" + commentId,
                Instant.parse("2025-03-01T08:59:00Z"));
    }

    private InboundComment edit(String commentId, String text, String editId) {
        return new InboundComment(Platform.FACEBOOK, pageId, commentId, CommentVerb.EDIT,
                commentId + "|edited|" + editId, text, "user-1", null, null, null, null, null);
    }

    private InboundComment remove(String commentId) {
        return new InboundComment(Platform.FACEBOOK, pageId, commentId, CommentVerb.REMOVE, commentId + "|remove",
                null, "user-1", null, null, null, null, null);
    }
}
