package com.safereply.loadtest;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import com.safereply.store.DraftItems;
import com.safereply.store.DynamoDbClients;
import com.safereply.store.ItemType;
import com.safereply.store.StoreConfig;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Counts what the storm left in the local table. A scan: fine against DynamoDB Local, never in production code. */
final class DraftCounter implements AutoCloseable {

    private final DynamoDbClient client;
    private final String table;

    DraftCounter(URI endpoint, String table) {
        this.client = DynamoDbClients.create(StoreConfig.local(table, endpoint));
        this.table = table;
    }

    /** Drafts per comment id. */
    Map<String, Integer> draftsByComment() {
        Map<String, Integer> counts = new HashMap<>();
        client.scanPaginator(b -> b.tableName(table).consistentRead(true)
                        .filterExpression("#t = :t")
                        .expressionAttributeNames(Map.of("#t", ItemType.ATTRIBUTE))
                        .expressionAttributeValues(Map.of(":t", AttributeValue.fromS(ItemType.DRAFT.name()))))
                .items().forEach(item -> counts.merge(item.get(DraftItems.COMMENT_ID).s(), 1, Integer::sum));
        return counts;
    }

    int items(ItemType type) {
        int[] n = {0};
        client.scanPaginator(b -> b.tableName(table).consistentRead(true).select("COUNT")
                        .filterExpression("#t = :t")
                        .expressionAttributeNames(Map.of("#t", ItemType.ATTRIBUTE))
                        .expressionAttributeValues(Map.of(":t", AttributeValue.fromS(type.name()))))
                .forEach(page -> n[0] += page.count());
        return n[0];
    }

    @Override
    public void close() {
        client.close();
    }
}
