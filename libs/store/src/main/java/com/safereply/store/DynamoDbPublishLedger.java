package com.safereply.store;

import static com.safereply.store.Attrs.n;
import static com.safereply.store.Attrs.s;
import static com.safereply.store.Attrs.time;

import com.safereply.app.Platform;
import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftState;
import com.safereply.app.publish.LeaseLostException;
import com.safereply.app.publish.PublishClaim;
import com.safereply.app.publish.PublishLedger;
import com.safereply.app.publish.PublishStatus;
import com.safereply.app.publish.PublishStatusReader;
import java.util.Optional;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The publish ledger on the draft item. Each transition is one transaction: a conditional update of the draft (its
 * state, the lease, a new version) and its audit item, so no transition is ever unaudited and no audit item describes a
 * transition that lost its race.
 */
public final class DynamoDbPublishLedger implements PublishLedger, PublishStatusReader {
    static final String LEASE = "publishLease";
    static final String LEASE_UNTIL = "publishLeaseUntil";
    static final String ATTEMPTS = "publishAttempts";
    private static final String ATTEMPTS_SK = "PUBLISH";
    private static final String ATTEMPTS_ITEM_TYPE = "PUBLISH_ATTEMPTS";
    static final String REPLY_ID = "platformReplyId";
    static final String PUBLISHED_AT = "publishedAt";
    /** The approver-facing reason on a failed draft; the notify stage reads it from the stream image. */
    public static final String FAILURE = "publishFailure";
    static final String HIDDEN_AT = "hiddenAt";
    /** The actor of publish transitions in the audit trail: the system, acting on an approver's decision. */
    static final String ACTOR = "system:publish";
    /** The draft's list-by-state partition (GSI1), moved with each state so every state stays listable. */
    private static final String STATE_LIST = TableDefinition.GSI1_PK;

    private final DynamoDbClient client;
    private final String table;

    public DynamoDbPublishLedger(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    @Override
    public PublishClaim claim(String draftId, Instant now, Duration lease) {
        Map<String, AttributeValue> item = read(draftId);
        if (item == null) {
            return new PublishClaim.NotApproved();
        }
        DraftState state = DraftState.valueOf(item.get(DraftItems.STATE).s());
        if (state == DraftState.PUBLISHED || state == DraftState.PUBLISH_FAILED) {
            return new PublishClaim.Settled();
        }
        if (state == DraftState.PUBLISHING && leaseHeld(item, now)) {
            return new PublishClaim.HeldElsewhere();
        }
        if (state != DraftState.APPROVED && state != DraftState.PUBLISHING) {
            return new PublishClaim.NotApproved();
        }
        long attempts = attemptsSoFar(draftId);
        String leaseId = UUID.randomUUID().toString();
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":publishing", s(DraftState.PUBLISHING.name()));
        values.put(":lease", s(leaseId));
        values.put(":until", n(now.plus(lease).toEpochMilli()));
        values.put(":attempts", n(attempts + 1));
        values.put(":seenVersion", item.get(DraftItems.VERSION));
        values.put(":one", n(1));
        values.put(":now", time(now));
        values.put(":statePk", s(Keys.statePk(practiceOf(item), DraftState.PUBLISHING)));
        // The version the decision was read at: any change in between (another claim, a retry) cancels this one.
        String update = "SET #state = :publishing, " + LEASE + " = :lease, " + LEASE_UNTIL + " = :until, "
                + "#version = #version + :one, " + DraftItems.UPDATED_AT + " = :now, "
                + STATE_LIST + " = :statePk";
        DraftRecord after = DraftItems.fromItem(withTransition(item, DraftState.PUBLISHING));
        boolean won = transact(draftId, update, "#version = :seenVersion", values,
                audit(after, AuditAction.PUBLISH_ATTEMPTED, now, "attempt " + (attempts + 1)),
                attemptCounter(draftId, attempts + 1));
        if (!won) {
            return afterLostRace(draftId);
        }
        return new PublishClaim.Claimed(leaseId, attempts > 0, item.containsKey(HIDDEN_AT));
    }

