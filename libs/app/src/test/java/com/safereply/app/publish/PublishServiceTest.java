package com.safereply.app.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.safereply.app.Platform;
import com.safereply.app.publish.InMemoryPlatform.Behaviour;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The exactly-once rules of publishing, with the ledger and the platform in memory. */
class PublishServiceTest {
    private static final ReplyTarget TARGET = new ReplyTarget(Platform.FACEBOOK, "page-1", "page-1_c1");
    private static final PublishJob JOB =
            new PublishJob("sunrise-dental", "d1", TARGET, "Please call us at 555-0100.", false);

    private final InMemoryPublishLedger ledger = new InMemoryPublishLedger();
    private final InMemoryPlatform platform = new InMemoryPlatform();
    private final RecordingObserver observer = new RecordingObserver();
    private final InMemoryPublishingPauses pauses = new InMemoryPublishingPauses();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T10:00:00Z"));
    private final PublishService service = new PublishService(ledger, platform,
            (practice, p) -> Optional.of(new PlatformToken("t")), pauses, observer, clock, attempt -> { });

    @Test
    void approvedDraftIsPostedOnceAndRecorded() {
        ledger.approve("d1");

        assertEquals(new PublishResult.Published("reply-1"), service.publish(JOB));

        assertEquals("PUBLISHED", ledger.entry("d1").orElseThrow().state());
        assertEquals("reply-1", ledger.entry("d1").orElseThrow().platformReplyId());
        assertEquals(1, platform.replies().size());
        assertEquals(List.of("published facebook"), observer.events);
    }

    @Test
    void redeliveryAfterPublishingPostsNothing() {
        ledger.approve("d1");
        service.publish(JOB);

        for (int i = 0; i < 3; i++) {
            assertInstanceOf(PublishResult.Skipped.class, service.publish(JOB));
        }
        assertEquals(1, platform.postCalls());
    }

    @Test
    void lostAnswerAfterAWriteIsReadBackNotPostedAgainEvenAcrossThreeRedeliveries() {
        ledger.approve("d1");
        platform.next(Behaviour.WRITE_THEN_LOSE_ANSWER);

        PublishResult first = service.publish(JOB);
        for (int i = 0; i < 3; i++) {
            service.publish(JOB);
        }

        assertEquals(new PublishResult.Published("reply-1"), first);
        assertEquals(1, platform.replies().size(), "exactly one public reply");
        assertEquals(1, platform.postCalls());
    }

    @Test
    void crashedAttemptIsTakenOverAfterItsLeaseAndReadBackFirst() {
        ledger.approve("d1");
        // An earlier container claimed, posted (the platform wrote it) and died before recording anything.
        ledger.claim("d1", clock.instant(), PublishService.LEASE);
        platform.postReply(TARGET, JOB.approvedText(), new PlatformToken("t"));

        assertInstanceOf(PublishResult.RetryLater.class, service.publish(JOB), "lease still held");
        clock.advance(PublishService.LEASE.plusSeconds(1));
        PublishResult result = service.publish(JOB);

        assertEquals(new PublishResult.Published("reply-1"), result);
        assertEquals(1, platform.replies().size());
        assertEquals(1, platform.readBacks("page-1_c1"));
    }

    @Test
    void ambiguousFailureWithNothingUpIsPostedAgainOnlyAfterTheReadBack() {
        ledger.approve("d1");
        platform.next(Behaviour.SERVER_ERROR_WITHOUT_WRITE);

        assertEquals(new PublishResult.Published("reply-1"), service.publish(JOB));
        assertEquals(2, platform.postCalls());
        assertEquals(1, platform.readBacks("page-1_c1"));
        assertEquals(1, platform.replies().size());
    }

    @Test
    void throttlingIsRetriedBlindlyBecauseNothingWasWritten() {
        ledger.approve("d1");
        platform.next(Behaviour.THROTTLE, Behaviour.THROTTLE);

        assertEquals(new PublishResult.Published("reply-1"), service.publish(JOB));
        assertEquals(0, platform.readBacks("page-1_c1"));
    }

    @Test
    void persistentThrottlingReleasesTheLeaseForALaterRetry() {
        ledger.approve("d1");
        platform.next(Behaviour.THROTTLE, Behaviour.THROTTLE, Behaviour.THROTTLE);

        assertInstanceOf(PublishResult.RetryLater.class, service.publish(JOB));
        assertEquals(new PublishResult.Published("reply-1"), service.publish(JOB), "released lease: no wait");
        assertEquals(1, platform.replies().size());
    }

    @Test
    void tokenRefusalFailsTheDraftWithAnActionableReasonAndAnAlarm() {
        ledger.approve("d1");
        platform.next(Behaviour.REFUSE_TOKEN);

        PublishResult result = service.publish(JOB);

        assertEquals(new PublishResult.Failed(Refusal.TOKEN_INVALID.approverReason()), result);
        assertEquals("PUBLISH_FAILED", ledger.entry("d1").orElseThrow().state());
        assertEquals(List.of("failed facebook token_invalid", "alarm sunrise-dental facebook TOKEN_INVALID"),
                observer.events);
        assertInstanceOf(PublishResult.Skipped.class, service.publish(JOB), "retry is an approver's decision");
    }

