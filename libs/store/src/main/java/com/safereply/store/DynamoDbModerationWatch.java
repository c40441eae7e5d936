package com.safereply.store;

import static com.safereply.store.Attrs.n;
import static com.safereply.store.Attrs.s;
import static com.safereply.store.Attrs.time;

import com.safereply.app.Platform;
import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftState;
import com.safereply.app.publish.ReplyTarget;
import com.safereply.app.publish.moderation.ModerationWatch;
import com.safereply.app.publish.moderation.ReplyModeration;
import com.safereply.app.publish.moderation.WatchedReply;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The moderation watch on the table: one {@code DRAFT#<id> / MODERATION_WATCH} item per watched reply, in the sparse
 * GSI1 partition {@code MODERATION#<practiceId>} sorted by due time, so a pass reads only what is due, oldest first,
 * with a {@code Limit}. The item is put by {@link DynamoDbPublishLedger#published} in the transaction that marks the
 * draft PUBLISHED. A recorded rejection is two attributes on the draft ({@code replyModeration},
 * {@code replyModerationAt}), a version bump and an audit item, in one transaction conditioned on the draft being
 * PUBLISHED with no rejection recorded yet.
 */
public final class DynamoDbModerationWatch implements ModerationWatch {
    static final String NEXT_CHECK_AT = "nextCheckAt";
    static final String PUBLISHED_AT = "publishedAt";
    /** On the draft: {@code REJECTED} once the platform's moderation rejected the published reply. */
    static final String MODERATION = "replyModeration";
    static final String MODERATION_AT = "replyModerationAt";
    /** The actor of the rejection in the audit trail: the system, reporting what the platform decided. */
    static final String ACTOR = "system:moderation";

    private final DynamoDbClient client;
    private final String table;

    public DynamoDbModerationWatch(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    /** The watch item for a draft just published (the ledger adds it to its PUBLISHED transaction). */
    static TransactWriteItem watchItem(Map<String, AttributeValue> draftItem, Instant publishedAt, String table) {
        String draftId = draftItem.get(DraftItems.DRAFT_ID).s();
        String practiceId = draftItem.get(DraftItems.PRACTICE_ID).s();
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(TableDefinition.PK, s(Keys.draftPk(draftId)));
        item.put(TableDefinition.SK, s(Keys.MODERATION_WATCH_SK));
        item.put(ItemType.ATTRIBUTE, s(ItemType.MODERATION_WATCH.name()));
        item.put(TableDefinition.GSI1_PK, s(Keys.moderationPk(practiceId)));
        item.put(TableDefinition.GSI1_SK, s(Keys.moderationSk(publishedAt, draftId)));
        item.put(DraftItems.DRAFT_ID, s(draftId));
        item.put(DraftItems.PRACTICE_ID, s(practiceId));
        item.put(DraftItems.PLATFORM, draftItem.get(DraftItems.PLATFORM));
        item.put(DraftItems.CHANNEL_ID, draftItem.get(DraftItems.CHANNEL_ID));
        item.put(DraftItems.COMMENT_ID, draftItem.get(DraftItems.COMMENT_ID));
        item.put(PUBLISHED_AT, time(publishedAt));
        item.put(NEXT_CHECK_AT, time(publishedAt));
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item).build()).build();
    }

    @Override
    public List<WatchedReply> due(String practiceId, Instant now, int limit) {
        // '~' sorts after every draft id character (base64url), so every item due at or before now is included.
        Map<String, AttributeValue> values = Map.of(":pk", s(Keys.moderationPk(practiceId)),
                ":due", s(Timestamps.format(now) + "#~"));
        List<Map<String, AttributeValue>> items = StoreErrors.call("read due moderation checks", () -> client
                .query(b -> b.tableName(table).indexName(TableDefinition.GSI1)
                        .keyConditionExpression(TableDefinition.GSI1_PK + " = :pk AND " + TableDefinition.GSI1_SK
                                + " <= :due")
                        .expressionAttributeValues(values).scanIndexForward(true).limit(limit))
                .items());
        return items.stream().map(DynamoDbModerationWatch::reply).toList();
    }

    @Override
    public void checkAgainAt(WatchedReply reply, Instant at) {
        try {
            client.updateItem(b -> b.tableName(table).key(key(reply.draftId()))
                    .updateExpression("SET " + NEXT_CHECK_AT + " = :at, " + TableDefinition.GSI1_SK + " = :sk")
                    .conditionExpression("attribute_exists(" + TableDefinition.PK + ")")
                    .expressionAttributeValues(Map.of(":at", time(at), ":sk", s(Keys.moderationSk(at,
                            reply.draftId())))));
        } catch (ConditionalCheckFailedException e) {
            // Stopped meanwhile (a concurrent pass settled it): nothing left to reschedule.
        } catch (SdkException e) {
            throw StoreErrors.unavailable("reschedule moderation check", e);
        }
    }

    @Override
    public void stopWatching(WatchedReply reply) {
        StoreErrors.call("stop moderation watch", () -> client.deleteItem(b -> b.tableName(table)
                .key(key(reply.draftId()))));
    }

    @Override
    public boolean recordRejected(WatchedReply reply, Instant at) {
        Map<String, AttributeValue> item = StoreErrors.call("read draft for moderation", () -> client.getItem(b -> b
                .tableName(table).key(DynamoDbDraftStore.key(Keys.draftPk(reply.draftId()), Keys.DRAFT_SK))
                .consistentRead(true)).item());
        if (item == null || item.isEmpty() || item.containsKey(MODERATION)
                || !DraftState.PUBLISHED.name().equals(item.get(DraftItems.STATE).s())) {
            return false;
        }
        long version = Long.parseLong(item.get(DraftItems.VERSION).n());
        Map<String, AttributeValue> after = new HashMap<>(item);
        after.put(DraftItems.VERSION, n(version + 1));
        DraftRecord afterRecord = DraftItems.fromItem(after);
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":rejected", s(ReplyModeration.REJECTED.name()));
        values.put(":at", time(at));
        values.put(":one", n(1));
        values.put(":published", s(DraftState.PUBLISHED.name()));
        values.put(":read", n(version));
        Update draftUpdate = Update.builder().tableName(table)
                .key(DynamoDbDraftStore.key(Keys.draftPk(reply.draftId()), Keys.DRAFT_SK))
                .updateExpression("SET " + MODERATION + " = :rejected, " + MODERATION_AT + " = :at, "
                        + "#version = #version + :one, " + DraftItems.UPDATED_AT + " = :at")
                .conditionExpression("#state = :published AND #version = :read AND attribute_not_exists("
                        + MODERATION + ")")
                .expressionAttributeNames(Map.of("#state", DraftItems.STATE, "#version", DraftItems.VERSION))
                .expressionAttributeValues(values).build();
        Put audit = Put.builder().tableName(table).item(DraftItems.auditItem(AuditEntry.of(afterRecord, ACTOR,
                AuditAction.REPLY_REJECTED, at, reply.target().platform().label() + " moderation"))).build();
        try {
            client.transactWriteItems(b -> b.transactItems(TransactWriteItem.builder().update(draftUpdate).build(),
                    TransactWriteItem.builder().put(audit).build()));
            return true;
        } catch (TransactionCanceledException e) {
            List<String> reasons = StoreErrors.reasons(e);
            if (StoreErrors.failedCondition(reasons, 0) || StoreErrors.anyConflict(reasons)) {
                return false;
            }
            throw StoreErrors.unavailable("record moderation rejection", e);
        } catch (SdkException e) {
            throw StoreErrors.unavailable("record moderation rejection", e);
        }
    }

    private static WatchedReply reply(Map<String, AttributeValue> item) {
        ReplyTarget target = new ReplyTarget(Attrs.requiredEnum(item, DraftItems.PLATFORM, Platform.class),
                Attrs.requiredS(item, DraftItems.CHANNEL_ID), Attrs.requiredS(item, DraftItems.COMMENT_ID));
        return new WatchedReply(Attrs.requiredS(item, DraftItems.DRAFT_ID), Attrs.requiredS(item, DraftItems.PRACTICE_ID),
                target, Attrs.requiredTime(item, PUBLISHED_AT), Attrs.requiredTime(item, NEXT_CHECK_AT));
    }

    private static Map<String, AttributeValue> key(String draftId) {
        return DynamoDbDraftStore.key(Keys.draftPk(draftId), Keys.MODERATION_WATCH_SK);
    }
}