    @Override
    public Optional<PublishStatus> statusOf(String draftId) {
        long attempts = attemptsSoFar(draftId);
        if (attempts == 0) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = read(draftId);
        if (item == null) {
            return Optional.empty();
        }
        return Optional.of(new PublishStatus(text(item, REPLY_ID), Attrs.optionalTime(item, PUBLISHED_AT),
                text(item, FAILURE), Attrs.optionalTime(item, HIDDEN_AT), attempts,
                text(item, DynamoDbModerationWatch.MODERATION),
                Attrs.optionalTime(item, DynamoDbModerationWatch.MODERATION_AT)));
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    @Override
    public void published(String draftId, String leaseId, String platformReplyId, Instant at) {
        Map<String, AttributeValue> values = leaseValues(leaseId, at);
        values.put(":published", s(DraftState.PUBLISHED.name()));
        values.put(":replyId", s(platformReplyId));
        // A reply the platform moderates after posting (Google) is put on the moderation watch in the same write, so
        // no published reply can escape the later read-back.
        settle(draftId, leaseId, at, DraftState.PUBLISHED, AuditAction.PUBLISHED, "reply " + platformReplyId,
                item -> moderatedLater(item) ? DynamoDbModerationWatch.watchItem(item, at, table) : null,
                "SET #state = :published, " + STATE_LIST + " = :statePk, " + REPLY_ID + " = :replyId, " + PUBLISHED_AT + " = :now, "
                        + "#version = #version + :one, " + DraftItems.UPDATED_AT + " = :now REMOVE " + LEASE + ", "
                        + LEASE_UNTIL, values);
    }

    @Override
    public void failed(String draftId, String leaseId, String reason, Instant at) {
        Map<String, AttributeValue> values = leaseValues(leaseId, at);
        values.put(":failed", s(DraftState.PUBLISH_FAILED.name()));
        values.put(":reason", s(reason));
        settle(draftId, leaseId, at, DraftState.PUBLISH_FAILED, AuditAction.PUBLISH_FAILED, reason, item -> null,
                "SET #state = :failed, " + STATE_LIST + " = :statePk, " + FAILURE + " = :reason, #version = #version + :one, "
                        + DraftItems.UPDATED_AT + " = :now REMOVE " + LEASE + ", " + LEASE_UNTIL, values);
    }

    @Override
    public void hidden(String draftId, String leaseId, Instant at) {
        Map<String, AttributeValue> values = leaseValues(leaseId, at);
        settle(draftId, leaseId, at, DraftState.PUBLISHING, AuditAction.HIDDEN, null, item -> null,
                "SET " + HIDDEN_AT + " = :now, #version = #version + :one, " + DraftItems.UPDATED_AT + " = :now",
                values);
    }

    @Override
    public void release(String draftId, String leaseId) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":lease", s(leaseId));
        values.put(":publishing", s(DraftState.PUBLISHING.name()));
        try {
            client.updateItem(b -> b.tableName(table).key(key(draftId))
                    .updateExpression("REMOVE " + LEASE + ", " + LEASE_UNTIL)
                    .conditionExpression("#state = :publishing AND " + LEASE + " = :lease")
                    .expressionAttributeNames(Map.of("#state", DraftItems.STATE))
                    .expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException e) {
            throw new LeaseLostException(draftId);
        } catch (SdkException e) {
            throw StoreErrors.unavailable("release publish lease", e);
        }
    }

    private void settle(String draftId, String leaseId, Instant at, DraftState newState, AuditAction action,
                        String detail,
                        java.util.function.Function<Map<String, AttributeValue>, TransactWriteItem> alsoWrite,
                        String update, Map<String, AttributeValue> values) {
        Map<String, AttributeValue> item = read(draftId);
        if (item == null || !leaseId.equals(item.getOrDefault(LEASE, s("")).s())) {
            throw new LeaseLostException(draftId);
        }
        DraftRecord after = DraftItems.fromItem(withTransition(item, newState));
        values.put(":publishing", s(DraftState.PUBLISHING.name()));
        values.put(":statePk", s(Keys.statePk(after.practiceId(), newState)));
        if (!transact(draftId, update, "#state = :publishing AND " + LEASE + " = :lease", values,
                audit(after, action, at, detail), alsoWrite.apply(item))) {
            throw new LeaseLostException(draftId);
        }
    }

    private boolean transact(String draftId, String update, String condition, Map<String, AttributeValue> values,
                             Map<String, AttributeValue> auditItem, TransactWriteItem alsoWrite) {
        Update draftUpdate = Update.builder().tableName(table).key(key(draftId))
                .updateExpression(update).conditionExpression(condition)
                .expressionAttributeNames(names(update + condition))
                .expressionAttributeValues(used(values, update + condition)).build();
        Put audit = Put.builder().tableName(table).item(auditItem).build();
        try {
            List<TransactWriteItem> writes = new java.util.ArrayList<>(List.of(
                    TransactWriteItem.builder().update(draftUpdate).build(),
                    TransactWriteItem.builder().put(audit).build()));
            if (alsoWrite != null) {
                writes.add(alsoWrite);
            }
            client.transactWriteItems(b -> b.transactItems(writes));
            return true;
        } catch (TransactionCanceledException e) {
            List<String> reasons = StoreErrors.reasons(e);
            if (StoreErrors.failedCondition(reasons, 0) || StoreErrors.anyConflict(reasons)) {
                return false;
            }
            throw StoreErrors.unavailable("publish transition", e);
        } catch (SdkException e) {
            throw StoreErrors.unavailable("publish transition", e);
        }
    }

