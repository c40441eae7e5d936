package com.safereply.store;

import com.safereply.app.StoreUnavailableException;
import com.safereply.app.draft.Delivery;
import com.safereply.app.inbox.ReceivedComment;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static com.safereply.store.Attrs.n;
import static com.safereply.store.Attrs.s;
import static com.safereply.store.TableDefinition.PK;
import static com.safereply.store.TableDefinition.SK;
import static com.safereply.store.TableDefinition.TTL_ATTRIBUTE;

/** The conditional writes the draft store and the received comments share (one table, one transaction helper). */
final class Writes {

    static final String NOT_EXISTS = "attribute_not_exists(" + PK + ")";
    static final String REVISION_IS = "attribute_exists(" + PK + ") AND #revision = :rev";
    static final Map<String, String> REVISION_NAMES = Map.of("#revision", InboundItems.REVISION);
    /** Two writers racing on the same delivery make DynamoDB cancel one with TransactionConflict: retry, then decide. */
    private static final int MAX_TRANSACTION_ATTEMPTS = 4;

    private final DynamoDbClient client;
    private final String table;
    private final Clock clock;

    Writes(DynamoDbClient client, String table, Clock clock) {
        this.client = client;
        this.table = table;
        this.clock = clock;
    }

    /**
     * Runs the transaction, retrying while it only loses races with concurrent transactions.
     *
     * @return empty when it committed, else the cancellation reason per item
     */
    List<String> transact(String operation, List<TransactWriteItem> items) {
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
    TransactWriteItem deliveryPut(Delivery delivery, String draftId) {
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

    /** The received comment's next revision, written only if the stored one is still the revision before it. */
    TransactWriteItem commentAtRevision(ReceivedComment next) {
        return put(InboundItems.toItem(next), REVISION_IS, Map.of(":rev", n(next.expectedRevision())), REVISION_NAMES);
    }

    TransactWriteItem put(Map<String, AttributeValue> item, String condition, Map<String, AttributeValue> values) {
        return put(item, condition, values, Map.of());
    }

    TransactWriteItem put(Map<String, AttributeValue> item, String condition,
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
}
