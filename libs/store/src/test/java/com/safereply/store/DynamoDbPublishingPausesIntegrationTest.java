package com.safereply.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.safereply.app.Platform;
import com.safereply.app.publish.PublishingPause;
import com.safereply.store.testing.DynamoDbLocalExtension;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Publishing pauses against DynamoDB Local: first block wins, resume is audited, one pause under concurrency. */
class DynamoDbPublishingPausesIntegrationTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();
    private static final AtomicInteger PRACTICES = new AtomicInteger();
    private static final Instant T0 = Instant.parse("2026-12-03T09:00:00Z");

    private final DynamoDbPublishingPauses pauses = new DynamoDbPublishingPauses(dynamo.client(), dynamo.tableName());
    private final String practice = "paused-" + PRACTICES.incrementAndGet();

    @Test
    void theFirstBlockIsKeptAndResumingLiftsItOnceWithWhoDidItAudited() {
        assertEquals(Optional.empty(), pauses.pauseOf(practice));

        pauses.pause(practice, Platform.FACEBOOK, T0);
        pauses.pause(practice, Platform.INSTAGRAM, T0.plusSeconds(30));

        assertEquals(Optional.of(new PublishingPause(practice, Platform.FACEBOOK, T0)), pauses.pauseOf(practice));
        assertEquals(Optional.of(new PublishingPause(practice, Platform.FACEBOOK, T0)),
                pauses.resume(practice, "admin-1", T0.plusSeconds(600)));
        assertEquals(Optional.empty(), pauses.pauseOf(practice));
        assertEquals(Optional.empty(), pauses.resume(practice, "admin-2", T0.plusSeconds(601)), "nothing to lift");

        List<Map<String, AttributeValue>> audit = auditItems();
        assertEquals(List.of("PAUSED by system:publish", "RESUMED by admin-1"),
                audit.stream().map(i -> i.get("action").s() + " by " + i.get("actor").s()).toList());
        assertTrue(audit.stream().noneMatch(i -> i.containsKey(TableDefinition.TTL_ATTRIBUTE)), "kept, never expired");
    }

    @Test
    void concurrentBlocksRecordOnePause() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<?>> all = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Instant at = T0.plusMillis(i);
                all.add(pool.submit(() -> pauses.pause(practice, Platform.FACEBOOK, at)));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(pauses.pauseOf(practice).isPresent());
        assertEquals(1, auditItems().size(), "one PAUSED audit item");
    }

    private List<Map<String, AttributeValue>> auditItems() {
        return dynamo.client().query(b -> b.tableName(dynamo.tableName()).consistentRead(true)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :p)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("PRACTICE#" + practice),
                        ":p", AttributeValue.fromS("PAUSEAUDIT#")))).items();
    }
}
