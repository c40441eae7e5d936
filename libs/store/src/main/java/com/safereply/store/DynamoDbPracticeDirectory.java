package com.safereply.store;

import com.safereply.app.Platform;
import com.safereply.app.practice.ChannelClaimedException;
import com.safereply.app.practice.ChannelRef;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.app.practice.PracticeDirectory;
import com.safereply.app.practice.PracticeDocument;
import com.safereply.app.practice.admin.PracticeAdminStore;
import com.safereply.app.practice.admin.PracticeChange;
import com.safereply.app.practice.admin.PracticeVersionConflictException;
import com.safereply.app.practice.admin.VersionedPractice;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.safereply.store.Attrs.n;
import static com.safereply.store.Attrs.s;
import static com.safereply.store.Attrs.time;
import static com.safereply.store.TableDefinition.GSI1_PK;
import static com.safereply.store.TableDefinition.GSI1_SK;
import static com.safereply.store.TableDefinition.PK;
import static com.safereply.store.TableDefinition.SK;

/**
 * {@link PracticeDirectory} on the single SafeReply table. The practice item holds its JSON document
 * ({@link PracticeDocument}); each claimed channel has its own item that copies the document, so the webhook resolves
 * a page id to a practice in one read. Saves are transactions, so channel copies never disagree with the practice.
 *
 * <p>As the {@link PracticeAdminStore}: the practice item's {@code version} is the optimistic lock (the condition on
 * its put), the channel claims are conditional puts ({@code attribute_not_exists} or this practice's), and the audit
 * item ({@code ADMINAUDIT#...} in the practice partition) is in the same transaction, so there is no unaudited change.
 */
public final class DynamoDbPracticeDirectory implements PracticeDirectory, PracticeAdminStore {

    static final String DOCUMENT = "document";
    static final String NAME = "name";
    static final String VERSION = "version";
    /** DynamoDB's limit on items per transaction, minus the practice item itself. */
    private static final int MAX_CHANNELS = 99;
    private static final int MAX_ATTEMPTS = 3;
    static final String ACTION = "action";
    static final String ACTOR = "actor";
    static final String AT = "at";
    static final String FIELDS = "fields";
    static final String SUBJECT = "subject";
    private static final SecureRandom IDS = new SecureRandom();

    private final DynamoDbClient client;
    private final String table;
    private final Clock clock;

    public DynamoDbPracticeDirectory(DynamoDbClient client, String table, Clock clock) {
        this.client = client;
        this.table = table;
        this.clock = clock;
    }

    public DynamoDbPracticeDirectory(DynamoDbClient client, String table) {
        this(client, table, Clock.systemUTC());
    }

    @Override
    public Optional<PracticeAccount> findByChannel(Platform platform, String channelId) {
        if (channelId == null || channelId.isBlank() || channelId.indexOf('#') >= 0) {
            return Optional.empty();
        }
        return get("get channel", Keys.channelPk(platform, channelId), Keys.CHANNEL_SK)
                .map(item -> PracticeDocument.parse(Attrs.requiredS(item, DOCUMENT)));
    }

    @Override
    public Optional<PracticeAccount> findById(String practiceId) {
        return get("get practice", Keys.practicePk(practiceId), Keys.PRACTICE_SK)
                .map(item -> PracticeDocument.parse(Attrs.requiredS(item, DOCUMENT)));
    }

    @Override
    public List<String> practiceIds() {
        QueryRequest request = QueryRequest.builder().tableName(table).indexName(TableDefinition.GSI1)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", GSI1_PK, "#sk", GSI1_SK))
                .expressionAttributeValues(Map.of(":pk", s(Keys.PRACTICES_GSI1PK)))
                .projectionExpression("#sk")
                .build();
        return StoreErrors.call("list practices", () -> {
            List<String> ids = new ArrayList<>();
            client.queryPaginator(request).items().forEach(item -> ids.add(Attrs.requiredS(item, GSI1_SK)));
            return ids;
        });
    }

