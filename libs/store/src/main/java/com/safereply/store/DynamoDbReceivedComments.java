package com.safereply.store;

import com.safereply.app.StoreUnavailableException;
import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.Delivery;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DuplicateDeliveryException;
import com.safereply.app.draft.VersionConflictException;
import com.safereply.app.inbox.ReceivedComment;
import com.safereply.app.inbox.ReceivedComments;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.safereply.store.Attrs.s;
import static com.safereply.store.TableDefinition.GSI1_PK;
import static com.safereply.store.TableDefinition.GSI1_SK;

/** {@link ReceivedComments} on the single SafeReply table: the {@code INBOUND} item under the draft's partition. */
public final class DynamoDbReceivedComments implements ReceivedComments {

    private final DynamoDbClient client;
    private final String table;
    private final Writes writes;

    DynamoDbReceivedComments(DynamoDbClient client, String table, Writes writes) {
        this.client = client;
        this.table = table;
        this.writes = writes;
    }

    @Override
    public boolean receive(ReceivedComment comment, Delivery delivery) {
        if (comment.revision() != 1 || !comment.status().awaitsTriage()) {
            throw new IllegalArgumentException("a new comment must await triage at revision 1");
        }
        List<TransactWriteItem> items = List.of(
                writes.put(InboundItems.toItem(comment), Writes.NOT_EXISTS, Map.of()),
                writes.deliveryPut(delivery, comment.draftId()),
                writes.put(DraftItems.auditItem(receivedAudit(comment)), Writes.NOT_EXISTS, Map.of()));
        List<String> reasons = writes.transact("receive comment", items);
        if (reasons.isEmpty()) {
            return true;
        }
        if (StoreErrors.failedCondition(reasons, 0) || StoreErrors.failedCondition(reasons, 1)) {
            return false;
        }
        throw new StoreUnavailableException("receive comment cancelled: " + reasons, null);
    }

    /**
     * The {@code received} audit event: by the platform, before any draft version, naming the comment by hash. Its id
     * sorts before any UUID ('-' is below every hex digit), so within one millisecond it still comes before the
     * draft's other events in the trail and the chain.
     */
    static AuditEntry receivedAudit(ReceivedComment comment) {
        return new AuditEntry("0-received", comment.draftId(), comment.practiceId(), comment.receivedAt(),
                DraftRecord.PLATFORM, AuditAction.RECEIVED, 0, AuditEntry.sha256(comment.comment().text()), null);
    }

    @Override
    public Optional<ReceivedComment> find(String draftId) {
        Map<String, AttributeValue> item = StoreErrors.call("get comment", () -> client.getItem(b -> b
                .tableName(table).consistentRead(true)
                .key(DynamoDbDraftStore.key(Keys.draftPk(draftId), Keys.INBOUND_SK))).item());
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(InboundItems.fromItem(item));
    }

    @Override
    public void change(ReceivedComment next, Optional<Delivery> delivery) {
        if (delivery.isEmpty()) {
            try {
                client.putItem(b -> b.tableName(table).item(InboundItems.toItem(next))
                        .conditionExpression(Writes.REVISION_IS).expressionAttributeNames(Writes.REVISION_NAMES)
                        .expressionAttributeValues(Map.of(":rev", Attrs.n(next.expectedRevision()))));
                return;
            } catch (ConditionalCheckFailedException e) {
                throw new VersionConflictException(next.draftId(), next.expectedRevision());
            } catch (SdkException e) {
                throw StoreErrors.unavailable("change comment", e);
            }
        }
        List<TransactWriteItem> items = List.of(writes.commentAtRevision(next),
                writes.deliveryPut(delivery.get(), next.draftId()));
        List<String> reasons = writes.transact("change comment", items);
        if (reasons.isEmpty()) {
            return;
        }
        if (StoreErrors.failedCondition(reasons, 1)) {
            throw new DuplicateDeliveryException(next.draftId());
        }
        if (StoreErrors.failedCondition(reasons, 0)) {
            throw new VersionConflictException(next.draftId(), next.expectedRevision());
        }
        throw new StoreUnavailableException("change comment cancelled: " + reasons, null);
    }

    @Override
    public List<ReceivedComment> awaitingTriageSince(String practiceId, Instant cutoff, int limit) {
        List<ReceivedComment> found = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse response = StoreErrors.call("query received comments", () -> client.query(b -> {
                b.tableName(table).indexName(TableDefinition.GSI1)
                        .keyConditionExpression("#pk = :pk AND #sk < :cutoff")
                        .expressionAttributeNames(Map.of("#pk", GSI1_PK, "#sk", GSI1_SK))
                        .expressionAttributeValues(Map.of(":pk", s(Keys.receivedPk(practiceId)),
                                ":cutoff", s(Timestamps.format(cutoff))))
                        .scanIndexForward(true).limit(limit - found.size());
                if (from != null) {
                    b.exclusiveStartKey(from);
                }
            }));
            response.items().forEach(item -> found.add(InboundItems.fromItem(item)));
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (found.size() < limit && start != null);
        return found;
    }
}
