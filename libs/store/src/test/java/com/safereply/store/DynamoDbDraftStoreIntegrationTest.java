package com.safereply.store;

import com.safereply.app.Platform;
import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.CreateOutcome;
import com.safereply.app.draft.Delivery;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftState;
import com.safereply.app.draft.DraftStore;
import com.safereply.app.draft.DraftUpdate;
import com.safereply.app.draft.DuplicateDeliveryException;
import com.safereply.app.draft.InvalidCursorException;
import com.safereply.app.draft.Page;
import com.safereply.app.draft.PageRequest;
import com.safereply.app.draft.Urgency;
import com.safereply.app.draft.VersionConflictException;
import com.safereply.core.model.Completeness;
import com.safereply.core.model.GuardResult;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.MutableClock;
import com.safereply.store.testing.TableInspector;
import com.safereply.store.testing.TestDrafts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The draft store's contract against DynamoDB Local through the real SDK client. */
class DynamoDbDraftStoreIntegrationTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();
    private static final AtomicInteger PRACTICES = new AtomicInteger();
    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private DraftStore store;
    private TableInspector table;
    private String practice;

    @BeforeEach
    void setUp() {
        store = dynamo.stores(clock).drafts();
        table = new TableInspector(dynamo.client(), dynamo.tableName());
        practice = "store-" + PRACTICES.incrementAndGet();
    }

    @Test
    void aStoredDraftReadsBackEqualInEveryField() {
        DraftRecord draft = TestDrafts.pending(practice, "c1", T0);
        assertEquals(CreateOutcome.CREATED, create(draft));

        assertEquals(Optional.of(draft), store.findById(draft.draftId()));
        assertEquals(Optional.of(draft), store.findByComment(practice, Platform.FACEBOOK, "c1"));

        DraftRecord approved = draft.approved("approver-1", T0.plusSeconds(60));
        store.update(DraftUpdate.of(approved));
        assertEquals(Optional.of(approved), store.findById(draft.draftId()));
    }

    @Test
    void unknownIdsFindNothing() {
        assertEquals(Optional.empty(), store.findById("no-such-draft"));
        assertEquals(Optional.empty(), store.findByComment(practice, Platform.X, "no-such-comment"));
    }

    @Test
    void creatingTheSameDraftAgainIsADuplicateEvenWithAnotherDeliveryKey() {
        DraftRecord draft = TestDrafts.pending(practice, "c1", T0);
        create(draft);

        Delivery other = new Delivery(practice, "another-key", T0.plus(Duration.ofDays(7)));
        assertEquals(CreateOutcome.DUPLICATE, store.create(draft, other, TestDrafts.created(draft)));
        assertEquals(1, table.items(ItemType.DRAFT, "practiceId", practice).size());
        assertEquals(1, table.items(ItemType.DEDUP, "practiceId", practice).size(), "all or nothing");
        assertEquals(1, table.items(ItemType.COMMENT).stream()
                .filter(i -> i.get("draftId").s().equals(draft.draftId())).count());
    }

    @Test
    void queueIsOldestFirst() {
        List<Instant> times = List.of(T0.plusSeconds(300), T0, T0.plusMillis(1), T0.plusSeconds(60), T0.plusMillis(500));
        for (int i = 0; i < times.size(); i++) {
            create(TestDrafts.pending(practice, "c" + i, times.get(i)));
        }

        List<Instant> served = store.pending(practice, PageRequest.first(50)).items().stream()
                .map(DraftRecord::createdAt).toList();

        assertEquals(times.stream().sorted().toList(), served);
    }

    @Test
    void pagesWalkTheWholeQueueInOrderAndTheLastPageHasNoCursor() {
        for (int i = 0; i < 7; i++) {
            create(TestDrafts.pending(practice, "c" + i, T0.plusSeconds(i)));
        }

        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = null;
        do {
            Page<DraftRecord> page = store.pending(practice, new PageRequest(3, cursor));
            page.items().forEach(d -> seen.add(d.comment().commentId()));
            sizes.add(page.items().size());
            cursor = page.nextCursor().orElse(null);
        } while (cursor != null);

        assertEquals(List.of(3, 3, 1), sizes);
        assertEquals(List.of("c0", "c1", "c2", "c3", "c4", "c5", "c6"), seen);
    }

    @Test
    void aQueueThatFillsItsLastPageExactlyEndsWithoutAnEmptyPage() {
        for (int i = 0; i < 4; i++) {
            create(TestDrafts.pending(practice, "c" + i, T0.plusSeconds(i)));
        }
        Page<DraftRecord> first = store.pending(practice, PageRequest.first(2));
        Page<DraftRecord> second = store.pending(practice, new PageRequest(2, first.nextCursor().orElseThrow()));

        assertEquals(2, second.items().size());
        assertTrue(second.nextCursor().isEmpty());
    }

    @Test
    void practicesNeverSeeEachOthersQueue() {
        String other = practice + "-b";
        create(TestDrafts.pending(practice, "a1", T0));
        create(TestDrafts.pending(other, "b1", T0.minusSeconds(10)));
        create(TestDrafts.pending(other, "b2", T0.plusSeconds(10)));

        assertEquals(List.of(practice), store.pending(practice, PageRequest.first(50)).items().stream()
                .map(DraftRecord::practiceId).distinct().toList());
        assertEquals(List.of("b1", "b2"), store.pending(other, PageRequest.first(50)).items().stream()
                .map(d -> d.comment().commentId()).toList());
        assertEquals(Optional.empty(), store.findByComment(practice, Platform.FACEBOOK, "b1"));
    }

    @Test
    void aCursorIsOnlyValidForTheQueueThatIssuedIt() {
        String other = practice + "-b";
        for (int i = 0; i < 3; i++) {
            create(TestDrafts.pending(other, "b" + i, T0.plusSeconds(i)));
        }
        String othersCursor = store.pending(other, PageRequest.first(1)).nextCursor().orElseThrow();

        assertThrows(InvalidCursorException.class, () -> store.pending(practice, new PageRequest(5, othersCursor)));
        assertThrows(InvalidCursorException.class, () -> store.pending(practice, new PageRequest(5, "%%%not-base64")));
        String forged = Base64.getUrlEncoder().encodeToString(("q1|" + practice + "|DRAFT#x").getBytes(StandardCharsets.UTF_8));
        assertThrows(InvalidCursorException.class, () -> store.pending(practice, new PageRequest(5, forged)));
    }

    @Test
    void pendingCreatedBeforeServesOnlyDraftsOlderThanTheCutoff() {
        create(TestDrafts.pending(practice, "old", T0));
        create(TestDrafts.pending(practice, "edge", T0.plusSeconds(60)));
        create(TestDrafts.pending(practice, "new", T0.plusSeconds(120)));

        List<String> overdue = store.pendingCreatedBefore(practice, T0.plusSeconds(60), PageRequest.first(10))
                .items().stream().map(d -> d.comment().commentId()).toList();

        assertEquals(List.of("old"), overdue);
    }

    @Test
    void aStaleVersionIsRejectedAndChangesNothing() {
        DraftRecord draft = TestDrafts.pending(practice, "c1", T0);
        create(draft);
        DraftRecord edited = draft.edited(draft.draft().withEditedText("First edit.", safe()), "approver-1", T0.plusSeconds(5));
        store.update(DraftUpdate.of(edited));

        DraftRecord staleEdit = draft.edited(draft.draft().withEditedText("Stale edit.", safe()), "approver-2", T0.plusSeconds(6));
        AuditEntry staleAudit = AuditEntry.of(staleEdit, "approver-2", AuditAction.EDITED, T0.plusSeconds(6), null);

        assertThrows(VersionConflictException.class, () -> store.update(DraftUpdate.of(staleEdit).withAudit(staleAudit)));
        assertEquals(Optional.of(edited), store.findById(draft.draftId()));
        assertTrue(store.auditTrail(draft.draftId()).stream().noneMatch(e -> e.actor().equals("approver-2")),
                "the audit item of a refused change is not written either");
    }

    @Test
    void concurrentApprovalsOfOneDraftHaveExactlyOneWinner() throws Exception {
        DraftRecord draft = TestDrafts.pending(practice, "c1", T0);
        create(draft);
        int approvers = 8;
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < approvers; i++) {
            String approver = "approver-" + i;
            attempts.add(() -> {
                DraftRecord approved = draft.approved(approver, T0.plusSeconds(30));
                try {
                    store.update(DraftUpdate.of(approved)
                            .withAudit(AuditEntry.of(approved, approver, AuditAction.APPROVED, T0.plusSeconds(30), null)));
                    return true;
                } catch (VersionConflictException e) {
                    return false;
                }
            });
        }

        List<Boolean> results = runTogether(attempts);

        assertEquals(1, results.stream().filter(won -> won).count(), results.toString());
        DraftRecord stored = store.findById(draft.draftId()).orElseThrow();
        assertEquals(DraftState.APPROVED, stored.state());
        assertEquals(2, stored.version());
        assertEquals(List.of(stored.decision().by()), store.auditTrail(draft.draftId()).stream()
                .filter(e -> e.action() == AuditAction.APPROVED).map(AuditEntry::actor).toList());
    }

    @Test
    void decidedAndRetractedDraftsLeaveTheQueueIndexButEditsStayInIt() {
        DraftRecord approved = TestDrafts.pending(practice, "approved", T0);
        DraftRecord rejected = TestDrafts.pending(practice, "rejected", T0.plusSeconds(1));
        DraftRecord retracted = TestDrafts.pending(practice, "retracted", T0.plusSeconds(2));
        DraftRecord edited = TestDrafts.pending(practice, "edited", T0.plusSeconds(3));
        List.of(approved, rejected, retracted, edited).forEach(this::create);

        store.update(DraftUpdate.of(approved.approved("a", T0.plusSeconds(10))));
        store.update(DraftUpdate.of(rejected.rejected("a", "off-topic", T0.plusSeconds(10))));
        store.update(DraftUpdate.of(retracted.retracted(T0.plusSeconds(10))));
        store.update(DraftUpdate.of(edited.edited(edited.draft().withEditedText("New text.", safe()), "a", T0.plusSeconds(10))));

        assertEquals(List.of("edited"), store.pending(practice, PageRequest.first(10)).items().stream()
                .map(d -> d.comment().commentId()).toList());
        for (DraftRecord closed : List.of(approved, rejected, retracted)) {
            DraftState state = store.findById(closed.draftId()).orElseThrow().state();
            var item = table.item("DRAFT#" + closed.draftId(), "DRAFT");
            assertEquals("DRAFTS#" + practice + "#" + state.name(), item.get(TableDefinition.GSI1_PK).s(),
                    "out of the queue partition: " + closed.comment().commentId());
            assertEquals(List.of(closed.draftId()), store.inState(practice, state, PageRequest.first(10)).items().stream()
                    .map(DraftRecord::draftId).toList());
        }
        assertTrue(table.item("DRAFT#" + edited.draftId(), "DRAFT").containsKey(TableDefinition.GSI1_PK));
    }

    @Test
    void anUpdateCarryingAnAlreadyAppliedDeliveryChangesNothing() {
        DraftRecord draft = TestDrafts.pending(practice, "c1", T0);
        create(draft);
        Delivery edit = new Delivery(practice, "c1|edited|1", T0.plus(Duration.ofDays(7)));
        store.update(DraftUpdate.of(draft.edited(draft.draft(), "x", T0.plusSeconds(1))).withDelivery(edit));
        DraftRecord current = store.findById(draft.draftId()).orElseThrow();

        DraftRecord again = current.edited(current.draft(), "x", T0.plusSeconds(2));
        assertThrows(DuplicateDeliveryException.class, () -> store.update(DraftUpdate.of(again).withDelivery(edit)));
        assertEquals(Optional.of(current), store.findById(draft.draftId()));
    }

    @Test
    void anExpiredDeliveryRecordNoLongerBlocksEvenBeforeTtlDeletesIt() {
        DraftRecord draft = TestDrafts.pending(practice, "c1", T0);
        create(draft);
        Delivery shortLived = new Delivery(practice, "c1|edited|1", T0.plusSeconds(60));
        store.update(DraftUpdate.of(draft.edited(draft.draft(), "x", T0.plusSeconds(1))).withDelivery(shortLived));

        clock.advance(Duration.ofMinutes(5));
        DraftRecord current = store.findById(draft.draftId()).orElseThrow();
        store.update(DraftUpdate.of(current.edited(current.draft(), "x", clock.instant())).withDelivery(shortLived));

        assertEquals(3, store.findById(draft.draftId()).orElseThrow().version());
    }

    @Test
    void deliveryRecordsCarryTheTtlAttributeInEpochSeconds() {
        DraftRecord draft = TestDrafts.pending(practice, "c1", T0);
        create(draft);

        var dedup = table.items(ItemType.DEDUP, "practiceId", practice);
        assertEquals(1, dedup.size());
        assertEquals(Long.toString(T0.plus(Duration.ofDays(7)).getEpochSecond()),
                dedup.get(0).get(TableDefinition.TTL_ATTRIBUTE).n());
        assertTrue(table.items(ItemType.DRAFT, "practiceId", practice).stream()
                .noneMatch(i -> i.containsKey(TableDefinition.TTL_ATTRIBUTE)), "drafts never expire");
    }

    @Test
    void auditItemsAreAppendOnlyAndComeBackInOrder() {
        DraftRecord draft = TestDrafts.pending(practice, "c1", T0);
        create(draft);
        AuditEntry viewed = AuditEntry.of(draft, "approver-1", AuditAction.VIEWED, T0.plusSeconds(5), null);
        AuditEntry rewrite = new AuditEntry(viewed.entryId(), viewed.draftId(), viewed.practiceId(), viewed.at(),
                "someone-else", AuditAction.APPROVED, 99, "0".repeat(64), "tampered");

        assertTrue(store.appendAudit(viewed));
        assertFalse(store.appendAudit(viewed), "same entry twice");
        assertFalse(store.appendAudit(rewrite), "an existing entry cannot be overwritten");
        store.appendAudit(AuditEntry.of(draft, "approver-2", AuditAction.VIEWED, T0.plusSeconds(9), null));

        List<AuditEntry> trail = store.auditTrail(draft.draftId());
        assertEquals(List.of(AuditAction.CREATED, AuditAction.VIEWED, AuditAction.VIEWED),
                trail.stream().map(AuditEntry::action).toList());
        assertEquals(viewed, trail.get(1));
        assertEquals(AuditEntry.sha256(draft.draft().text()), trail.get(1).textHash());
        assertTrue(table.items(ItemType.AUDIT, "practiceId", practice).stream()
                .noneMatch(i -> i.toString().contains("Jane Roe") || i.toString().contains("knee")),
                "audit items hold no comment text or names");
    }

    @Test
    void aNotificationIsRecordedOnceAndCanBeReleasedAfterAFailedPublish() {
        DraftRecord draft = TestDrafts.pending(practice, "c1", T0, Urgency.URGENT);
        create(draft);

        assertTrue(store.markNotified(draft.draftId(), "pending#v1", T0));
        assertFalse(store.markNotified(draft.draftId(), "pending#v1", T0.plusSeconds(1)));
        assertTrue(store.markNotified(draft.draftId(), "escalation#1", T0.plusSeconds(900)));

        store.clearNotified(draft.draftId(), "pending#v1");
        assertTrue(store.markNotified(draft.draftId(), "pending#v1", T0.plusSeconds(2)));
        assertEquals(2, table.items(ItemType.NOTIFIED, "draftId", draft.draftId()).size());
    }

    private CreateOutcome create(DraftRecord draft) {
        return store.create(draft, TestDrafts.delivery(draft, clock.instant()), TestDrafts.created(draft));
    }

    private static GuardResult safe() {
        return GuardResult.of(List.of(), new Completeness(1.0, List.of(), List.of()));
    }

    private static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
