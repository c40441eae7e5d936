package com.safereply.store.testing;

import com.safereply.store.ItemType;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Raw reads of a test table, to assert what was (not) written. Scans are fine here, never in production code. */
public final class TableInspector {

    private final DynamoDbClient client;
    private final String table;

    public TableInspector(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    public List<Map<String, AttributeValue>> items(ItemType type) {
        ScanRequest request = ScanRequest.builder().tableName(table).consistentRead(true)
                .filterExpression("#t = :t")
                .expressionAttributeNames(Map.of("#t", ItemType.ATTRIBUTE))
                .expressionAttributeValues(Map.of(":t", AttributeValue.fromS(type.name())))
                .build();
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        client.scanPaginator(request).items().forEach(items::add);
        return items;
    }

    /** Items of {@code type} whose {@code attribute} equals {@code value} (e.g. drafts of one practice). */
    public List<Map<String, AttributeValue>> items(ItemType type, String attribute, String value) {
        return items(type).stream()
                .filter(item -> item.containsKey(attribute) && value.equals(item.get(attribute).s()))
                .toList();
    }

    public Map<String, AttributeValue> item(String pk, String sk) {
        return client.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk)))).item();
    }
}
