package com.safereply.store;

import com.safereply.app.Platform;
import com.safereply.app.StoreUnavailableException;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.CreateOutcome;
import com.safereply.app.draft.Delivery;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftStore;
import com.safereply.app.draft.DraftState;
import com.safereply.app.draft.DraftUpdate;
import com.safereply.app.draft.DuplicateDeliveryException;
import com.safereply.app.draft.Page;
import com.safereply.app.draft.PageRequest;
import com.safereply.app.draft.VersionConflictException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import static com.safereply.store.Attrs.n;
import static com.safereply.store.Attrs.s;
import static com.safereply.store.Attrs.time;
import static com.safereply.store.TableDefinition.GSI1_PK;
import static com.safereply.store.TableDefinition.GSI1_SK;
import static com.safereply.store.TableDefinition.PK;
import static com.safereply.store.TableDefinition.SK;
import static com.safereply.store.TableDefinition.TTL_ATTRIBUTE;

/** {@link DraftStore} on the single SafeReply table (see {@link Keys} for the item layout). */
public final class DynamoDbDraftStore implements DraftStore {

    private static final String NOT_EXISTS = "attribute_not_exists(" + PK + ")";
    /** Two writers racing on the same delivery make DynamoDB cancel one with TransactionConflict: retry, then decide. */
    private static final int MAX_TRANSACTION_ATTEMPTS = 4;

    private final DynamoDbClient client;
    private final String table;
    private final Clock clock;

    public DynamoDbDraftStore(DynamoDbClient client, String table, Clock clock) {
        this.client = client;
        this.table = table;
        this.clock = clock;
    }

    public DynamoDbDraftStore(DynamoDbClient client, String table) {
        this(client, table, Clock.systemUTC());
    }

    @Override
    public CreateOutcome create(DraftRecord draft, Delivery delivery, AuditEntry created) {
        if (!draft.state().isPending() || draft.version() != 1) {
            throw new IllegalArgumentException("a new draft must be pending at version 1");
        }
        requireSameDraft(draft, created);
        if (!delivery.practiceId().equals(draft.practiceId())) {
            throw new IllegalArgumentException("delivery is for another practice");
        }
        List<TransactWriteItem> items = List.of(
                put(DraftItems.toItem(draft), NOT_EXISTS, Map.of()),
                deliveryPut(delivery, draft.draftId()),
                put(commentIndexItem(draft), NOT_EXISTS, Map.of()),
                put(DraftItems.auditItem(created), NOT_EXISTS, Map.of()));
        List<String> reasons = transact("create draft", items);
        if (reasons.isEmpty()) {
            return CreateOutcome.CREATED;
        }
        // Draft, delivery or comment index already there: this comment or delivery was stored before.
        if (StoreErrors.failedCondition(reasons, 0) || StoreErrors.failedCondition(reasons, 1)
                || StoreErrors.failedCondition(reasons, 2)) {
            return CreateOutcome.DUPLICATE;
        }
        throw new StoreUnavailableException("create draft cancelled: " + reasons, null);
    }

    @Override
    public Optional<DraftRecord> findById(String draftId) {
        Map<String, AttributeValue> item = StoreErrors.call("get draft", () -> client.getItem(b -> b
                .tableName(table).consistentRead(true)
                .key(key(Keys.draftPk(draftId), Keys.DRAFT_SK))).item());
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(DraftItems.fromItem(item));
    }

    @Override
    public Optional<DraftRecord> findByComment(String practiceId, Platform platform, String commentId) {
        Map<String, AttributeValue> index = StoreErrors.call("get comment index", () -> client.getItem(b -> b
                .tableName(table).consistentRead(true)
                .key(key(Keys.practicePk(practiceId), Keys.commentSk(platform, commentId)))).item());
        if (index == null || index.isEmpty()) {
            return Optional.empty();
        }
        return findById(Attrs.requiredS(index, DraftItems.DRAFT_ID));
    }

    @Override
    public Page<DraftRecord> pending(String practiceId, PageRequest page) {
        return queue(Keys.queuePk(practiceId), null, page);
    }

    @Override
    public Page<DraftRecord> inState(String practiceId, DraftState state, PageRequest page) {
        return queue(Keys.statePk(practiceId, state), null, page);
    }

    @Override
    public Page<DraftRecord> pendingCreatedBefore(String practiceId, Instant cutoff, PageRequest page) {
        return queue(Keys.queuePk(practiceId), cutoff, page);
    }

