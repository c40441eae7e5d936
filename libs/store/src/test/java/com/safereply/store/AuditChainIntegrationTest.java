package com.safereply.store;

import com.safereply.app.audit.AuditEvent;
import com.safereply.app.audit.AuditLog;
import com.safereply.app.audit.AuditRange;
import com.safereply.app.audit.ChainVerifier;
import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.Delivery;
import com.safereply.app.draft.DraftContent;
import com.safereply.app.draft.DraftRecord;
import com.safereply.core.model.ReplyAction;
import com.safereply.app.draft.DraftUpdate;
import com.safereply.app.inbox.ReceivedComment;
import com.safereply.app.publish.PublishClaim;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.MutableClock;
import com.safereply.store.testing.TableInspector;
import com.safereply.store.testing.TestDrafts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each practice's audit events as one hash chain in the table, sealed safely by concurrent writers. */
class AuditChainIntegrationTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();
    private static final AtomicInteger PRACTICES = new AtomicInteger();
    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private static final AuditRange ALL = new AuditRange(Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2027-01-01T00:00:00Z"));

    private final MutableClock clock = new MutableClock(T0);
    private final DynamoDbStores stores = dynamo.stores(clock);
    private final DynamoDbAuditLog log = stores.auditLog();
    private final TableInspector table = new TableInspector(dynamo.client(), dynamo.tableName());

    private static String practice() {
        return "chain-" + PRACTICES.incrementAndGet();
    }

    private List<AuditEvent> chain(String practiceId, AuditRange range, int pageSize) {
        List<AuditEvent> events = new ArrayList<>();
        long after = log.firstSequenceAtOrAfter(practiceId, range.from()).orElse(Long.MAX_VALUE) - 1;
        if (after == Long.MAX_VALUE - 1) {
            return events;
        }
        AuditLog.Page page;
        do {
            page = log.page(practiceId, range, after, pageSize);
            events.addAll(page.events());
            if (!page.events().isEmpty()) {
                after = page.events().get(page.events().size() - 1).sequence();
            }
        } while (page.hasMore());
        return events;
    }

    /** One draft through its whole life, every audited step through the real stores. */
    @Test
    void everyKindTheIssueListsIsChainedWithWhoWhenDraftVersionAndHash() {
        String practiceId = practice();
        DraftRecord draft = TestDrafts.pending(practiceId, "c1", T0);
        stores.comments().receive(ReceivedComment.received(draft.draftId(), practiceId, draft.comment(),
                T0.minusSeconds(5)), TestDrafts.delivery(draft, T0.minusSeconds(5)));
        stores.drafts().create(draft, new Delivery(practiceId, "again", T0.plusSeconds(86_400)), TestDrafts.created(draft));
        stores.drafts().recordView(AuditEntry.of(draft, "approver-1", AuditAction.VIEWED, T0.plusSeconds(10), null),
                Duration.ofMinutes(15));
        DraftRecord edited = draft.edited(new DraftContent("Thanks, please call us at 555-0100.",
                ReplyAction.REPLY, "clinical-v1", true, List.of(), 0.83), "approver-1", T0.plusSeconds(20));
        stores.drafts().update(DraftUpdate.of(edited).withAudit(AuditEntry.of(edited, "approver-1",
                AuditAction.EDITED, T0.plusSeconds(20), "verdict review")));
        DraftRecord approved = edited.approved("approver-2", T0.plusSeconds(30), true);
        stores.drafts().update(DraftUpdate.of(approved).withAudit(AuditEntry.of(approved, "approver-2",
                AuditAction.APPROVED, T0.plusSeconds(30), "verdict review: second approver attested "
                        + "neitherConfirmsNorDeniesRelationship, noHealthInformation")));
        DynamoDbPublishLedger ledger = new DynamoDbPublishLedger(dynamo.client(), dynamo.tableName());
        PublishClaim.Claimed claim = (PublishClaim.Claimed) ledger.claim(draft.draftId(), T0.plusSeconds(40),
                Duration.ofMinutes(1));
        ledger.hidden(draft.draftId(), claim.leaseId(), T0.plusSeconds(41));
        ledger.published(draft.draftId(), claim.leaseId(), "reply-1", T0.plusSeconds(42));

        DraftRecord other = TestDrafts.pending(practiceId, "c2", T0.plusSeconds(50));
        stores.drafts().create(other, TestDrafts.delivery(other, T0), TestDrafts.created(other));
        DraftRecord approvedOther = other.approved("approver-1", T0.plusSeconds(55));
        stores.drafts().update(DraftUpdate.of(approvedOther).withAudit(AuditEntry.of(approvedOther, "approver-1",
                AuditAction.APPROVED, T0.plusSeconds(55), "verdict safe")));
        PublishClaim.Claimed otherClaim = (PublishClaim.Claimed) ledger.claim(other.draftId(), T0.plusSeconds(60),
                Duration.ofMinutes(1));
        ledger.failed(other.draftId(), otherClaim.leaseId(), "token-expired", T0.plusSeconds(61));
        DraftRecord third = TestDrafts.pending(practiceId, "c3", T0.plusSeconds(70));
        stores.drafts().create(third, TestDrafts.delivery(third, T0), TestDrafts.created(third));
        DraftRecord rejected = third.rejected("approver-2", "not needed", T0.plusSeconds(75));
        stores.drafts().update(DraftUpdate.of(rejected).withAudit(AuditEntry.of(rejected, "approver-2",
                AuditAction.REJECTED, T0.plusSeconds(75), null)));

        int sealed = log.seal(practiceId);
        List<AuditEvent> events = chain(practiceId, ALL, 4);

        assertEquals(sealed, events.size());
        assertEquals(List.of("received", "triaged", "viewed", "edited", "approved", "attested", "publish_attempted",
                "hidden", "published", "triaged", "approved", "publish_attempted", "failed", "triaged", "rejected"),
                events.stream().map(AuditEvent::action).toList());
        assertTrue(ChainVerifier.verify(events.iterator(), null).intact());
        AuditEvent received = events.get(0);
        assertEquals("platform", received.actor());
        assertEquals(0, received.draftVersion());
        assertEquals(AuditEntry.sha256(draft.comment().text()), received.textHash());
        AuditEvent editedEvent = events.get(3);
        assertEquals("approver-1", editedEvent.actor());
        assertEquals(T0.plusSeconds(20), editedEvent.at());
        assertEquals(draft.draftId(), editedEvent.draftId());
        assertEquals(2, editedEvent.draftVersion());
        assertEquals(AuditEntry.sha256("Thanks, please call us at 555-0100."), editedEvent.textHash());
        assertEquals("verdict review", editedEvent.detail());
        assertEquals("token-expired", events.get(12).detail());
        assertEquals(0, log.seal(practiceId), "sealing again appends nothing");
    }

    @Test
    void nothingAuditRelatedExpires() {
        String practiceId = practice();
        DraftRecord draft = TestDrafts.pending(practiceId, "c1", T0);
        stores.comments().receive(ReceivedComment.received(draft.draftId(), practiceId, draft.comment(), T0),
                TestDrafts.delivery(draft, T0));
        stores.drafts().create(draft, new Delivery(practiceId, "k2", T0.plusSeconds(86_400)), TestDrafts.created(draft));
        log.recordPracticeEvent(new AuditEntry("x1", "-", practiceId, T0, "officer", AuditAction.EXPORTED_WITH_TEXT,
                0, AuditEntry.sha256("p"), "p"));
        log.seal(practiceId);

        for (ItemType type : List.of(ItemType.AUDIT, ItemType.AUDIT_CHAIN, ItemType.AUDIT_CHAIN_HEAD)) {
            List<Map<String, AttributeValue>> items = table.items(type, "practiceId", practiceId);
            if (type == ItemType.AUDIT_CHAIN_HEAD) {
                items = table.items(type).stream()
                        .filter(i -> i.get("PK").s().equals(Keys.practicePk(practiceId))).toList();
            }
            assertFalse(items.isEmpty(), type.name());
            assertTrue(items.stream().noneMatch(i -> i.containsKey(TableDefinition.TTL_ATTRIBUTE)),
                    type + " items must be kept 6 years: no TTL attribute");
        }
        assertTrue(table.items(ItemType.DEDUP, "practiceId", practiceId).stream()
                .allMatch(i -> i.containsKey(TableDefinition.TTL_ATTRIBUTE)), "only delivery records expire");
    }

    /** Writers and sealers race; every audit item ends in the chain exactly once, with no gap or fork. */
    @Test
    void concurrentWritersAndSealersKeepOneUnbrokenChain() throws Exception {
        String practiceId = practice();
        int writers = 6;
        int perWriter = 30;
        List<DraftRecord> drafts = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            DraftRecord d = TestDrafts.pending(practiceId, "w" + w, T0);
            stores.drafts().create(d, TestDrafts.delivery(d, T0), TestDrafts.created(d));
            drafts.add(d);
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            DraftRecord d = drafts.get(w);
            int writer = w;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perWriter; i++) {
                    stores.drafts().appendAudit(new AuditEntry("w" + writer + "-" + i, d.draftId(), practiceId,
                            T0.plusMillis(i * 10L + writer), "approver-" + writer, AuditAction.VIEWED, 1, "ab".repeat(32),
                            null));
                    if (i % 3 == writer % 3) {
                        log.seal(practiceId);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        log.seal(practiceId);

        List<AuditEvent> events = chain(practiceId, ALL, 50);
        assertEquals(writers + writers * perWriter, events.size());
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i + 1, events.get(i).sequence());
        }
        ChainVerifier.Report report = ChainVerifier.verify(events.iterator(), null);
        assertTrue(report.intact(), report.problem());
        Set<String> entryIds = new HashSet<>();
        table.items(ItemType.AUDIT_CHAIN, "practiceId", practiceId).forEach(i -> entryIds.add(i.get("entryId").s()));
        assertEquals(events.size(), entryIds.size(), "no audit item chained twice");
        assertTrue(table.items(ItemType.AUDIT, "practiceId", practiceId).stream()
                .noneMatch(i -> i.containsKey(TableDefinition.GSI1_PK)), "nothing left unchained");
    }

    @Test
    void rangesAndPagesAcrossManyPages() {
        String practiceId = practice();
        DraftRecord d = TestDrafts.pending(practiceId, "c1", T0.minusSeconds(3600));
        stores.drafts().create(d, TestDrafts.delivery(d, T0), TestDrafts.created(d));
        for (int i = 0; i < 130; i++) {
            stores.drafts().appendAudit(new AuditEntry("e" + i, d.draftId(), practiceId, T0.plusSeconds(60L * i),
                    "approver-1", AuditAction.VIEWED, 1, "ab".repeat(32), null));
        }
        log.seal(practiceId);

        List<AuditEvent> all = chain(practiceId, ALL, 9);
        assertEquals(131, all.size());
        AuditRange hour = new AuditRange(T0.plusSeconds(600), T0.plusSeconds(600 + 3600));
        List<AuditEvent> inHour = chain(practiceId, hour, 7);
        assertEquals(60, inHour.size());
        assertEquals(T0.plusSeconds(600), inHour.get(0).at());
        assertEquals(T0.plusSeconds(600 + 59 * 60), inHour.get(59).at());
        assertTrue(ChainVerifier.verify(inHour.iterator(), null).intact(), "a range verifies on its own");
        assertEquals(List.of(), chain(practiceId, new AuditRange(T0.plusSeconds(86_400), T0.plusSeconds(90_000)), 5));
    }

    /**
     * An audit item chained after newer ones (its index entry showed up late, or its writer's clock ran behind) still
     * lands in exactly one of two consecutive ranges, and no event of the later range is cut off by it.
     */
    @Test
    void anItemChainedLateIsInExactlyOneOfConsecutiveRanges() {
        String practiceId = practice();
        DraftRecord d = TestDrafts.pending(practiceId, "c1", T0);
        stores.drafts().create(d, TestDrafts.delivery(d, T0), TestDrafts.created(d));
        for (int i = 1; i <= 4; i++) {
            stores.drafts().appendAudit(new AuditEntry("on-time-" + i, d.draftId(), practiceId,
                    T0.plusSeconds(600L * i), "approver-1", AuditAction.VIEWED, 1, "ab".repeat(32), null));
        }
        log.seal(practiceId);
        // Written with a time before the chain head (09:26:40 while the head is at 09:40), then one after it. By event
        // time alone, the later range would start at the late item and lose the two views chained before it.
        stores.drafts().appendAudit(new AuditEntry("late", d.draftId(), practiceId, T0.plusSeconds(1600),
                "approver-2", AuditAction.VIEWED, 1, "cd".repeat(32), null));
        stores.drafts().appendAudit(new AuditEntry("after", d.draftId(), practiceId, T0.plusSeconds(3000),
                "approver-1", AuditAction.VIEWED, 1, "ab".repeat(32), null));
        log.seal(practiceId);

        Instant split = T0.plusSeconds(1500);
        List<AuditEvent> before = chain(practiceId, new AuditRange(ALL.from(), split), 2);
        List<AuditEvent> after = chain(practiceId, new AuditRange(split, ALL.to()), 2);
        List<AuditEvent> whole = chain(practiceId, ALL, 2);

        assertEquals(7, whole.size());
        List<AuditEvent> joined = new ArrayList<>(before);
        joined.addAll(after);
        assertEquals(whole, joined, "consecutive ranges hold every event once, in chain order");
        assertEquals("approver-2", after.get(after.size() - 2).actor(), "the late item is in the range it was chained in");
        assertEquals(T0.plusSeconds(3000), after.get(after.size() - 1).at(), "and the event after it is not cut off");
        assertTrue(ChainVerifier.verify(after.iterator(), before.get(before.size() - 1)).intact());
    }

    /**
     * A chain written before chain times existed (no chain time on its head or links, each link indexed by its event
     * time) whose last link was a late item: the next link's chain time starts from the latest indexed time, not from
     * the late link's own time, so it never goes back along the chain.
     */
    @Test
    void aChainFromBeforeChainTimesGoesOnFromItsLatestIndexedTime() {
        String practiceId = practice();
        DraftRecord d = TestDrafts.pending(practiceId, "c1", T0);
        stores.drafts().create(d, TestDrafts.delivery(d, T0), TestDrafts.created(d));
        stores.drafts().appendAudit(new AuditEntry("v1", d.draftId(), practiceId, T0.plusSeconds(2400), "approver-1",
                AuditAction.VIEWED, 1, "ab".repeat(32), null));
        log.seal(practiceId);
        stores.drafts().appendAudit(new AuditEntry("late", d.draftId(), practiceId, T0.plusSeconds(1600), "approver-2",
                AuditAction.VIEWED, 1, "cd".repeat(32), null));
        log.seal(practiceId);
        // Rewrite the chain as the code before chain times left it.
        String pk = Keys.practicePk(practiceId);
        dynamo.client().updateItem(b -> b.tableName(dynamo.tableName())
                .key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(Keys.CHAIN_HEAD_SK)))
                .updateExpression("REMOVE chainedAt"));
        for (long sequence = 1; sequence <= 3; sequence++) {
            Map<String, AttributeValue> key = Map.of("PK", AttributeValue.fromS(pk),
                    "SK", AttributeValue.fromS(Keys.chainSk(sequence)));
            Instant at = Instant.parse(dynamo.client().getItem(b -> b.tableName(dynamo.tableName()).key(key))
                    .item().get("at").s());
            long seq = sequence;
            dynamo.client().updateItem(b -> b.tableName(dynamo.tableName()).key(key)
                    .updateExpression("REMOVE chainedAt SET GSI1SK = :sk")
                    .expressionAttributeValues(Map.of(":sk", AttributeValue.fromS(Keys.chainByTimeSk(at, seq)))));
        }

        stores.drafts().appendAudit(new AuditEntry("next", d.draftId(), practiceId, T0.plusSeconds(2000), "approver-1",
                AuditAction.VIEWED, 1, "ab".repeat(32), null));
        log.seal(practiceId);

        Map<String, AttributeValue> next = dynamo.client().getItem(b -> b.tableName(dynamo.tableName())
                .key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(Keys.chainSk(4))))).item();
        assertEquals(T0.plusSeconds(2400), Instant.parse(next.get(DynamoDbAuditLog.CHAINED_AT).s()),
                "from the latest indexed time (09:40), not the late last link's (09:26:40)");
        assertEquals(List.of(), chain(practiceId, new AuditRange(T0.plusSeconds(2401), ALL.to()), 2),
                "nothing is chained before a time already passed");
    }

    @Test
    void tamperingWithTheStoredChainShowsInTheExport() {
        String practiceId = practice();
        DraftRecord d = TestDrafts.pending(practiceId, "c1", T0);
        stores.drafts().create(d, TestDrafts.delivery(d, T0), TestDrafts.created(d));
        for (int i = 0; i < 10; i++) {
            stores.drafts().appendAudit(new AuditEntry("e" + i, d.draftId(), practiceId, T0.plusSeconds(i + 1),
                    "approver-1", AuditAction.VIEWED, 1, "ab".repeat(32), null));
        }
        log.seal(practiceId);

        dynamo.client().updateItem(b -> b.tableName(dynamo.tableName())
                .key(Map.of("PK", AttributeValue.fromS(Keys.practicePk(practiceId)),
                        "SK", AttributeValue.fromS(Keys.chainSk(4))))
                .updateExpression("SET actor = :a").expressionAttributeValues(Map.of(":a", AttributeValue.fromS("x"))));
        ChainVerifier.Report edited = ChainVerifier.verify(chain(practiceId, ALL, 3).iterator(), null);
        assertEquals(Optional.of(4L), edited.firstBroken());

        dynamo.client().deleteItem(b -> b.tableName(dynamo.tableName())
                .key(Map.of("PK", AttributeValue.fromS(Keys.practicePk(practiceId)),
                        "SK", AttributeValue.fromS(Keys.chainSk(2)))));
        ChainVerifier.Report deleted = ChainVerifier.verify(chain(practiceId, ALL, 3).iterator(), null);
        assertEquals(Optional.of(3L), deleted.firstBroken());
        assertTrue(deleted.problem().contains("deleted"), deleted.problem());
    }
}
