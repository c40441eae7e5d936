package com.safereply.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.app.digest.DigestStore;
import com.safereply.app.digest.WeeklyDigest;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static com.safereply.store.Attrs.s;
import static com.safereply.store.TableDefinition.PK;
import static com.safereply.store.TableDefinition.SK;

/**
 * {@link DigestStore} on the SafeReply table: {@code PRACTICE#<id>} / {@code DIGEST#<week>} holding the digest as JSON
 * (counts only). Put once with {@code attribute_not_exists}, so two overlapping runs send one digest.
 */
public final class DynamoDbDigestStore implements DigestStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCUMENT = "document";
    private static final String PREFIX = "DIGEST#";

    private final DynamoDbClient client;
    private final String table;

    public DynamoDbDigestStore(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    @Override
    public boolean saveIfAbsent(WeeklyDigest digest) {
        Map<String, AttributeValue> item = new HashMap<>(key(digest.practiceId(), digest.weekId()));
        item.put(ItemType.ATTRIBUTE, s(ItemType.DIGEST.name()));
        item.put("practiceId", s(digest.practiceId()));
        try {
            item.put(DOCUMENT, s(JSON.writeValueAsString(digest)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("digest not serialisable", e);
        }
        try {
            client.putItem(b -> b.tableName(table).item(item).conditionExpression(Writes.NOT_EXISTS));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        } catch (SdkException e) {
            throw StoreErrors.unavailable("save digest", e);
        }
    }

    @Override
    public Optional<WeeklyDigest> find(String practiceId, String weekId) {
        Map<String, AttributeValue> item = StoreErrors.call("get digest", () -> client.getItem(b -> b
                .tableName(table).consistentRead(true).key(key(practiceId, weekId))).item());
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(read(practiceId, item));
    }

    /** ISO week ids ({@code 2026-W48}) sort as text in time order, so the newest is the last sort key. */
    @Override
    public Optional<WeeklyDigest> latest(String practiceId) {
        var items = StoreErrors.call("latest digest", () -> client.query(b -> b.tableName(table)
                .consistentRead(true).scanIndexForward(false).limit(1)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :digest)")
                .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK))
                .expressionAttributeValues(Map.of(":pk", s(Keys.practicePk(practiceId)), ":digest", s(PREFIX))))
                .items());
        return items.isEmpty() ? Optional.empty() : Optional.of(read(practiceId, items.get(0)));
    }

    private static WeeklyDigest read(String practiceId, Map<String, AttributeValue> item) {
        try {
            return JSON.readValue(Attrs.requiredS(item, DOCUMENT), WeeklyDigest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored digest unreadable for practice " + practiceId, e);
        }
    }

    @Override
    public void remove(String practiceId, String weekId) {
        StoreErrors.call("remove digest", () -> client.deleteItem(b -> b.tableName(table)
                .key(key(practiceId, weekId))));
    }

    private static Map<String, AttributeValue> key(String practiceId, String weekId) {
        return Map.of(PK, s(Keys.practicePk(practiceId)), SK, s(PREFIX + weekId));
    }
}
