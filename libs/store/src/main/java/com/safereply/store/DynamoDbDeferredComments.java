package com.safereply.store;

import com.safereply.app.deferred.DeferredBatch;
import com.safereply.app.deferred.DeferredComments;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.Clock;
import java.util.Map;

import static com.safereply.store.Attrs.n;
import static com.safereply.store.TableDefinition.TTL_ATTRIBUTE;

/** Deferred parts in the table: one conditional put each, so a redelivered part is refused (expired ones count as absent). */
final class DynamoDbDeferredComments implements DeferredComments {

    private final DynamoDbClient client;
    private final String table;
    private final Clock clock;

    DynamoDbDeferredComments(DynamoDbClient client, String table, Clock clock) {
        this.client = client;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public boolean defer(DeferredBatch batch) {
        return StoreErrors.call("defer comments", () -> {
            try {
                client.putItem(b -> b.tableName(table).item(DeferredItems.toItem(batch))
                        .conditionExpression(Writes.NOT_EXISTS + " OR #expires < :now")
                        .expressionAttributeNames(Map.of("#expires", TTL_ATTRIBUTE))
                        .expressionAttributeValues(Map.of(":now", n(clock.instant().getEpochSecond()))));
                return true;
            } catch (ConditionalCheckFailedException e) {
                return false;
            }
        });
    }
}
