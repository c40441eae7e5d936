package com.safereply.store;

import com.safereply.app.CommentVerb;
import com.safereply.app.InboundComment;
import com.safereply.app.IngestOutcome;
import com.safereply.app.IngestService;
import com.safereply.app.Platform;
import com.safereply.app.StoreUnavailableException;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.DynamoDbWireMock;
import com.safereply.store.testing.TableInspector;
import com.safereply.store.testing.TestPractices;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import static com.safereply.store.testing.DynamoDbWireMock.GET_ITEM;
import static com.safereply.store.testing.DynamoDbWireMock.TRANSACT_WRITE_ITEMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DynamoDB failing at the wire (WireMock in front of DynamoDB Local), seen through the production client and the real
 * ingest use case: each failure is {@link StoreUnavailableException} (the webhook's 503) after the SDK's 3 attempts
 * and within the 5 s call timeout, a transient one is absorbed by the SDK's retries, and no failure ever leaves part
 * of a new draft behind: after the platform's retry of the same delivery there is exactly one draft, one delivery
 * record, one comment index entry and one {@code created} audit item.
 */
class DynamoDbFaultsIntegrationTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();

    private static final String PRACTICE = "p-faults";
    private static final String PAGE = "page-faults";
    /** The production bound (StoreConfig.DEFAULT_API_CALL_TIMEOUT) plus scheduling slack on a busy 2-core machine. */
    private static final long BOUND_MILLIS = 6_000;

    private static DynamoDbWireMock wire;

    private String table;
    private DynamoDbClient faultyClient;
    private IngestService ingest;
    private TableInspector inspector;

    @BeforeAll
    static void startWire() {
        wire = DynamoDbWireMock.start(dynamo.server());
    }

    @AfterAll
    static void stopWire() {
        wire.close();
    }

    @BeforeEach
    void freshTableBehindTheWire() {
        table = dynamo.freshTable();
        new DynamoDbStores(dynamo.client(), table, Clock.systemUTC()).practices()
                .save(TestPractices.practice(PRACTICE, TestPractices.facebook(PAGE)));
        inspector = new TableInspector(dynamo.client(), table);
        // The production client factory and timeouts, pointed at the wire; one per test so retry budgets don't carry.
        faultyClient = DynamoDbClients.create(StoreConfig.local(table, wire.endpoint()));
        DynamoDbStores stores = new DynamoDbStores(faultyClient, table, Clock.systemUTC());
        ingest = new IngestService(stores.practices(), stores.comments(), stores.drafts());
        wire.heal();
    }

    @AfterEach
    void closeClient() {
        faultyClient.close();
    }

    static Stream<Arguments> retryableFaults() {
        return Stream.of(
                Arguments.of("ProvisionedThroughputExceededException", DynamoDbWireMock.throttled()),
                Arguments.of("ThrottlingException", DynamoDbWireMock.throttling()),
                Arguments.of("500 InternalServerError", DynamoDbWireMock.internalError()),
                Arguments.of("503 ServiceUnavailable", DynamoDbWireMock.serviceUnavailable()),
                Arguments.of("connection reset", DynamoDbWireMock.connectionReset()));
    }

    @ParameterizedTest(name = "{0} on the channel lookup")
    @MethodSource("retryableFaults")
    void aFailingLookupIsUnavailableAfterThreeAttemptsAndWritesNothing(String name, ResponseDefinitionBuilder fault) {
        wire.fail(GET_ITEM, fault);

        long millis = timedUnavailable(() -> ingest.ingest(comment("c-lookup")));

        assertEquals(3, wire.attempts(GET_ITEM), "standard retry mode: 3 attempts");
        assertEquals(0, wire.attempts(TRANSACT_WRITE_ITEMS), "nothing is written without the practice");
        assertTrue(millis < BOUND_MILLIS, name + " took " + millis + " ms");
        assertCounts(0);
    }

    @ParameterizedTest(name = "{0} on the transaction, then the platform retries")
    @MethodSource("retryableFaults")
    void aFailingTransactionLeavesNothingAndTheRetryStoresExactlyOnce(String name, ResponseDefinitionBuilder fault) {
        wire.fail(TRANSACT_WRITE_ITEMS, fault);

        long millis = timedUnavailable(() -> ingest.ingest(comment("c-tx")));
        assertEquals(3, wire.attempts(TRANSACT_WRITE_ITEMS));
        assertTrue(millis < BOUND_MILLIS, name + " took " + millis + " ms");
        assertCounts(0);

        wire.heal();
        assertEquals(IngestOutcome.CREATED, ingest.ingest(comment("c-tx")), "the platform's retry");
        assertEquals(IngestOutcome.DUPLICATE, ingest.ingest(comment("c-tx")), "and its retry");
        assertCounts(1);
    }

    @ParameterizedTest(name = "{0} twice, then DynamoDB answers")
    @MethodSource("retryableFaults")
    void aTransientFailureIsAbsorbedByTheSdkRetries(String name, ResponseDefinitionBuilder fault) {
        wire.fail(TRANSACT_WRITE_ITEMS, fault, 2);

        assertEquals(IngestOutcome.CREATED, ingest.ingest(comment("c-transient")));

        assertEquals(3, wire.attempts(TRANSACT_WRITE_ITEMS), "two failed attempts and the one that got through");
        assertCounts(1);
    }

    @Test
    void aCancelledTransactionIsNotRetriedBySdkAndTheDeliveryRetryStoresExactlyOnce() {
        wire.fail(TRANSACT_WRITE_ITEMS, DynamoDbWireMock.transactionThrottled(4));

        timedUnavailable(() -> ingest.ingest(comment("c-cancelled")));
        assertEquals(1, wire.attempts(TRANSACT_WRITE_ITEMS), "TransactionCanceledException is not retryable");
        assertCounts(0);

        wire.heal();
        assertEquals(IngestOutcome.CREATED, ingest.ingest(comment("c-cancelled")));
        assertCounts(1);
    }

    @Test
    void aStoreThatHangsIsGivenUpOnWithinTheCallTimeout() {
        wire.failEverything(DynamoDbWireMock.slowFailure(Duration.ofSeconds(8)));

        long millis = timedUnavailable(() -> ingest.ingest(comment("c-slow")));

        // 4 s socket timeout on the first attempt, then the 5 s call timeout cuts the second one short.
        assertTrue(millis >= 4_000 && millis < BOUND_MILLIS, "took " + millis + " ms");
        assertEquals(2, wire.attempts(GET_ITEM), "the first attempt timed out, the call timeout ended the second");
        assertCounts(0);
    }

    @Test
    void aCommittedTransactionWhoseAnswerIsLostIsCompleteAndTheRetryIsADuplicate() throws Exception {
        // DynamoDB commits, but the answer comes after the client gave up: the webhook answers 503 for a comment that
        // was in fact stored. The platform's retry must then find it whole, and store nothing twice.
        wire.fail(TRANSACT_WRITE_ITEMS, wire.slowButSuccessful(Duration.ofSeconds(6)));

        timedUnavailable(() -> ingest.ingest(comment("c-lost")));
        awaitReceived();
        Thread.sleep(2_000);                   // let the SDK's second, also late, attempt reach the engine too

        assertCounts(1);
        wire.heal();
        assertEquals(IngestOutcome.DUPLICATE, ingest.ingest(comment("c-lost")));
        assertCounts(1);
    }

    // ------------------------------------------------------------------ helpers

    private static InboundComment comment(String commentId) {
        return new InboundComment(Platform.FACEBOOK, PAGE, commentId, CommentVerb.ADD, commentId + "|add",
                "Do you take new patients on Saturdays?", "author-" + commentId, "Sample Commenter", "sample_user",
                null, null, Instant.now());
    }

    private static long timedUnavailable(org.junit.jupiter.api.function.Executable call) {
        long start = System.nanoTime();
        assertThrows(StoreUnavailableException.class, call);
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The two items a received comment is made of: both there {@code n} times, never one without the other. */
    private void assertCounts(int n) {
        Map<ItemType, Integer> counts = Map.of(
                ItemType.INBOUND, inspector.items(ItemType.INBOUND).size(),
                ItemType.DEDUP, inspector.items(ItemType.DEDUP).size());
        assertEquals(Map.of(ItemType.INBOUND, n, ItemType.DEDUP, n), counts,
                "received comment and delivery record go together");
        assertEquals(0, inspector.items(ItemType.DRAFT).size(), "the webhook drafts nothing: the triage stage does");
    }

    private void awaitReceived() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (inspector.items(ItemType.INBOUND).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }
}