    @Override
    public void save(PracticeAccount practice) {
        if (practice.channels().size() > MAX_CHANNELS) {
            throw new IllegalArgumentException("a practice can claim at most " + MAX_CHANNELS + " channels");
        }
        for (int attempt = 1; ; attempt++) {
            Optional<Map<String, AttributeValue>> existing =
                    get("get practice", Keys.practicePk(practice.practiceId()), Keys.PRACTICE_SK);
            List<ChannelRef> released = new ArrayList<>();
            long version = 0;
            if (existing.isPresent()) {
                version = Attrs.requiredLong(existing.get(), VERSION);
                PracticeDocument.parse(Attrs.requiredS(existing.get(), DOCUMENT)).channels().stream()
                        .filter(c -> !practice.channels().contains(c))
                        .forEach(released::add);
            }
            List<TransactWriteItem> items = writes(practice, version, released, null);
            try {
                client.transactWriteItems(b -> b.transactItems(items));
                return;
            } catch (TransactionCanceledException e) {
                List<String> reasons = StoreErrors.reasons(e);
                for (int i = 0; i < practice.channels().size(); i++) {
                    if (StoreErrors.failedCondition(reasons, 1 + i)) {
                        throw new ChannelClaimedException(practice.channels().get(i), practice.practiceId());
                    }
                }
                // Otherwise a concurrent save of the same practice won: re-read and apply ours on top.
                if (attempt >= MAX_ATTEMPTS) {
                    throw StoreErrors.unavailable("save practice", e);
                }
            } catch (SdkException e) {
                throw StoreErrors.unavailable("save practice", e);
            }
        }
    }

    @Override
    public Optional<VersionedPractice> read(String practiceId) {
        return get("get practice", Keys.practicePk(practiceId), Keys.PRACTICE_SK)
                .map(item -> new VersionedPractice(PracticeDocument.parse(Attrs.requiredS(item, DOCUMENT)),
                        Attrs.requiredLong(item, VERSION)));
    }

    @Override
    public VersionedPractice write(PracticeAccount practice, long expectedVersion, PracticeChange change) {
        if (practice.channels().size() > MAX_CHANNELS - 1) {
            throw new IllegalArgumentException("a practice can claim at most " + (MAX_CHANNELS - 1) + " channels");
        }
        List<ChannelRef> released = new ArrayList<>();
        read(practice.practiceId()).ifPresent(stored -> stored.practice().channels().stream()
                .filter(c -> !practice.channels().contains(c)).forEach(released::add));
        List<TransactWriteItem> items = writes(practice, expectedVersion, released, auditWrite(change));
        try {
            client.transactWriteItems(b -> b.transactItems(items));
            return new VersionedPractice(practice, expectedVersion + 1);
        } catch (TransactionCanceledException e) {
            List<String> reasons = StoreErrors.reasons(e);
            if (StoreErrors.failedCondition(reasons, 0)) {
                throw new PracticeVersionConflictException(expectedVersion == 0
                        ? "practice " + practice.practiceId() + " already exists"
                        : "the practice changed since version " + expectedVersion + " was read; reload it and try again");
            }
            for (int i = 0; i < practice.channels().size(); i++) {
                if (StoreErrors.failedCondition(reasons, 1 + i)) {
                    throw new ChannelClaimedException(practice.channels().get(i), practice.practiceId());
                }
            }
            // A release whose claim moved, or a transaction conflict: the caller re-reads and decides again.
            throw new PracticeVersionConflictException("the practice's channels changed meanwhile; reload and try again");
        } catch (SdkException e) {
            throw StoreErrors.unavailable("write practice", e);
        }
    }

    @Override
    public void record(PracticeChange change) {
        Put put = auditWrite(change).put();
        StoreErrors.call("record practice change", () -> client.putItem(b -> b.tableName(put.tableName())
                .item(put.item()).conditionExpression(put.conditionExpression())));
    }

