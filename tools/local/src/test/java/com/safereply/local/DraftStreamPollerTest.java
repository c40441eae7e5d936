package com.safereply.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.safereply.app.draft.CreateOutcome;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.notify.NewDraftNotifier;
import com.safereply.app.notify.Notification;
import com.safereply.app.notify.Notifier;
import com.safereply.app.notify.PublishFailedException;
import com.safereply.app.notify.ReviewLinks;
import com.safereply.app.telemetry.EmfWriter;
import com.safereply.notify.DraftStreamProcessor;
import com.safereply.sns.SnsConfig;
import com.safereply.sns.SnsNotifier;
import com.safereply.store.DynamoDbClients;
import com.safereply.store.DynamoDbStores;
import com.safereply.store.StoreConfig;
import com.safereply.store.TableDefinition;
import com.safereply.store.testing.LoopbackPorts;
import com.safereply.store.testing.TestDrafts;
import com.safereply.store.testing.TestPractices;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The local run's stream poller over an embedded DynamoDB Local (as the local run starts it, in memory), the notify
 * function's own processor and the SNS stand-in through the real SnsClient: a burst of drafts becomes exactly one
 * NEW notification each, in bounded time; failed publishes are retried, a bounded number of times.
 */
class DraftStreamPollerTest {

    private static final String PRACTICE = "burst-dental";
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(15);
    private static final AtomicInteger TABLES = new AtomicInteger();
    private static EmbeddedDynamoDb dynamoDb;
    private static DynamoDbClient client;

    private final Clock clock = Clock.systemUTC();
    private LocalSnsEndpoint sns;
    private DynamoDbStores stores;
    private DraftStreamPoller poller;
    private String table;

    @BeforeAll
    static void startDynamoDbLocal() {
        dynamoDb = EmbeddedDynamoDb.start(LoopbackPorts.free(), null, true);
        client = DynamoDbClients.create(StoreConfig.local("unused", dynamoDb.endpoint()));
    }

    @AfterAll
    static void stopDynamoDbLocal() {
        client.close();
        dynamoDb.stop();
    }

    @BeforeEach
    void freshTableAndSns() {
        table = "poller-test-" + TABLES.incrementAndGet();
        TableDefinition.createIfMissing(client, table);
        stores = new DynamoDbStores(client, table, clock);
        stores.practices().save(TestPractices.practice(PRACTICE));
        sns = LocalSnsEndpoint.start(0, "arn:aws:sns:us-east-1:000000000000:poller-test", new PrintStream(OutputStream.nullOutputStream()));
    }

    @AfterEach
    void stop() {
        if (poller != null) {
            poller.close();
        }
        sns.close();
    }

    @Test
    void aBacklogOfSeveralHundredDraftsIsNotifiedExactlyOnceEachWithinSeconds() throws Exception {
        // While the gate is closed, publishing waits until all drafts are written: the burst is then a backlog.
        AtomicBoolean gateClosed = new AtomicBoolean();
        CountDownLatch written = new CountDownLatch(1);
        Notifier realSns = realSns();
        poller = startPoller(notification -> {
            if (gateClosed.get()) {
                awaitQuietly(written);
            }
            realSns.publish(notification);
        }, Duration.ofMillis(300));
        // A warm-up through the same path first, so the JIT's first minutes do not decide the measurement.
        Set<String> warmUp = createDrafts("warm-up", 100);
        await(Duration.ofSeconds(60), () -> sns.published().size() >= warmUp.size(), () -> "the warm-up was not notified");

        gateClosed.set(true);
        Set<String> drafts = createDrafts("burst", 400);
        long start = System.nanoTime();
        written.countDown();
        // With the SNS stand-in's 40 ms Nagle stall back (-Dsun.net.httpserver.nodelay=false) this takes ~18 s: 22/s.
        await(DRAIN_LIMIT, () -> sns.published().size() >= warmUp.size() + drafts.size(),
                () -> "the backlog was not drained: " + (sns.published().size() - warmUp.size()) + " of "
                        + drafts.size() + " notified");
        double seconds = (System.nanoTime() - start) / 1e9;
        Thread.sleep(1_000);   // several more polls: nothing further may arrive

        List<LocalSnsEndpoint.Published> published = sns.published();
        assertEquals(warmUp.size() + drafts.size(), published.size(), "one notification per draft, no more");
        Set<String> expected = new TreeSet<>(warmUp);
        expected.addAll(drafts);
        assertEquals(expected, published.stream().map(LocalSnsEndpoint.Published::draftId)
                .collect(Collectors.toCollection(TreeSet::new)));
        assertTrue(published.stream().allMatch(p -> "new".equals(p.kind()) && PRACTICE.equals(p.practiceId())));
        System.out.printf("DraftStreamPollerTest: a backlog of %d drafts notified in %.1f s%n", drafts.size(), seconds);
    }