    @Test
    void deletedCommentFailsAsNoLongerAvailable() {
        ledger.approve("d1");
        platform.next(Behaviour.TARGET_GONE);

        assertEquals(new PublishResult.Failed("comment no longer available"), service.publish(JOB));
    }

    @Test
    void missingTokenFailsWithoutCallingThePlatform() {
        ledger.approve("d1");
        PublishService noTokens = new PublishService(ledger, platform, (practice, p) -> Optional.empty(), pauses,
                observer, clock, attempt -> { });

        assertInstanceOf(PublishResult.Failed.class, noTokens.publish(JOB));
        assertEquals(0, platform.postCalls());
    }

    @Test
    void draftThatIsNotApprovedIsNeverPosted() {
        assertEquals(new PublishResult.Skipped("not approved"), service.publish(JOB));
        assertEquals(0, platform.postCalls());
    }

    @Test
    void hideIsDoneOnceBesideTheReply() {
        ledger.approve("d1");
        PublishJob hideToo = new PublishJob("sunrise-dental", "d1", TARGET, "Please call us at 555-0100.", true);

        service.publish(hideToo);
        service.publish(hideToo);

        assertEquals(List.of("page-1_c1"), platform.hiddenComments());
        assertTrue(ledger.entry("d1").orElseThrow().hidden());
    }

    @Test
    void fiveConcurrentRedeliveriesPostOnce() throws Exception {
        ledger.approve("d1");
        ExecutorService pool = Executors.newFixedThreadPool(5);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PublishResult>> results = new ArrayList<>();
        Callable<PublishResult> redelivery = () -> {
            start.await();
            return service.publish(JOB);
        };
        for (int i = 0; i < 5; i++) {
            results.add(pool.submit(redelivery));
        }
        start.countDown();
        long published = 0;
        for (Future<PublishResult> result : results) {
            if (result.get() instanceof PublishResult.Published) {
                published++;
            }
        }
        pool.shutdown();

        assertEquals(1, published);
        assertEquals(1, platform.postCalls());
        assertEquals(1, platform.replies().size());
    }

    @Test
    void aPolicyBlockPausesThePracticeSoItsNextApprovalsFailWithoutAnyCallUntilResumed() {
        ledger.approve("d1");
        platform.next(Behaviour.POLICY_BLOCK);

        assertEquals(new PublishResult.Failed(Refusal.POLICY_BLOCKED.approverReason()), service.publish(JOB));
        assertEquals(Platform.FACEBOOK, pauses.pauseOf("sunrise-dental").orElseThrow().platform());
        assertTrue(observer.events.contains("alarm sunrise-dental facebook POLICY_BLOCKED"), observer.events::toString);

        ReplyTarget tweet = new ReplyTarget(Platform.X, "x-account", "tweet-9");
        ledger.approve("d2");
        int callsBefore = platform.postCalls();
        PublishResult onX = service.publish(new PublishJob("sunrise-dental", "d2", tweet, "Thank you.", false));
        assertEquals(new PublishResult.Failed(Refusal.PRACTICE_PAUSED.approverReason()), onX, "every platform");
        assertEquals(callsBefore, platform.postCalls(), "nothing is attempted while paused");
        assertEquals(0, platform.readBacks("tweet-9"));

        ledger.approve("d3");
        PublishJob otherPractice = new PublishJob("harbour-clinic", "d3", TARGET, "Thank you.", false);
        assertInstanceOf(PublishResult.Published.class, service.publish(otherPractice), "other practices go on");

        pauses.resume("sunrise-dental", "admin-1", clock.instant());
        ledger.approve("d4");
        assertInstanceOf(PublishResult.Published.class,
                service.publish(new PublishJob("sunrise-dental", "d4", tweet, "Thank you.", false)));
    }

    @Test
    void aPostTheRulesForbidAnsweringFailsWithoutAnyCall() {
        ledger.approve("d1");
        ReplyTarget tweet = new ReplyTarget(Platform.X, "x-account", "tweet-7");

        PublishResult result = service.publish(new PublishJob("sunrise-dental", "d1", tweet, "Thank you.", false, false));

        assertEquals(new PublishResult.Failed(Refusal.REPLY_NOT_ALLOWED.approverReason()), result);
        assertEquals(0, platform.postCalls());
        assertEquals(0, platform.readBacks("tweet-7"));
        assertEquals("PUBLISH_FAILED", ledger.entry("d1").orElseThrow().state());
    }

    @Test
    void aHideRefusedForPolicyAlsoPausesThePractice() {
        ledger.approve("d1");
        platform.nextHide(Behaviour.POLICY_BLOCK);

        service.publish(new PublishJob("sunrise-dental", "d1", TARGET, JOB.approvedText(), true));

        assertTrue(pauses.pauseOf("sunrise-dental").isPresent());
    }

    private static final class RecordingObserver implements PublishObserver {
        final List<String> events = new ArrayList<>();

        @Override
        public synchronized void published(Platform platform, Duration latency) {
            events.add("published " + platform.label());
        }

        @Override
        public synchronized void failed(Platform platform, String reason) {
            events.add("failed " + platform.label() + " " + reason);
        }

        @Override
        public synchronized void operatorAlarm(String practiceId, Platform platform, Refusal refusal) {
            events.add("alarm " + practiceId + " " + platform.label() + " " + refusal);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
