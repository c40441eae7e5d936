package com.safereply.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.safereply.app.Platform;
import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftState;
import com.safereply.app.draft.DraftStore;
import com.safereply.app.draft.DraftUpdate;
import com.safereply.app.publish.PublishClaim;
import com.safereply.app.publish.PublishService;
import com.safereply.app.publish.PublishStatus;
import com.safereply.app.publish.moderation.WatchedReply;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.MutableClock;
import com.safereply.store.testing.TableInspector;
import com.safereply.store.testing.TestDrafts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The moderation watch on DynamoDB Local: publishing a Google reply puts it on the watch in the same transaction (a
 * Facebook reply is never watched); the due list is by time, bounded, per practice; a rejection is recorded on the
 * draft once, audited, and shown in its publish status.
 */
class DynamoDbModerationWatchIntegrationTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();
    private static final AtomicInteger PRACTICES = new AtomicInteger();
    private static final Instant T0 = Instant.parse("2026-12-03T09:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private DraftStore drafts;
    private DynamoDbPublishLedger ledger;
    private DynamoDbModerationWatch watch;
    private String practice;
    private String location;

    @BeforeEach
    void setUp() {
        drafts = dynamo.stores(clock).drafts();
        ledger = new DynamoDbPublishLedger(dynamo.client(), dynamo.tableName());
        watch = new DynamoDbModerationWatch(dynamo.client(), dynamo.tableName());
        int n = PRACTICES.incrementAndGet();
        practice = "moderation-" + n;
        location = "99887766" + n;
    }

    @Test
    void aPublishedGoogleReplyIsWatchedFromItsPublishTimeAndAFacebookReplyIsNot() {
        DraftRecord google = publish(TestDrafts.pendingGoogle(practice, location, "AIe9a", T0), T0.plusSeconds(90));
        publish(TestDrafts.pending(practice, "fb-1", T0), T0.plusSeconds(95));

        List<WatchedReply> due = watch.due(practice, T0.plusSeconds(90), 10);
        assertEquals(1, due.size(), "the Facebook reply is never watched");
        WatchedReply reply = due.get(0);
        assertEquals(google.draftId(), reply.draftId());
        assertEquals(Platform.GOOGLE, reply.target().platform());
        assertEquals(location, reply.target().accountId());
        assertEquals(google.comment().commentId(), reply.target().commentId());
        assertEquals(T0.plusSeconds(90), reply.publishedAt());
        assertTrue(watch.due(practice, T0.plusSeconds(89), 10).isEmpty(), "not due before it was published");
        assertTrue(watch.due("another-practice", T0.plusSeconds(90), 10).isEmpty());
    }

    @Test
    void theDueListIsOldestFirstBoundedAndRescheduledOrStoppedRepliesLeaveIt() {
        DraftRecord a = publish(TestDrafts.pendingGoogle(practice, location, "AIe9b", T0), T0.plusSeconds(10));
        DraftRecord b = publish(TestDrafts.pendingGoogle(practice, location, "AIe9c", T0), T0.plusSeconds(20));
        DraftRecord c = publish(TestDrafts.pendingGoogle(practice, location, "AIe9d", T0), T0.plusSeconds(30));
        Instant now = T0.plusSeconds(60);

        List<WatchedReply> firstTwo = watch.due(practice, now, 2);
        assertEquals(List.of(a.draftId(), b.draftId()), firstTwo.stream().map(WatchedReply::draftId).toList());

        watch.checkAgainAt(firstTwo.get(0), now.plus(Duration.ofMinutes(25)));
        watch.stopWatching(firstTwo.get(1));
        assertEquals(List.of(c.draftId()), watch.due(practice, now, 10).stream().map(WatchedReply::draftId).toList());
        assertEquals(List.of(c.draftId(), a.draftId()), watch.due(practice, now.plus(Duration.ofMinutes(25)), 10)
                .stream().map(WatchedReply::draftId).toList());

        watch.checkAgainAt(firstTwo.get(1), now.plus(Duration.ofHours(1)));   // stopped meanwhile: stays stopped
        assertFalse(watch.due(practice, now.plus(Duration.ofDays(1)), 10).stream()
                .anyMatch(w -> w.draftId().equals(b.draftId())));
    }

    @Test
    void aRejectionIsRecordedOnceAuditedAndShownInThePublishStatus() {
        DraftRecord google = publish(TestDrafts.pendingGoogle(practice, location, "AIe9e", T0), T0.plusSeconds(90));
        WatchedReply reply = watch.due(practice, T0.plusSeconds(90), 10).get(0);
        long versionBefore = drafts.findById(google.draftId()).orElseThrow().version();
        assertNull(ledger.statusOf(google.draftId()).orElseThrow().moderation());

        Instant found = T0.plus(Duration.ofHours(3));
        assertTrue(watch.recordRejected(reply, found));
        assertFalse(watch.recordRejected(reply, found.plusSeconds(1800)), "a rerun changes nothing");

        DraftRecord after = drafts.findById(google.draftId()).orElseThrow();
        assertEquals(DraftState.PUBLISHED, after.state(), "still published: the platform took it down, not us");
        assertEquals(versionBefore + 1, after.version());
        PublishStatus status = ledger.statusOf(google.draftId()).orElseThrow();
        assertEquals("REJECTED", status.moderation());
        assertEquals(found, status.moderationAt());
        List<AuditEntry> rejected = drafts.auditTrail(google.draftId()).stream()
                .filter(e -> e.action() == AuditAction.REPLY_REJECTED).toList();
        assertEquals(1, rejected.size());
        assertEquals(DynamoDbModerationWatch.ACTOR, rejected.get(0).actor());
        assertEquals(after.version(), rejected.get(0).draftVersion());
        assertEquals(1, new TableInspector(dynamo.client(), dynamo.tableName()).items(ItemType.MODERATION_WATCH,
                "practiceId", practice).size(), "still watched until the approvers were told");
    }

    @Test
    void onlyAPublishedDraftCanBeRecordedRejected() {
        DraftRecord pending = TestDrafts.pendingGoogle(practice, location, "AIe9f", T0);
        drafts.create(pending, TestDrafts.delivery(pending, T0), TestDrafts.created(pending));
        WatchedReply stray = new WatchedReply(pending.draftId(), practice,
                new com.safereply.app.publish.ReplyTarget(Platform.GOOGLE, location, pending.comment().commentId()),
                T0, T0);
        assertFalse(watch.recordRejected(stray, T0.plusSeconds(60)));
        assertEquals(pending.version(), drafts.findById(pending.draftId()).orElseThrow().version());
    }

    /** Created, approved, claimed and published through the ledger, as the publish stage does. */
    private DraftRecord publish(DraftRecord pending, Instant at) {
        drafts.create(pending, TestDrafts.delivery(pending, T0), TestDrafts.created(pending));
        DraftRecord approved = pending.approved("approver-1", at.minusSeconds(5));
        drafts.update(DraftUpdate.of(approved));
        PublishClaim.Claimed claim = (PublishClaim.Claimed) ledger.claim(approved.draftId(), at, PublishService.LEASE);
        ledger.published(approved.draftId(), claim.leaseId(), "reply-" + approved.draftId(), at);
        return approved;
    }
}