    @Test
    void aFailedPublishIsRetriedAndThenSentOnce() throws Exception {
        FailingNotifier notifier = new FailingNotifier(realSns(), id -> id.hashCode() % 5 == 0, 2);
        poller = startPoller(notifier, Duration.ofMillis(50));

        Set<String> drafts = createDrafts("comment", 60);
        long failing = drafts.stream().filter(id -> id.hashCode() % 5 == 0).count();
        assertTrue(failing > 0, "some drafts hit the failing publish");
        await(Duration.ofSeconds(30), () -> sns.published().size() >= drafts.size(),
                () -> "a failed publish was not retried: " + sns.published().size() + " of " + drafts.size() + " notified");
        Thread.sleep(1_000);

        assertEquals(drafts, sns.published().stream().map(LocalSnsEndpoint.Published::draftId)
                .collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(drafts.size(), sns.published().size(), "exactly once, also after retries");
        assertEquals(failing * 3, notifier.attempts(id -> id.hashCode() % 5 == 0), "two failures, then sent");
    }

    @Test
    void aPublishThatKeepsFailingIsTriedOncePlusFiveRetriesThenDropped() throws Exception {
        FailingNotifier notifier = new FailingNotifier(realSns(), id -> true, Integer.MAX_VALUE);
        poller = startPoller(notifier, Duration.ofMillis(50));

        createDrafts("comment", 1);
        // Retries after 50, 100, 200, 400 and 800 ms: all done after ~1.6 s.
        await(Duration.ofSeconds(20), () -> notifier.attempts(id -> true) >= 1 + DraftStreamPoller.MAX_RETRIES,
                () -> "tried " + notifier.attempts(id -> true) + " times");
        Thread.sleep(2_500);

        assertEquals(1 + DraftStreamPoller.MAX_RETRIES, notifier.attempts(id -> true));
        assertEquals(0, sns.published().size());
    }

    // ------------------------------------------------------------------ helpers

    private DraftStreamPoller startPoller(Notifier notifier, Duration interval) {
        DraftStreamProcessor processor = new DraftStreamProcessor(new NewDraftNotifier(stores.drafts(),
                stores.practices(), notifier, new ReviewLinks("http://localhost:8080"), clock), EmfWriter.toLog(clock));
        return DraftStreamPoller.start(client, dynamoDb.endpoint(), "us-east-1", table,
                StreamConsumers.notifyOnly(processor), interval, 4);
    }

    private Notifier realSns() {
        return SnsNotifier.create(SnsConfig.of("arn:aws:sns:us-east-1:000000000000:poller-test", "us-east-1",
                sns.endpoint().toString()));
    }

    /** Written as the webhook writes them (the store's create transaction), 8 at a time; @return their draft ids. */
    private Set<String> createDrafts(String prefix, int count) throws Exception {
        Instant now = clock.instant();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<String>> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String commentId = prefix + "-" + i;
            ids.add(writers.submit(() -> {
                DraftRecord draft = TestDrafts.pending(PRACTICE, commentId, now);
                assertEquals(CreateOutcome.CREATED, stores.drafts().create(draft, TestDrafts.delivery(draft, now),
                        TestDrafts.created(draft)));
                return draft.draftId();
            }));
        }
        Set<String> drafts = new TreeSet<>();
        for (Future<String> id : ids) {
            drafts.add(id.get());
        }
        writers.shutdown();
        assertEquals(count, drafts.size());
        return drafts;
    }

    private static void await(Duration timeout, BooleanSupplier condition, Supplier<String> failure)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure.get());
            }
            Thread.sleep(50);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Fails the first {@code failures} publishes of the drafts {@code failing} picks, as a throttled SNS would. */
    private static final class FailingNotifier implements Notifier {

        private final Notifier delegate;
        private final Predicate<String> failing;
        private final int failures;
        private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

        FailingNotifier(Notifier delegate, Predicate<String> failing, int failures) {
            this.delegate = delegate;
            this.failing = failing;
            this.failures = failures;
        }

        @Override
        public void publish(Notification notification) {
            int attempt = attempts.computeIfAbsent(notification.draftId(), id -> new AtomicInteger()).incrementAndGet();
            if (failing.test(notification.draftId()) && attempt <= failures) {
                throw new PublishFailedException("SNS publish failed for draft " + notification.draftId()
                        + ": HTTP 400 Throttling", true, null);
            }
            delegate.publish(notification);
        }

        long attempts(Predicate<String> which) {
            return attempts.entrySet().stream().filter(e -> which.test(e.getKey()))
                    .mapToLong(e -> e.getValue().get()).sum();
        }
    }
}
