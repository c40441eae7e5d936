package com.safereply.webhook.http;

import static com.safereply.store.testing.DynamoDbWireMock.GET_ITEM;
import static com.safereply.store.testing.DynamoDbWireMock.TRANSACT_WRITE_ITEMS;
import static com.safereply.webhook.http.SampleEvents.signedForMeta;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.safereply.app.Platform;
import com.safereply.store.ItemType;
import com.safereply.store.testing.DynamoDbWireMock;
import com.safereply.testing.lambda.LambdaInvoker;
import com.safereply.testing.lambda.LambdaInvoker.LambdaResponse;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * DynamoDB failing at the wire under the packaged function: a signed delivery through the webhook handler, the real
 * ingest and SDK client, with WireMock between the client and DynamoDB Local. The webhook answers 503 with
 * Retry-After only when the comment could not be stored, 200 whenever it was (even after the SDK retried), always
 * within Lambda's timeout; and the platform's retry of a failed delivery stores the draft exactly once.
 * (A closed port: {@link StorageDownIntegrationTest}. Every fault kind on every call: the store module's
 * DynamoDbFaultsIntegrationTest.)
 */
@QuarkusTest
@TestProfile(WireMockIngestProfile.class)
class WebhookFaultsLambdaTest {

    /** Lambda's 10 s timeout in template.yaml leaves room; the store's call timeout is 5 s. */
    private static final long BOUND_MILLIS = 6_000;

    private IngestTable table;
    private DynamoDbWireMock wire;

    @BeforeEach
    void healthyWireAndEmptyTable() {
        table = IngestTable.fromTestConfig().resetWithSamplePractice();
        wire = InspectableWireMockResource.wire;
        wire.heal();
    }

    @AfterEach
    void heal() {
        wire.heal();
    }

    private static APIGatewayV2HTTPEvent delivery() {
        return signedForMeta(PhiComments.added(EventLoader.loadApiGatewayHttpEvent("events/meta-page-comment.json")));
    }

    private record Timed(LambdaResponse response, long millis) {
    }

    private static Timed send(APIGatewayV2HTTPEvent event) {
        long start = System.nanoTime();
        LambdaResponse response = LambdaInvoker.invoke(event);
        Timed timed = new Timed(response, (System.nanoTime() - start) / 1_000_000);
        assertFalse(response.body().contains("Quarrington") || response.body().contains("Exception"), response.body());
        return timed;
    }

    private static void assertRetryLater(Timed timed) {
        assertEquals(503, timed.response().statusCode(), timed.response().body());
        assertEquals("30", timed.response().header("Retry-After"));
        assertEquals("storage unavailable, retry later", timed.response().json().get("error").asText());
        assertTrue(timed.millis() < BOUND_MILLIS, "answered in " + timed.millis() + " ms");
    }

    private static void assertStored(Timed timed, String outcome) {
        assertEquals(200, timed.response().statusCode(), timed.response().body());
        assertEquals(1, timed.response().json().get(outcome).asInt(), timed.response().body());
        assertTrue(timed.millis() < BOUND_MILLIS, "answered in " + timed.millis() + " ms");
    }

    /** Exactly {@code n} of each item a received comment is made of, and no draft: the triage stage writes those. */
    private void assertWholeComments(int n) {
        assertEquals(n, table.items(ItemType.INBOUND).size(), "received comments");
        assertEquals(n, table.items(ItemType.DEDUP).size(), "delivery records");
        assertEquals(0, table.items(ItemType.DRAFT).size(), "drafts");
    }

    @Test
    void aThrottledChannelLookupIs503AfterThreeAttempts() {
        wire.fail(GET_ITEM, DynamoDbWireMock.throttled());

        assertRetryLater(send(delivery()));

        assertEquals(3, wire.attempts(GET_ITEM), "the SDK's standard retry mode: 3 attempts");
        assertEquals(0, wire.attempts(TRANSACT_WRITE_ITEMS));
        assertWholeComments(0);
    }

    @Test
    void throttlingThatClearsWithinTheSdkRetriesIs200() {
        wire.fail(TRANSACT_WRITE_ITEMS, DynamoDbWireMock.throttling(), 2);

        assertStored(send(delivery()), "created");

        assertEquals(3, wire.attempts(TRANSACT_WRITE_ITEMS));
        assertWholeComments(1);
    }

    @Test
    void aFailedTransactionIs503AndThePlatformsRetryStoresTheDraftOnce() {
        for (ResponseDefinitionBuilder fault : new ResponseDefinitionBuilder[] {
                DynamoDbWireMock.internalError(), DynamoDbWireMock.serviceUnavailable(),
                DynamoDbWireMock.transactionThrottled(4), DynamoDbWireMock.connectionReset()}) {
            wire.heal();
            wire.fail(TRANSACT_WRITE_ITEMS, fault);
            assertRetryLater(send(delivery()));
            assertTrue(wire.attempts(TRANSACT_WRITE_ITEMS) >= 1);
            assertWholeComments(0);
        }

        wire.heal();
        assertStored(send(delivery()), "created");
        assertStored(send(delivery()), "duplicate");
        assertWholeComments(1);
        assertEquals(PhiComments.TEXT, table.draft(Platform.FACEBOOK, IngestTable.FACEBOOK_COMMENT).comment().text());
    }

    @Test
    void aHangingStoreIs503WithinTheCallTimeout() {
        wire.failEverything(DynamoDbWireMock.slowFailure(Duration.ofSeconds(8)));

        Timed timed = send(delivery());

        assertRetryLater(timed);
        assertTrue(timed.millis() >= 4_000, "gave up on the socket timeout, not earlier: " + timed.millis() + " ms");
        assertWholeComments(0);
    }

    @Test
    void aStoredCommentWhoseAnswerWasLostIsWholeAndItsRetryIs200Duplicate() throws Exception {
        wire.fail(TRANSACT_WRITE_ITEMS, wire.slowButSuccessful(Duration.ofSeconds(6)));

        assertRetryLater(send(delivery()));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (table.items(ItemType.INBOUND).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(2_000);                   // the SDK's second, also late, attempt reaches the engine too

        assertWholeComments(1);
        wire.heal();
        assertStored(send(delivery()), "duplicate");
        assertWholeComments(1);
    }
}
