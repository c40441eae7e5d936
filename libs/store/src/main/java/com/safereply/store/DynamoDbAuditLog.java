package com.safereply.store;

import com.safereply.app.StoreUnavailableException;
import com.safereply.app.audit.AuditChain;
import com.safereply.app.audit.AuditEvent;
import com.safereply.app.audit.AuditKinds;
import com.safereply.app.audit.AuditLog;
import com.safereply.app.audit.AuditRange;
import com.safereply.app.draft.AuditEntry;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;

import static com.safereply.store.Attrs.n;
import static com.safereply.store.Attrs.s;
import static com.safereply.store.Attrs.time;
import static com.safereply.store.TableDefinition.GSI1_PK;
import static com.safereply.store.TableDefinition.GSI1_SK;
import static com.safereply.store.TableDefinition.PK;
import static com.safereply.store.TableDefinition.SK;

/**
 * {@link AuditLog} on the SafeReply table: each practice's hash chain lives in its partition as immutable
 * {@code CHAIN#<sequence>} links beside one {@code CHAINHEAD} item (last sequence and hash).
 *
 * <p>Audit items are written by every stage as before, each in the transaction of the change it records, and carry a
 * sparse GSI1 key ({@code AUDITQ#<practice>}) while unchained. {@link #seal} takes them oldest first, in batches, and
 * in ONE transaction per batch: puts the new links (must not exist), moves the head from the sequence it read (the
 * condition that serialises concurrent sealers), and removes each item's unchained key (only if still there, so no
 * item is chained twice). A sealer that loses the race re-reads the head and retries; items another sealer chained
 * meanwhile drop out of its batch. See "Audit hash chain" in docs/reliability.md.
 */
public final class DynamoDbAuditLog implements AuditLog {
    /** 25 audit items: at most 50 links + 25 updates + the head = 76 of DynamoDB's 100 items per transaction. */
    static final int BATCH = 25;
    private static final int MAX_ATTEMPTS = 60;
    /** One seal appends at most this many batches; the next seal carries on (bounds one request's time). */
    private static final int MAX_BATCHES = 400;
    private static final String SEQUENCE = "sequence";
    private static final String HASH = "hash";
    /**
     * A link's chain time: its event's own time, or the link before's chain time if that is later (an item whose index
     * entry showed up late). It never goes back along the chain, so export ranges, found by chain time, tile the chain:
     * consecutive ranges hold every event exactly once. Links and heads written before it existed read their {@code at}.
     */
    static final String CHAINED_AT = "chainedAt";

    private final DynamoDbClient client;
    private final String table;

    public DynamoDbAuditLog(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    @Override
    public int seal(String practiceId) {
        int appended = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<Map<String, AttributeValue>> pending = unchained(practiceId);
            if (pending.isEmpty()) {
                break;
            }
            int added = append(practiceId, pending);
            if (added == 0) {
                break; // every item listed was chained by another sealer (the index lags): it has them in hand
            }
            appended += added;
        }
        return appended;
    }

    @Override
    public void recordPracticeEvent(AuditEntry entry) {
        Map<String, AttributeValue> item = DraftItems.auditItem(entry);
        item.put(PK, s(Keys.practicePk(entry.practiceId())));
        StoreErrors.call("record practice audit", () -> client.putItem(b -> b.tableName(table).item(item)
                .conditionExpression(Writes.NOT_EXISTS)));
    }

    /** The oldest unchained audit items of the practice (GSI1 is eventually consistent: the newest may show later). */
    private List<Map<String, AttributeValue>> unchained(String practiceId) {
        QueryResponse response = StoreErrors.call("query unchained audit", () -> client.query(b -> b
                .tableName(table).indexName(TableDefinition.GSI1)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", GSI1_PK))
                .expressionAttributeValues(Map.of(":pk", s(Keys.unchainedPk(practiceId))))
                .scanIndexForward(true).limit(BATCH)));
        return response.items();
    }

