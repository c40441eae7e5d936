package com.safereply.store;

import static com.safereply.store.Attrs.s;
import static com.safereply.store.Attrs.time;
import static com.safereply.store.TableDefinition.PK;
import static com.safereply.store.TableDefinition.SK;

import com.safereply.app.Platform;
import com.safereply.app.publish.PublishingPause;
import com.safereply.app.publish.PublishingPauses;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * {@link PublishingPauses} on the single table: one pause item in the practice's partition, and an audit item for
 * each pause and resume. Pausing is a conditional put, so concurrent blocks record the first; resuming deletes the
 * item (conditional on it still being there) and writes its audit item in one transaction.
 */
public final class DynamoDbPublishingPauses implements PublishingPauses {

    static final String PLATFORM = "platform";
    static final String SINCE = "since";
    static final String ACTION = "action";
    static final String ACTOR = "actor";
    static final String AT = "at";
    /** Who pauses: the publish stage, acting on the platform's answer. */
    static final String SYSTEM = "system:publish";
    static final String PAUSED = "PAUSED";
    static final String RESUMED = "RESUMED";

    private final DynamoDbClient client;
    private final String table;

    public DynamoDbPublishingPauses(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    @Override
    public Optional<PublishingPause> pauseOf(String practiceId) {
        Map<String, AttributeValue> item = StoreErrors.call("get publishing pause", () -> client.getItem(b -> b
                .tableName(table).consistentRead(true).key(key(practiceId)))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PublishingPause(practiceId,
                Attrs.requiredEnum(item, PLATFORM, Platform.class), Attrs.requiredTime(item, SINCE)));
    }

    @Override
    public void pause(String practiceId, Platform platform, Instant at) {
        Map<String, AttributeValue> item = new HashMap<>(key(practiceId));
        item.put(ItemType.ATTRIBUTE, s(ItemType.PUBLISHING_PAUSE.name()));
        item.put(DraftItems.PRACTICE_ID, s(practiceId));
        item.put(PLATFORM, s(platform.name()));
        item.put(SINCE, time(at));
        try {
            client.transactWriteItems(b -> b.transactItems(List.of(
                    TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                            .conditionExpression("attribute_not_exists(#pk)")
                            .expressionAttributeNames(Map.of("#pk", PK))).build(),
                    audit(practiceId, PAUSED, SYSTEM, platform, at))));
        } catch (TransactionCanceledException alreadyPaused) {
            // The first block's pause stands; this one adds nothing an operator needs.
        } catch (SdkException e) {
            throw StoreErrors.unavailable("pause publishing", e);
        }
    }

    @Override
    public Optional<PublishingPause> resume(String practiceId, String by, Instant at) {
        Optional<PublishingPause> pause = pauseOf(practiceId);
        if (pause.isEmpty()) {
            return Optional.empty();
        }
        try {
            client.transactWriteItems(b -> b.transactItems(List.of(
                    TransactWriteItem.builder().delete(d -> d.tableName(table).key(key(practiceId))
                            .conditionExpression("attribute_exists(#pk)")
                            .expressionAttributeNames(Map.of("#pk", PK))).build(),
                    audit(practiceId, RESUMED, by, pause.get().platform(), at))));
            return pause;
        } catch (TransactionCanceledException | ConditionalCheckFailedException resumedMeanwhile) {
            return Optional.empty(); // another administrator resumed it first; theirs is the audited one
        } catch (SdkException e) {
            throw StoreErrors.unavailable("resume publishing", e);
        }
    }

    private TransactWriteItem audit(String practiceId, String action, String actor, Platform platform, Instant at) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PK, s(Keys.practicePk(practiceId)));
        item.put(SK, s(Keys.pauseAuditSk(at, action)));
        item.put(ItemType.ATTRIBUTE, s(ItemType.PAUSE_AUDIT.name()));
        item.put(DraftItems.PRACTICE_ID, s(practiceId));
        item.put(ACTION, s(action));
        item.put(ACTOR, s(actor));
        item.put(PLATFORM, s(platform.name()));
        item.put(AT, time(at));
        // in the same transaction as the pause itself, and chained by the next seal like every audit item
        ChainableAuditItems.markUnchained(item, practiceId, at, ChainableAuditItems.pauseEntryId(at, action));
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)).build();
    }

    private static Map<String, AttributeValue> key(String practiceId) {
        return Map.of(PK, s(Keys.practicePk(practiceId)), SK, s(Keys.PUBLISHING_PAUSE_SK));
    }
}
