package com.safereply.review.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.DraftRecord;
import com.safereply.store.DynamoDbStores;
import com.safereply.store.testing.DynamoDbWireMock;
import com.safereply.testing.lambda.DynamoDbWireMockResource;
import com.safereply.testing.lambda.LambdaInvoker;
import com.safereply.testing.lambda.LambdaInvoker.LambdaResponse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The review API with DynamoDB failing at the wire (WireMock in front of DynamoDB Local), on every route: 503 with
 * Retry-After, never 500, and the draft and its audit trail exactly as before, whether every call fails (throttled)
 * or only the writes do (after the reads succeeded).
 */
@QuarkusTest
@WithTestResource(DynamoDbWireMockResource.class)
class ReviewStorageFaultsLambdaTest {

    /** The store's 5 s call timeout with scheduling slack; the function's timeout is 15 s. */
    private static final long BOUND_MILLIS = 6_000;

    @Inject
    DynamoDbStores stores;

    static List<ReviewRoutes> routes() {
        return ReviewRoutes.all();
    }

    @AfterEach
    void heal() {
        DynamoDbWireMockResource.wire.heal();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void throttledOnEveryCallIs503AndChangesNothing(ReviewRoutes route) {
        assertUnavailableAndUnchanged(route, wire -> wire.failEverything(DynamoDbWireMock.throttled()));
    }

    /** Routes that write: the changes, and opening a draft (reading PHI is recorded as a {@code viewed} audit item). */
    static List<ReviewRoutes> writingRoutes() {
        return ReviewRoutes.all().stream().filter(ReviewRoutes::writes).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writingRoutes")
    void failingWritesAre503AndChangeNothing(ReviewRoutes route) {
        assertUnavailableAndUnchanged(route, wire -> {
            wire.fail(DynamoDbWireMock.TRANSACT_WRITE_ITEMS, DynamoDbWireMock.internalError());
            wire.fail(DynamoDbWireMock.PUT_ITEM, DynamoDbWireMock.serviceUnavailable());
        });
    }

    private void assertUnavailableAndUnchanged(ReviewRoutes route, java.util.function.Consumer<DynamoDbWireMock> fault) {
        DynamoDbWireMock wire = DynamoDbWireMockResource.wire;
        wire.heal();
        Seeds seeds = new Seeds(stores);
        String practice = seeds.practice();
        DraftRecord draft = route.draftFor(seeds, practice, Instant.parse("2026-02-02T09:00:00Z"));
        List<AuditEntry> audit = seeds.audit(draft.draftId());
        fault.accept(wire);
        long start = System.nanoTime();
        LambdaResponse response = LambdaInvoker.invoke(
                route.event("sub-" + UUID.randomUUID(), practice, practice, draft.draftId(), draft.version()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        int attempts = wire.attempts();
        wire.heal();

        assertTrue(attempts > 0, route + " never reached the store");
        assertTrue(millis < BOUND_MILLIS, route + " answered in " + millis + " ms");
        assertEquals(503, response.statusCode(), route + ": " + response.body());
        assertEquals("5", response.header("Retry-After"));
        assertEquals("storage unavailable, retry later", response.json().path("error").asText());
        assertEquals(draft, seeds.current(draft.draftId()), route + " changed the draft");
        assertEquals(audit, seeds.audit(draft.draftId()), route + " wrote an audit item");
    }
}