    /**
     * Reads one page of the practice's queue partition in GSI1, oldest first. Asks for one item more than the page so
     * the last page has no cursor (no empty trailing page), and keeps reading if DynamoDB stops early at 1 MB.
     */
    private Page<DraftRecord> queue(String partition, Instant cutoff, PageRequest page) {
        Map<String, AttributeValue> start = page.cursor() == null ? null : QueueCursor.decode(page.cursor(), partition);
        Map<String, String> names = new HashMap<>(Map.of("#pk", GSI1_PK));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", s(partition)));
        String condition = "#pk = :pk";
        if (cutoff != null) {
            names.put("#sk", GSI1_SK);
            values.put(":cutoff", s(Timestamps.format(cutoff)));
            condition += " AND #sk < :cutoff";
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> next = start;
        do {
            QueryRequest.Builder request = QueryRequest.builder().tableName(table).indexName(TableDefinition.GSI1)
                    .keyConditionExpression(condition).expressionAttributeNames(names)
                    .expressionAttributeValues(values).scanIndexForward(true)
                    .limit(page.limit() + 1 - items.size());
            if (next != null && !next.isEmpty()) {
                request.exclusiveStartKey(next);
            }
            QueryResponse response = StoreErrors.call("query queue", () -> client.query(request.build()));
            items.addAll(response.items());
            next = response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null;
        } while (items.size() <= page.limit() && next != null && !next.isEmpty());

        List<DraftRecord> drafts = new ArrayList<>(Math.min(items.size(), page.limit()));
        for (int i = 0; i < items.size() && i < page.limit(); i++) {
            drafts.add(DraftItems.fromItem(items.get(i)));
        }
        Optional<String> cursor = items.size() > page.limit()
                ? Optional.of(QueueCursor.encode(partition, Attrs.requiredS(items.get(page.limit() - 1), GSI1_SK)))
                : Optional.empty();
        return new Page<>(drafts, cursor);
    }

    @Override
    public DraftRecord update(DraftUpdate update) {
        DraftRecord next = update.next();
        String condition = "attribute_exists(" + PK + ") AND #version = :expected";
        Map<String, String> names = Map.of("#version", DraftItems.VERSION);
        Map<String, AttributeValue> values = Map.of(":expected", n(update.expectedVersion()));
        Map<String, AttributeValue> item = DraftItems.toItem(next);
        if (update.audit().isEmpty() && update.delivery().isEmpty()) {
            try {
                client.putItem(b -> b.tableName(table).item(item).conditionExpression(condition)
                        .expressionAttributeNames(names).expressionAttributeValues(values));
                return next;
            } catch (ConditionalCheckFailedException e) {
                throw new VersionConflictException(next.draftId(), update.expectedVersion());
            } catch (SdkException e) {
                throw StoreErrors.unavailable("update draft", e);
            }
        }
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression(condition).expressionAttributeNames(names)
                .expressionAttributeValues(values).build()).build());
        int deliveryIndex = -1;
        if (update.delivery().isPresent()) {
            deliveryIndex = items.size();
            items.add(deliveryPut(update.delivery().get(), next.draftId()));
        }
        update.audit().ifPresent(a -> items.add(put(DraftItems.auditItem(a), NOT_EXISTS, Map.of())));
        List<String> reasons = transact("update draft", items);
        if (reasons.isEmpty()) {
            return next;
        }
        if (deliveryIndex >= 0 && StoreErrors.failedCondition(reasons, deliveryIndex)) {
            throw new DuplicateDeliveryException(next.draftId());
        }
        if (StoreErrors.failedCondition(reasons, 0)) {
            throw new VersionConflictException(next.draftId(), update.expectedVersion());
        }
        throw new StoreUnavailableException("update draft cancelled: " + reasons, null);
    }

    @Override
    public boolean appendAudit(AuditEntry entry) {
        return putIfAbsent("append audit", DraftItems.auditItem(entry));
    }

    @Override
    public List<AuditEntry> auditTrail(String draftId) {
        QueryRequest request = QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :audit)")
                .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK))
                .expressionAttributeValues(Map.of(":pk", s(Keys.draftPk(draftId)), ":audit", s(Keys.AUDIT_PREFIX)))
                .build();
        return StoreErrors.call("query audit", () -> {
            List<AuditEntry> entries = new ArrayList<>();
            client.queryPaginator(request).items().forEach(item -> entries.add(DraftItems.auditFromItem(item)));
            return entries;
        });
    }

    @Override
    public boolean markNotified(String draftId, String notificationKey, Instant at) {
        requireNotificationKey(notificationKey);
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PK, s(Keys.draftPk(draftId)));
        item.put(SK, s(Keys.notifiedSk(notificationKey)));
        item.put(ItemType.ATTRIBUTE, s(ItemType.NOTIFIED.name()));
        item.put(DraftItems.DRAFT_ID, s(draftId));
        item.put("notificationKey", s(notificationKey));
        item.put("at", time(at));
        return putIfAbsent("mark notified", item);
    }

    @Override
    public void clearNotified(String draftId, String notificationKey) {
        requireNotificationKey(notificationKey);
        StoreErrors.call("clear notified", () -> client.deleteItem(b -> b.tableName(table)
                .key(key(Keys.draftPk(draftId), Keys.notifiedSk(notificationKey)))));
    }

    private boolean putIfAbsent(String operation, Map<String, AttributeValue> item) {
        try {
            client.putItem(b -> b.tableName(table).item(item).conditionExpression(NOT_EXISTS));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        } catch (SdkException e) {
            throw StoreErrors.unavailable(operation, e);
        }
    }

    /**
     * Runs the transaction, retrying while it only loses races with concurrent transactions.
     *
     * @return empty when it committed, else the cancellation reason per item
     */
    private List<String> transact(String operation, List<TransactWriteItem> items) {
        for (int attempt = 1; ; attempt++) {
            try {
                client.transactWriteItems(b -> b.transactItems(items));
                return List.of();
            } catch (TransactionCanceledException e) {
                List<String> reasons = StoreErrors.reasons(e);
                if (reasons.contains(StoreErrors.CONDITIONAL_CHECK_FAILED)) {
                    return reasons;
                }
                if (!StoreErrors.anyConflict(reasons) || attempt >= MAX_TRANSACTION_ATTEMPTS) {
                    throw StoreErrors.unavailable(operation, e);
                }
                backOff(attempt, operation);
            } catch (SdkException e) {
                throw StoreErrors.unavailable(operation, e);
            }
        }
    }

    private static void backOff(int attempt, String operation) {
        try {
            Thread.sleep(10L * attempt + ThreadLocalRandom.current().nextLong(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException(operation + " interrupted", e);
        }
    }

    /** The delivery record; an expired one (TTL deletion lags by up to days) counts as absent. */
    private TransactWriteItem deliveryPut(Delivery delivery, String draftId) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PK, s(Keys.dedupPk(delivery.practiceId(), delivery.deliveryKey())));
        item.put(SK, s(Keys.DEDUP_SK));
        item.put(ItemType.ATTRIBUTE, s(ItemType.DEDUP.name()));
        item.put(DraftItems.PRACTICE_ID, s(delivery.practiceId()));
        item.put(DraftItems.DRAFT_ID, s(draftId));
        item.put(TTL_ATTRIBUTE, n(delivery.expiresAt().getEpochSecond()));
        return put(item, NOT_EXISTS + " OR #expires < :now", Map.of(":now", n(clock.instant().getEpochSecond())),
                Map.of("#expires", TTL_ATTRIBUTE));
    }

    private Map<String, AttributeValue> commentIndexItem(DraftRecord draft) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PK, s(Keys.practicePk(draft.practiceId())));
        item.put(SK, s(Keys.commentSk(draft.platform(), draft.comment().commentId())));
        item.put(ItemType.ATTRIBUTE, s(ItemType.COMMENT.name()));
        item.put(DraftItems.DRAFT_ID, s(draft.draftId()));
        item.put(DraftItems.CREATED_AT, time(draft.createdAt()));
        return item;
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition, Map<String, AttributeValue> values) {
        return put(item, condition, values, Map.of());
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition,
                                  Map<String, AttributeValue> values, Map<String, String> names) {
        Put.Builder put = Put.builder().tableName(table).item(item).conditionExpression(condition);
        if (!values.isEmpty()) {
            put.expressionAttributeValues(values);
        }
        if (!names.isEmpty()) {
            put.expressionAttributeNames(names);
        }
        return TransactWriteItem.builder().put(put.build()).build();
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PK, s(pk), SK, s(sk));
    }

    private static void requireSameDraft(DraftRecord draft, AuditEntry entry) {
        if (!entry.draftId().equals(draft.draftId())) {
            throw new IllegalArgumentException("audit entry is for another draft");
        }
    }

    private static void requireNotificationKey(String key) {
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new IllegalArgumentException("notification key must be 1-200 characters");
        }
    }
}
