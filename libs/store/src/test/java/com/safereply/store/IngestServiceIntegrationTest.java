package com.safereply.store;

import com.safereply.app.CommentVerb;
import com.safereply.app.DraftIds;
import com.safereply.app.InboundComment;
import com.safereply.app.IngestOutcome;
import com.safereply.app.IngestService;
import com.safereply.app.Platform;
import com.safereply.app.Triager;
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

/** The ingest use case against DynamoDB Local through the real SDK: dedup, re-triage, retraction. */
class IngestServiceIntegrationTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();
    private static final AtomicInteger PRACTICES = new AtomicInteger();

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));
    private final StubTriager triager = new StubTriager();
    private DynamoDbStores stores;
    private IngestService ingest;
    private TableInspector table;
    private String practiceId;
    private String pageId;

    @BeforeEach
    void setUp() {
        stores = dynamo.stores(clock);
        ingest = new IngestService(stores.practices(), stores.drafts(), triager, clock, Duration.ofDays(7));
        table = new TableInspector(dynamo.client(), dynamo.tableName());
        int n = PRACTICES.incrementAndGet();
        practiceId = "ingest-" + n;
        pageId = "page" + n;
        stores.practices().save(TestPractices.practice(practiceId, TestPractices.facebook(pageId)));
    }

    @Test
    void newCommentBecomesAPendingDraftWithEverythingApproversNeed() {
        InboundComment comment = add("c1", "Loved the new front desk, thanks!");

        assertEquals(IngestOutcome.CREATED, ingest.ingest(comment));

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
        assertEquals(List.of(AuditAction.CREATED),
                stores.drafts().auditTrail(draft.draftId()).stream().map(AuditEntry::action).toList());
        assertEquals(List.of(draft), stores.drafts().pending(practiceId, PageRequest.first(10)).items());
    }

    @Test
    void sameDeliveryFiveTimesInARowStoresOneDraftAndOneDeliveryRecord() {
        InboundComment comment = add("c-repeat", "Great visit");

        List<IngestOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            outcomes.add(ingest.ingest(comment));
        }

        assertEquals(List.of(IngestOutcome.CREATED, IngestOutcome.DUPLICATE, IngestOutcome.DUPLICATE,
                IngestOutcome.DUPLICATE, IngestOutcome.DUPLICATE), outcomes);
        assertEquals(1, table.items(ItemType.DRAFT, "practiceId", practiceId).size());
        assertEquals(1, table.items(ItemType.DEDUP, "practiceId", practiceId).size());
        assertEquals(1, stores.drafts().auditTrail(DraftIds.of(practiceId, Platform.FACEBOOK, "c-repeat")).size());
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
        assertEquals(1, table.items(ItemType.DRAFT, "practiceId", practiceId).size());
        assertEquals(1, table.items(ItemType.DEDUP, "practiceId", practiceId).size());
        assertEquals(1, table.items(ItemType.AUDIT, "practiceId", practiceId).size());
    }

    @Test
    void editedCommentReTriagesThePendingDraftAsANewVersion() {
        ingest.ingest(add("c-edit", "Nice staff"));
        clock.advance(Duration.ofMinutes(3));

        IngestOutcome outcome = ingest.ingest(edit("c-edit", "URGENT my father has chest pain", "e1"));

        assertEquals(IngestOutcome.RETRIAGED, outcome);
        DraftRecord draft = stores.drafts().findByComment(practiceId, Platform.FACEBOOK, "c-edit").orElseThrow();
        assertEquals(2, draft.version());
        assertEquals("URGENT my father has chest pain", draft.comment().text());
        assertEquals(Urgency.URGENT, draft.urgency());
        assertEquals(DraftState.PENDING_APPROVAL, draft.state());
        assertEquals(List.of(1L, 2L), draft.history().stream().map(r -> r.version()).toList());
        assertEquals(Instant.parse("2025-03-01T09:00:00Z"), draft.createdAt(), "queue position is kept");
        assertEquals(List.of(AuditAction.CREATED, AuditAction.RETRIAGED),
                stores.drafts().auditTrail(draft.draftId()).stream().map(AuditEntry::action).toList());
    }

    @Test
    void anEditRacingAnApproversEditIsAppliedOnTopOfIt() {
        ingest.ingest(add("c-race-edit", "Nice staff"));
        String draftId = DraftIds.of(practiceId, Platform.FACEBOOK, "c-race-edit");
        // The approver saves an edit after ingest read the draft and while it re-triages: ingest's write is stale.
        Triager racing = (comment, profile) -> {
            DraftRecord current = stores.drafts().findById(draftId).orElseThrow();
            if (current.version() == 1) {
                stores.drafts().update(DraftUpdate.of(current.edited(current.draft(), "approver-1", clock.instant())));
            }
            return triager.triage(comment, profile);
        };
        IngestService racingIngest = new IngestService(stores.practices(), stores.drafts(), racing, clock, Duration.ofDays(7));

        assertEquals(IngestOutcome.RETRIAGED, racingIngest.ingest(edit("c-race-edit", "Nice staff, long wait", "e1")));

        DraftRecord draft = stores.drafts().findById(draftId).orElseThrow();
        assertEquals(3, draft.version());
        assertEquals(List.of(DraftRevision.SYSTEM, "approver-1", DraftRevision.SYSTEM),
                draft.history().stream().map(DraftRevision::editor).toList());
        assertEquals("Nice staff, long wait", draft.comment().text());
    }

    @Test
    void anOversizedCommentIsStoredCutSoTheDeliveryCannotFailForever() {
        String huge = "a".repeat(300_000);

        assertEquals(IngestOutcome.CREATED, ingest.ingest(add("c-huge", huge)));

        DraftRecord draft = stores.drafts().findByComment(practiceId, Platform.FACEBOOK, "c-huge").orElseThrow();
        assertEquals(Texts.MAX_ANALYSED_CHARS, draft.comment().text().length());
    }

    @Test
    void aRedeliveredEditChangesNothing() {
        ingest.ingest(add("c-edit2", "Nice staff"));
        InboundComment edit = edit("c-edit2", "Nice staff and short wait", "e1");
        assertEquals(IngestOutcome.RETRIAGED, ingest.ingest(edit));
        int triagesBefore = triager.calls();

        assertEquals(IngestOutcome.DUPLICATE, ingest.ingest(edit));

        DraftRecord draft = stores.drafts().findByComment(practiceId, Platform.FACEBOOK, "c-edit2").orElseThrow();
        assertEquals(2, draft.version());
        assertEquals(triagesBefore + 1, triager.calls(), "the duplicate was triaged but not stored");
    }

    @Test
    void editOfADecidedDraftLeavesItAlone() {
        ingest.ingest(add("c-decided", "Thanks"));
        DraftRecord draft = stores.drafts().findByComment(practiceId, Platform.FACEBOOK, "c-decided").orElseThrow();
        stores.drafts().update(DraftUpdate.of(draft.rejected("approver-1", "not needed", clock.instant())));

        assertEquals(IngestOutcome.NO_PENDING_DRAFT, ingest.ingest(edit("c-decided", "Thanks again", "e1")));
        assertEquals(IngestOutcome.NO_PENDING_DRAFT, ingest.ingest(remove("c-decided")));
        assertEquals(DraftState.REJECTED, stores.drafts().findById(draft.draftId()).orElseThrow().state());
    }

    @Test
    void editOrRemovalOfAnUnknownCommentIsNoPendingDraft() {
        assertEquals(IngestOutcome.NO_PENDING_DRAFT, ingest.ingest(edit("never-seen", "text", "e1")));
        assertEquals(IngestOutcome.NO_PENDING_DRAFT, ingest.ingest(remove("never-seen")));
        assertTrue(table.items(ItemType.DRAFT, "practiceId", practiceId).isEmpty());
    }

    @Test
    void removedCommentRetractsThePendingDraftAndLeavesTheQueue() {
        ingest.ingest(add("c-gone", "Call me about my results"));
        String draftId = DraftIds.of(practiceId, Platform.FACEBOOK, "c-gone");

        assertEquals(IngestOutcome.RETRACTED, ingest.ingest(remove("c-gone")));

        DraftRecord draft = stores.drafts().findById(draftId).orElseThrow();
        assertEquals(DraftState.RETRACTED, draft.state());
        assertEquals(DraftRecord.PLATFORM, draft.decision().by());
        assertTrue(stores.drafts().pending(practiceId, PageRequest.first(10)).items().isEmpty());
        assertEquals("DRAFTS#" + practiceId + "#RETRACTED", table.item("DRAFT#" + draftId, "DRAFT").get(TableDefinition.GSI1_PK).s(),
                "out of the queue partition, listed with the retracted drafts");
        assertEquals(IngestOutcome.NO_PENDING_DRAFT, ingest.ingest(remove("c-gone")), "a repeated removal");
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
        assertEquals(1, stores.drafts().pending(practiceId, PageRequest.first(10)).items().size());
        assertEquals(1, stores.drafts().pending(otherPractice, PageRequest.first(10)).items().size());
    }

    @Test
    void deliveryRecordCarriesItsTtlAndNoCommentText() {
        ingest.ingest(add("c-ttl", "Thanks"));
        Instant expected = clock.instant().plus(Duration.ofDays(7));
        var dedup = table.items(ItemType.DEDUP, "practiceId", practiceId).get(0);
        assertEquals(Long.toString(expected.getEpochSecond()), dedup.get(TableDefinition.TTL_ATTRIBUTE).n());
        assertFalse(dedup.containsKey("commentText"), "delivery records carry no comment text");
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
