package com.safereply.store;

import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftStore;
import com.safereply.app.draft.InvalidCursorException;
import com.safereply.app.draft.Page;
import com.safereply.app.draft.PageRequest;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit trail's paged read and its folding of repeated views (issue 11 finding 7), on DynamoDB Local. */
class AuditTrailIntegrationTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();
    private static final AtomicInteger PRACTICES = new AtomicInteger();
    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final MutableClock clock = new MutableClock(T0);
    private DraftStore store;
    private TableInspector table;
    private DraftRecord draft;

    @BeforeEach
    void setUp() {
        store = dynamo.stores(clock).drafts();
        table = new TableInspector(dynamo.client(), dynamo.tableName());
        draft = TestDrafts.pending("audit-" + PRACTICES.incrementAndGet(), "c1", T0);
        store.create(draft, TestDrafts.delivery(draft, T0), TestDrafts.created(draft));
    }

    @Test
    void pagesCoverTheWholeTrailOnceInOrder() {
        for (int i = 1; i <= 57; i++) {
            // Distinct approvers, so no view folds; some share a millisecond (the entry id breaks the tie).
            store.recordView(view("approver-" + i, T0.plusMillis(i / 2)), WINDOW);
        }
        List<AuditEntry> whole = store.auditTrail(draft.draftId());
        assertEquals(58, whole.size());

        List<AuditEntry> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<AuditEntry> page = store.auditPage(draft.draftId(), new PageRequest(5, cursor));
            assertTrue(page.items().size() <= 5);
            paged.addAll(page.items());
            cursor = page.nextCursor().orElse(null);
            pages++;
        } while (cursor != null && pages < 100);

        assertEquals(whole, paged, "every item exactly once, oldest first");
        assertEquals(12, pages, "58 items in pages of 5, and no empty trailing page");
        Page<AuditEntry> exact = store.auditPage(draft.draftId(), PageRequest.first(58));
        assertEquals(58, exact.items().size());
        assertTrue(exact.nextCursor().isEmpty(), "a page that holds the rest has no cursor");
    }

    @Test
    void aCursorOnlyWorksForTheDraftItWasIssuedFor() {
        for (int i = 0; i < 3; i++) {
            store.recordView(view("approver-" + i, T0.plusSeconds(i)), WINDOW);
        }
        String cursor = store.auditPage(draft.draftId(), PageRequest.first(2)).nextCursor().orElseThrow();
        DraftRecord other = TestDrafts.pending(draft.practiceId(), "c2", T0);
        store.create(other, TestDrafts.delivery(other, T0), TestDrafts.created(other));
        store.recordView(view(other, "approver-0", T0.plusSeconds(1)), WINDOW);

        assertThrows(InvalidCursorException.class, () -> store.auditPage(other.draftId(), new PageRequest(2, cursor)));
        assertThrows(InvalidCursorException.class, () -> store.auditPage(draft.draftId(), new PageRequest(2, "%%%")));
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("a1|" + draft.draftId() + "|NOTIFIED#pending#v1").getBytes(StandardCharsets.UTF_8));
        assertThrows(InvalidCursorException.class, () -> store.auditPage(draft.draftId(), new PageRequest(2, forged)));
        String queueCursor = store.pending(draft.practiceId(), PageRequest.first(1)).nextCursor().orElseThrow();
        assertThrows(InvalidCursorException.class,
                () -> store.auditPage(draft.draftId(), new PageRequest(2, queueCursor)), "a queue cursor is refused");
        assertEquals(2, store.auditPage(draft.draftId(), new PageRequest(2, cursor)).items().size(),
                "created + 3 views: the cursor still reads the rest of its own draft");
    }

    @Test
    void repeatedViewsOfOneVersionByOneApproverWithinTheWindowAreOneItemWithACount() {
        assertFalse(store.recordView(view("alice", T0.plusSeconds(10)), WINDOW), "the first view is a new item");
        assertTrue(store.recordView(view("alice", T0.plusSeconds(70)), WINDOW));
        assertTrue(store.recordView(view("alice", T0.plusSeconds(10).plus(WINDOW).minusMillis(1)), WINDOW));

        List<AuditEntry> views = views();
        assertEquals(1, views.size());
        assertEquals(3, views.get(0).count());
        assertEquals(T0.plusSeconds(10), views.get(0).at(), "at is the first view");
        assertEquals(T0.plusSeconds(10).plus(WINDOW).minusMillis(1), views.get(0).lastAt(), "lastAt the last one");
    }

    @Test
    void anotherApproverAnotherVersionOrALaterWindowStartsANewItem() {
        store.recordView(view("alice", T0.plusSeconds(10)), WINDOW);
        assertFalse(store.recordView(view("bob", T0.plusSeconds(11)), WINDOW), "another approver");
        assertFalse(store.recordView(atVersion(view("alice", T0.plusSeconds(12)), 2), WINDOW), "after an edit");
        assertFalse(store.recordView(atVersion(view("alice", T0.plusSeconds(13)), 1), WINDOW),
                "back on version 1: the current item is version 2's");
        assertFalse(store.recordView(view("alice", T0.plusSeconds(13).plus(WINDOW)), WINDOW), "window over");
        assertTrue(store.recordView(view("alice", T0.plusSeconds(14).plus(WINDOW)), WINDOW));

        assertEquals(List.of(1L, 1L, 1L, 1L, 2L), views().stream().map(AuditEntry::count).toList());
        assertEquals(List.of("alice", "bob", "alice", "alice", "alice"),
                views().stream().map(AuditEntry::actor).toList());
    }

    @Test
    void anOutOfOrderViewCountsWithoutMovingLastAtBack() {
        store.recordView(view("alice", T0.plusSeconds(10)), WINDOW);
        store.recordView(view("alice", T0.plusSeconds(30)), WINDOW);
        store.recordView(view("alice", T0.plusSeconds(20)), WINDOW);

        AuditEntry only = views().get(0);
        assertEquals(3, only.count());
        assertEquals(T0.plusSeconds(30), only.lastAt());
    }

    @Test
    void concurrentViewsByOneApproverLoseNoCountAndMakeOneItem() throws Exception {
        int threads = 6;
        int viewsEach = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < viewsEach; i++) {
                        store.recordView(view("alice", T0.plusMillis(thread * 100L + i)), WINDOW);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<AuditEntry> views = views();
        assertEquals(1, views.size(), "concurrent first views still make one item");
        assertEquals(threads * viewsEach, views.get(0).count());
        assertEquals(T0.plusMillis((threads - 1) * 100L + viewsEach - 1), views.get(0).lastAt());
    }

    @Test
    void manyViewsAreOneItemAndOneSmallPage() {
        for (int i = 0; i < 500; i++) {
            store.recordView(view("alice", T0.plusMillis(1 + i * 600L)), WINDOW); // 5 minutes of views
        }
        List<AuditEntry> whole = store.auditTrail(draft.draftId());
        assertEquals(2, whole.size(), "created + one viewed item, not 501 items");
        assertEquals(500, views().get(0).count());
        assertEquals(2, table.items(ItemType.AUDIT, "draftId", draft.draftId()).size());

        Page<AuditEntry> page = store.auditPage(draft.draftId(), PageRequest.first(50));
        assertEquals(whole, page.items());
        assertTrue(page.nextCursor().isEmpty());
    }

    @Test
    void theViewPointerHoldsNoTextAndIsNotAnAuditItem() {
        store.recordView(view("alice", T0.plusSeconds(1)), WINDOW);
        var pointers = table.items(ItemType.VIEWING, "draftId", draft.draftId());
        assertEquals(1, pointers.size());
        assertFalse(pointers.get(0).toString().contains("alice"), "the approver id is hashed in the key");
        Set<String> actions = new HashSet<>();
        store.auditTrail(draft.draftId()).forEach(e -> actions.add(e.action().name()));
        assertEquals(Set.of("CREATED", "VIEWED"), actions);
    }

    private List<AuditEntry> views() {
        return store.auditTrail(draft.draftId()).stream().filter(e -> e.action() == AuditAction.VIEWED).toList();
    }

    private AuditEntry view(String actor, Instant at) {
        return view(draft, actor, at);
    }

    private static AuditEntry view(DraftRecord d, String actor, Instant at) {
        return AuditEntry.of(d, actor, AuditAction.VIEWED, at, null);
    }

    private static AuditEntry atVersion(AuditEntry e, long version) {
        return new AuditEntry(e.entryId(), e.draftId(), e.practiceId(), e.at(), e.actor(), e.action(), version,
                e.textHash(), e.detail());
    }
}