    @Override
    public List<PracticeChange> changes(String practiceId) {
        QueryRequest request = QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK))
                .expressionAttributeValues(Map.of(":pk", s(Keys.practicePk(practiceId)),
                        ":prefix", s(Keys.ADMIN_AUDIT_PREFIX)))
                .build();
        return StoreErrors.call("list practice changes", () -> {
            List<PracticeChange> changes = new ArrayList<>();
            client.queryPaginator(request).items().forEach(item -> changes.add(new PracticeChange(practiceId,
                    Attrs.requiredEnum(item, ACTION, PracticeChange.Action.class), Attrs.requiredS(item, ACTOR),
                    Attrs.requiredTime(item, AT), Attrs.stringList(item, FIELDS), Attrs.optionalS(item, SUBJECT),
                    Attrs.requiredLong(item, VERSION))));
            return changes;
        });
    }

    private TransactWriteItem auditWrite(PracticeChange change) {
        byte[] id = new byte[12];
        IDS.nextBytes(id);
        Map<String, AttributeValue> item = new HashMap<>();
        String sortKey = Keys.adminAuditSk(change.at(), Base64.getUrlEncoder().withoutPadding().encodeToString(id));
        item.put(PK, s(Keys.practicePk(change.practiceId())));
        item.put(SK, s(sortKey));
        item.put(ItemType.ATTRIBUTE, s(ItemType.PRACTICE_AUDIT.name()));
        item.put(DraftItems.PRACTICE_ID, s(change.practiceId()));
        item.put(ACTION, s(change.action().name()));
        item.put(ACTOR, s(change.actor()));
        item.put(AT, time(change.at()));
        item.put(FIELDS, Attrs.strings(change.fields()));
        Attrs.putIfPresent(item, SUBJECT, change.subject());
        item.put(VERSION, n(change.version()));
        // in the same transaction as the change, and chained by the next seal like every audit item
        ChainableAuditItems.markUnchained(item, change.practiceId(), change.at(),
                ChainableAuditItems.adminEntryId(sortKey));
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(" + PK + ")").build()).build();
    }

    /**
     * Practice item (versioned), one claim per channel, a release per channel it no longer lists, and the audit item
     * when there is one (last, so the indexes of the conditions above stay 0 and 1..n).
     */
    private List<TransactWriteItem> writes(PracticeAccount practice, long version, List<ChannelRef> released,
                                           TransactWriteItem audit) {
        String document = PracticeDocument.write(practice);
        String id = practice.practiceId();
        List<TransactWriteItem> items = new ArrayList<>();

        Map<String, AttributeValue> practiceItem = new HashMap<>();
        practiceItem.put(PK, s(Keys.practicePk(id)));
        practiceItem.put(SK, s(Keys.PRACTICE_SK));
        practiceItem.put(ItemType.ATTRIBUTE, s(ItemType.PRACTICE.name()));
        practiceItem.put(GSI1_PK, s(Keys.PRACTICES_GSI1PK));
        practiceItem.put(GSI1_SK, s(id));
        practiceItem.put(DraftItems.PRACTICE_ID, s(id));
        practiceItem.put(NAME, s(practice.name()));
        practiceItem.put(DOCUMENT, s(document));
        practiceItem.put(VERSION, n(version + 1));
        practiceItem.put(DraftItems.UPDATED_AT, time(clock.instant()));
        Put.Builder putPractice = Put.builder().tableName(table).item(practiceItem);
        if (version == 0) {
            putPractice.conditionExpression("attribute_not_exists(" + PK + ")");
        } else {
            putPractice.conditionExpression("#v = :v")
                    .expressionAttributeNames(Map.of("#v", VERSION))
                    .expressionAttributeValues(Map.of(":v", n(version)));
        }
        items.add(TransactWriteItem.builder().put(putPractice.build()).build());

        for (ChannelRef channel : practice.channels()) {
            Map<String, AttributeValue> claim = new HashMap<>();
            claim.put(PK, s(Keys.channelPk(channel.platform(), channel.channelId())));
            claim.put(SK, s(Keys.CHANNEL_SK));
            claim.put(ItemType.ATTRIBUTE, s(ItemType.CHANNEL.name()));
            claim.put(DraftItems.PRACTICE_ID, s(id));
            claim.put(DraftItems.PLATFORM, s(channel.platform().name()));
            claim.put(DraftItems.CHANNEL_ID, s(channel.channelId()));
            claim.put(DOCUMENT, s(document));
            items.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(claim)
                    .conditionExpression("attribute_not_exists(" + PK + ") OR #p = :me")
                    .expressionAttributeNames(Map.of("#p", DraftItems.PRACTICE_ID))
                    .expressionAttributeValues(Map.of(":me", s(id))).build()).build());
        }
        for (ChannelRef channel : released) {
            items.add(TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                    .key(DynamoDbDraftStore.key(Keys.channelPk(channel.platform(), channel.channelId()), Keys.CHANNEL_SK))
                    .conditionExpression("#p = :me")
                    .expressionAttributeNames(Map.of("#p", DraftItems.PRACTICE_ID))
                    .expressionAttributeValues(Map.of(":me", s(id))).build()).build());
        }
        if (audit != null) {
            items.add(audit);
        }
        if (items.size() > 100) {
            throw new IllegalArgumentException("too many channel changes for one save: " + items.size());
        }
        return items;
    }

    private Optional<Map<String, AttributeValue>> get(String operation, String pk, String sk) {
        Map<String, AttributeValue> item = StoreErrors.call(operation, () -> client.getItem(b -> b
                .tableName(table).consistentRead(true).key(DynamoDbDraftStore.key(pk, sk))).item());
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }
}
