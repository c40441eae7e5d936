package com.safereply.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftState;
import com.safereply.app.draft.DraftStore;
import com.safereply.app.draft.DraftUpdate;
import com.safereply.app.draft.PageRequest;
import com.safereply.app.draft.VersionConflictException;
import com.safereply.app.publish.LeaseLostException;
import com.safereply.app.publish.PublishRetry;
import com.safereply.app.review.Approver;
import com.safereply.app.review.DraftClosedException;
import com.safereply.app.review.ReviewNotFoundException;
import com.safereply.app.publish.PublishClaim;
import com.safereply.app.publish.PublishService;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.MutableClock;
import com.safereply.store.testing.TestDrafts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The publish ledger's conditional transitions on the draft item, against DynamoDB Local. */
class DynamoDbPublishLedgerIntegrationTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();
    private static final AtomicInteger PRACTICES = new AtomicInteger();
    private static final Instant T0 = Instant.parse("2026-12-03T09:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private DraftStore drafts;
    private DynamoDbPublishLedger ledger;
    private DraftRecord approved;

    @BeforeEach
    void setUp() {
        drafts = dynamo.stores(clock).drafts();
        ledger = new DynamoDbPublishLedger(dynamo.client(), dynamo.tableName());
        String practice = "publish-" + PRACTICES.incrementAndGet();
        DraftRecord pending = TestDrafts.pending(practice, "c1", T0);
        drafts.create(pending, TestDrafts.delivery(pending, T0), TestDrafts.created(pending));
        approved = pending.approved("approver-1", T0.plusSeconds(60));
        drafts.update(DraftUpdate.of(approved));
    }

    @Test
    void claimRecordsTheAttemptThenPublishedSettlesWithTheReplyIdAndEveryStepIsAudited() {
        PublishClaim.Claimed claim = (PublishClaim.Claimed) ledger.claim(approved.draftId(), T0, PublishService.LEASE);
        assertEquals(false, claim.earlierAttempt());
        assertEquals(DraftState.PUBLISHING, drafts.findById(approved.draftId()).orElseThrow().state());

        ledger.published(approved.draftId(), claim.leaseId(), "fb_reply_1", T0.plusSeconds(1));

        DraftRecord after = drafts.findById(approved.draftId()).orElseThrow();
        assertEquals(DraftState.PUBLISHED, after.state());
        assertEquals(approved.version() + 2, after.version());
        List<AuditAction> actions = drafts.auditTrail(approved.draftId()).stream().map(AuditEntry::action).toList();
        assertTrue(actions.containsAll(List.of(AuditAction.PUBLISH_ATTEMPTED, AuditAction.PUBLISHED)), actions::toString);
        assertInstanceOf(PublishClaim.Settled.class, ledger.claim(approved.draftId(), T0, PublishService.LEASE));
        assertEquals(List.of(approved.draftId()), drafts.inState(approved.practiceId(), DraftState.PUBLISHED,
                PageRequest.first(10)).items().stream().map(DraftRecord::draftId).toList(), "listable as PUBLISHED");
        assertTrue(drafts.inState(approved.practiceId(), DraftState.APPROVED, PageRequest.first(10)).items().isEmpty());
    }

    @Test
    void aHeldLeaseTurnsAwayOthersUntilItExpiresAndTheTakeoverKnowsAnAttemptCameBefore() {
        PublishClaim.Claimed first = (PublishClaim.Claimed) ledger.claim(approved.draftId(), T0, PublishService.LEASE);

        assertInstanceOf(PublishClaim.HeldElsewhere.class,
                ledger.claim(approved.draftId(), T0.plusSeconds(10), PublishService.LEASE));
        PublishClaim.Claimed takeover = (PublishClaim.Claimed) ledger.claim(approved.draftId(),
                T0.plus(PublishService.LEASE).plusSeconds(1), PublishService.LEASE);

        assertTrue(takeover.earlierAttempt());
        assertThrows(LeaseLostException.class,
                () -> ledger.published(approved.draftId(), first.leaseId(), "late", T0.plusSeconds(120)));
    }

    @Test
    void failedKeepsTheApproversReasonAndARetryNeedsAnApprover() {
        PublishClaim.Claimed claim = (PublishClaim.Claimed) ledger.claim(approved.draftId(), T0, PublishService.LEASE);

        ledger.failed(approved.draftId(), claim.leaseId(), "comment no longer available", T0.plusSeconds(1));

        assertEquals(DraftState.PUBLISH_FAILED, drafts.findById(approved.draftId()).orElseThrow().state());
        assertInstanceOf(PublishClaim.Settled.class, ledger.claim(approved.draftId(), T0, PublishService.LEASE));
    }

    @Test
    void approverRetryOfAFailedPublishReturnsItToApprovedAuditedAndOnlyForItsPractice() {
        PublishClaim.Claimed claim = (PublishClaim.Claimed) ledger.claim(approved.draftId(), T0, PublishService.LEASE);
        ledger.failed(approved.draftId(), claim.leaseId(), "comment no longer available", T0.plusSeconds(1));
        long failedVersion = drafts.findById(approved.draftId()).orElseThrow().version();
        PublishRetry retry = new PublishRetry(drafts, clock);

        assertThrows(ReviewNotFoundException.class, () -> retry.retry(
                new Approver("other", "o@x.example", "another-practice"), approved.draftId(), failedVersion));
        assertThrows(VersionConflictException.class, () -> retry.retry(
                new Approver("approver-2", "a2@x.example", approved.practiceId()), approved.draftId(), 1));
        DraftRecord retried = retry.retry(new Approver("approver-2", "a2@x.example", approved.practiceId()),
                approved.draftId(), failedVersion);

        assertEquals(DraftState.APPROVED, retried.state());
        assertTrue(drafts.auditTrail(approved.draftId()).stream()
                .anyMatch(a -> a.action() == AuditAction.PUBLISH_RETRIED && a.actor().equals("approver-2")));
        PublishClaim.Claimed again = (PublishClaim.Claimed) ledger.claim(approved.draftId(), T0, PublishService.LEASE);
        assertTrue(again.earlierAttempt(), "the retry still reads back before posting");
        assertThrows(DraftClosedException.class, () -> retry.retry(
                new Approver("approver-2", "a2@x.example", approved.practiceId()), approved.draftId(),
                drafts.findById(approved.draftId()).orElseThrow().version()));
    }

    @Test
    void pendingDraftCannotBeClaimed() {
        DraftRecord pending = TestDrafts.pending(approved.practiceId(), "c2", T0);
        drafts.create(pending, TestDrafts.delivery(pending, T0), TestDrafts.created(pending));

        assertInstanceOf(PublishClaim.NotApproved.class, ledger.claim(pending.draftId(), T0, PublishService.LEASE));
        assertInstanceOf(PublishClaim.NotApproved.class, ledger.claim("no-such-draft", T0, PublishService.LEASE));
    }

    @Test
    void fiveSimultaneousClaimsGiveOneLease() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(5);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PublishClaim>> claims = new ArrayList<>();
        Callable<PublishClaim> claim = () -> {
            start.await();
            return ledger.claim(approved.draftId(), T0, PublishService.LEASE);
        };
        for (int i = 0; i < 5; i++) {
            claims.add(pool.submit(claim));
        }
        start.countDown();
        int won = 0;
        for (Future<PublishClaim> c : claims) {
            won += c.get() instanceof PublishClaim.Claimed ? 1 : 0;
        }
        pool.shutdown();

        assertEquals(1, won);
    }
}