    private int append(String practiceId, List<Map<String, AttributeValue>> pending) {
        List<Map<String, AttributeValue>> batch = new ArrayList<>(pending);
        for (int attempt = 1; ; attempt++) {
            if (batch.isEmpty()) {
                return 0;
            }
            Map<String, AttributeValue> head = StoreErrors.call("get chain head", () -> client.getItem(b -> b
                    .tableName(table).consistentRead(true)
                    .key(DynamoDbDraftStore.key(Keys.practicePk(practiceId), Keys.CHAIN_HEAD_SK))).item());
            boolean first = head == null || head.isEmpty();
            long headSequence = first ? 0 : Attrs.requiredLong(head, SEQUENCE);
            String headHash = first ? AuditChain.GENESIS : Attrs.requiredS(head, HASH);
            Instant chainedAt = first ? Instant.EPOCH : headChainTime(practiceId, head);

            List<TransactWriteItem> items = new ArrayList<>();
            List<Integer> updateIndex = new ArrayList<>();
            long sequence = headSequence;
            String hash = headHash;
            for (Map<String, AttributeValue> auditItem : batch) {
                AuditEntry entry = ChainableAuditItems.entryOf(auditItem);
                for (AuditKinds.Kind kind : AuditKinds.of(entry.action(), entry.detail())) {
                    AuditEvent event = AuditChain.appendAfter(sequence, hash, practiceId, entry.at(), entry.actor(),
                            kind.action(), entry.draftId(), entry.draftVersion(), entry.textHash(), kind.detail());
                    chainedAt = latest(chainedAt, event.at());
                    items.add(put(linkItem(event, entry.entryId(), chainedAt), Writes.NOT_EXISTS, Map.of(), Map.of()));
                    sequence = event.sequence();
                    hash = event.hash();
                }
                updateIndex.add(items.size());
                items.add(markChained(auditItem, practiceId, sequence));
            }
            Map<String, AttributeValue> nextHead = new HashMap<>();
            nextHead.put(PK, s(Keys.practicePk(practiceId)));
            nextHead.put(SK, s(Keys.CHAIN_HEAD_SK));
            nextHead.put(ItemType.ATTRIBUTE, s(ItemType.AUDIT_CHAIN_HEAD.name()));
            nextHead.put(SEQUENCE, n(sequence));
            nextHead.put(HASH, s(hash));
            nextHead.put(CHAINED_AT, time(chainedAt));
            items.add(first
                    ? put(nextHead, Writes.NOT_EXISTS, Map.of(), Map.of())
                    : put(nextHead, "#seq = :seq", Map.of(":seq", n(headSequence)), Map.of("#seq", SEQUENCE)));
            try {
                client.transactWriteItems(b -> b.transactItems(items));
                return (int) (sequence - headSequence);
            } catch (TransactionCanceledException e) {
                List<String> reasons = StoreErrors.reasons(e);
                // Items another sealer chained since we read them leave the batch; the rest go again on a fresh head.
                List<Map<String, AttributeValue>> still = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    if (!StoreErrors.failedCondition(reasons, updateIndex.get(i))) {
                        still.add(batch.get(i));
                    }
                }
                batch = still;
                if (attempt >= MAX_ATTEMPTS) {
                    throw new StoreUnavailableException("seal audit chain: lost " + attempt + " races", e);
                }
                backOff(attempt);
            } catch (SdkException e) {
                throw StoreErrors.unavailable("seal audit chain", e);
            }
        }
    }

    private TransactWriteItem markChained(Map<String, AttributeValue> auditItem, String practiceId, long lastLink) {
        return TransactWriteItem.builder().update(Update.builder().tableName(table)
                .key(Map.of(PK, auditItem.get(PK), SK, auditItem.get(SK)))
                .updateExpression("REMOVE #gpk, #gsk SET #chained = :seq")
                .conditionExpression("#gpk = :unchained")
                .expressionAttributeNames(Map.of("#gpk", GSI1_PK, "#gsk", GSI1_SK,
                        "#chained", ChainableAuditItems.CHAIN_SEQUENCE))
                .expressionAttributeValues(Map.of(":unchained", s(Keys.unchainedPk(practiceId)), ":seq", n(lastLink)))
                .build()).build();
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

    /**
     * The head's chain time. A head written before chain times existed has none: the latest time any link of the
     * practice is indexed by (old links by their event time) is the time no new link may go back before, even when the
     * last link was itself a late item.
     */
    private Instant headChainTime(String practiceId, Map<String, AttributeValue> head) {
        if (head.containsKey(CHAINED_AT)) {
            return Attrs.requiredTime(head, CHAINED_AT);
        }
        QueryResponse latest = StoreErrors.call("query latest chain time", () -> client.query(b -> b
                .tableName(table).indexName(TableDefinition.GSI1)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", GSI1_PK))
                .expressionAttributeValues(Map.of(":pk", s(Keys.chainByTimePk(practiceId))))
                .scanIndexForward(false).limit(1)));
        if (latest.items().isEmpty()) {
            return Instant.EPOCH;
        }
        String key = Attrs.requiredS(latest.items().get(0), GSI1_SK);
        return Timestamps.parse(key.substring(0, key.lastIndexOf('#')));
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** A link's chain time ({@link #CHAINED_AT}), or its event time for links written before chain times. */
    static Instant chainTime(Map<String, AttributeValue> link) {
        return link.containsKey(CHAINED_AT) ? Attrs.requiredTime(link, CHAINED_AT) : Attrs.requiredTime(link, "at");
    }

    static Map<String, AttributeValue> linkItem(AuditEvent e, String entryId, Instant chainedAt) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PK, s(Keys.practicePk(e.practiceId())));
        item.put(SK, s(Keys.chainSk(e.sequence())));
        item.put(GSI1_PK, s(Keys.chainByTimePk(e.practiceId())));
        item.put(GSI1_SK, s(Keys.chainByTimeSk(chainedAt, e.sequence())));
        item.put(CHAINED_AT, time(chainedAt));
        item.put(ItemType.ATTRIBUTE, s(ItemType.AUDIT_CHAIN.name()));
        item.put("practiceId", s(e.practiceId()));
        item.put(SEQUENCE, n(e.sequence()));
        item.put("at", time(e.at()));
        item.put("actor", s(e.actor()));
        item.put("action", s(e.action()));
        item.put("draftId", s(e.draftId()));
        item.put("draftVersion", n(e.draftVersion()));
        item.put("textHash", s(e.textHash()));
        if (e.detail() != null) {
            item.put("detail", s(e.detail()));
        }
        item.put("previousHash", s(e.previousHash()));
        item.put(HASH, s(e.hash()));
        item.put("entryId", s(entryId));
        return item;
    }

    static AuditEvent eventFromItem(Map<String, AttributeValue> item) {
        return new AuditEvent(Attrs.requiredS(item, "practiceId"), Attrs.requiredLong(item, SEQUENCE),
                Attrs.requiredTime(item, "at"), Attrs.requiredS(item, "actor"), Attrs.requiredS(item, "action"),
                Attrs.requiredS(item, "draftId"), Attrs.requiredLong(item, "draftVersion"),
                Attrs.requiredS(item, "textHash"), Attrs.optionalS(item, "detail"),
                Attrs.requiredS(item, "previousHash"), Attrs.requiredS(item, HASH));
    }

    @Override
    public Page page(String practiceId, AuditRange range, long afterSequence, int limit) {
        List<AuditEvent> events = new ArrayList<>(Math.min(limit, 1000));
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            int want = limit + 1 - events.size();
            QueryRequest.Builder request = QueryRequest.builder().tableName(table).consistentRead(true)
                    .keyConditionExpression("#pk = :pk AND #sk BETWEEN :first AND :last")
                    .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK))
                    .expressionAttributeValues(Map.of(":pk", s(Keys.practicePk(practiceId)),
                            ":first", s(Keys.chainSk(afterSequence + 1)), ":last", s(Keys.chainSk(999_999_999_999L))))
                    .scanIndexForward(true).limit(want);
            if (from != null) {
                request.exclusiveStartKey(from);
            }
            QueryResponse response = StoreErrors.call("query audit chain", () -> client.query(request.build()));
            for (Map<String, AttributeValue> item : response.items()) {
                if (!chainTime(item).isBefore(range.to())) {
                    return new Page(events, false);
                }
                AuditEvent event = eventFromItem(item);
                if (events.size() == limit) {
                    return new Page(events, true);
                }
                events.add(event);
            }
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null);
        return new Page(events, false);
    }

    @Override
    public OptionalLong firstSequenceAtOrAfter(String practiceId, java.time.Instant from) {
        QueryResponse response = StoreErrors.call("query audit chain by time", () -> client.query(b -> b
                .tableName(table).indexName(TableDefinition.GSI1)
                .keyConditionExpression("#pk = :pk AND #sk >= :from")
                .expressionAttributeNames(Map.of("#pk", GSI1_PK, "#sk", GSI1_SK))
                .expressionAttributeValues(Map.of(":pk", s(Keys.chainByTimePk(practiceId)),
                        ":from", s(Timestamps.format(from))))
                .scanIndexForward(true).limit(1)));
        return response.items().isEmpty() ? OptionalLong.empty()
                : OptionalLong.of(Attrs.requiredLong(response.items().get(0), SEQUENCE));
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(Math.min(200, 5L * attempt) + ThreadLocalRandom.current().nextLong(15));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("seal audit chain interrupted", e);
        }
    }
}