    /** Another writer changed the draft between the read and the claim: never claim again in the same call. */
    private PublishClaim afterLostRace(String draftId) {
        Map<String, AttributeValue> item = read(draftId);
        if (item == null) {
            return new PublishClaim.NotApproved();
        }
        DraftState state = DraftState.valueOf(item.get(DraftItems.STATE).s());
        return switch (state) {
            case PUBLISHED, PUBLISH_FAILED -> new PublishClaim.Settled();
            case PUBLISHING, APPROVED -> new PublishClaim.HeldElsewhere();
            default -> new PublishClaim.NotApproved();
        };
    }

    private Map<String, AttributeValue> read(String draftId) {
        Map<String, AttributeValue> item = StoreErrors.call("read draft for publish", () -> client.getItem(b -> b
                .tableName(table).key(key(draftId)).consistentRead(true)).item());
        return item == null || item.isEmpty() ? null : item;
    }

    /**
     * Attempts are counted on an item of their own ({@code DRAFT#id / PUBLISH}), which the draft store never rewrites:
     * an approver's retry rewrites the draft item, and the next claim must still know that posts were tried before,
     * so it reads the platform back first.
     */
    private long attemptsSoFar(String draftId) {
        Map<String, AttributeValue> counter = StoreErrors.call("read publish attempts", () -> client.getItem(b -> b
                .tableName(table).key(attemptsKey(draftId)).consistentRead(true)).item());
        return counter == null || !counter.containsKey(ATTEMPTS) ? 0 : Long.parseLong(counter.get(ATTEMPTS).n());
    }

    private TransactWriteItem attemptCounter(String draftId, long attempts) {
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(attemptsKey(draftId))
                .updateExpression("SET " + ATTEMPTS + " = :attempts, #type = :type")
                .expressionAttributeNames(Map.of("#type", ItemType.ATTRIBUTE))
                .expressionAttributeValues(Map.of(":attempts", n(attempts), ":type", s(ATTEMPTS_ITEM_TYPE)))
                .build()).build();
    }

    private static Map<String, AttributeValue> attemptsKey(String draftId) {
        return DynamoDbDraftStore.key(Keys.draftPk(draftId), ATTEMPTS_SK);
    }

    private static boolean moderatedLater(Map<String, AttributeValue> item) {
        AttributeValue platform = item.get(DraftItems.PLATFORM);
        return platform != null && Platform.valueOf(platform.s()).moderatesRepliesAfterPosting();
    }

    private static String practiceOf(Map<String, AttributeValue> item) {
        return item.get(DraftItems.PRACTICE_ID).s();
    }

    private static boolean leaseHeld(Map<String, AttributeValue> item, Instant now) {
        AttributeValue until = item.get(LEASE_UNTIL);
        return until != null && now.toEpochMilli() < Long.parseLong(until.n());
    }

    private static Map<String, AttributeValue> withTransition(Map<String, AttributeValue> item, DraftState state) {
        Map<String, AttributeValue> after = new HashMap<>(item);
        after.put(DraftItems.STATE, s(state.name()));
        after.put(DraftItems.VERSION, n(Long.parseLong(item.get(DraftItems.VERSION).n()) + 1));
        return after;
    }

    private static Map<String, AttributeValue> audit(DraftRecord after, AuditAction action, Instant at, String detail) {
        return DraftItems.auditItem(AuditEntry.of(after, ACTOR, action, at, detail));
    }

    private static Map<String, AttributeValue> leaseValues(String leaseId, Instant at) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":lease", s(leaseId));
        values.put(":one", n(1));
        values.put(":now", time(at));
        return values;
    }

    private static Map<String, String> names(String expressions) {
        Map<String, String> names = new HashMap<>();
        if (expressions.contains("#state")) {
            names.put("#state", DraftItems.STATE);
        }
        if (expressions.contains("#version")) {
            names.put("#version", DraftItems.VERSION);
        }
        return names;
    }

    /** DynamoDB refuses values an expression does not use. */
    private static Map<String, AttributeValue> used(Map<String, AttributeValue> values, String expressions) {
        Map<String, AttributeValue> used = new HashMap<>();
        values.forEach((name, value) -> {
            if (expressions.matches("(?s).*" + java.util.regex.Pattern.quote(name) + "\\b.*")) {
                used.put(name, value);
            }
        });
        return used;
    }

    private static Map<String, AttributeValue> key(String draftId) {
        return DynamoDbDraftStore.key(Keys.draftPk(draftId), Keys.DRAFT_SK);
    }
}
