package com.safereply.store;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static com.safereply.store.Attrs.s;
import static com.safereply.store.TableDefinition.GSI1_PK;
import static com.safereply.store.TableDefinition.GSI1_SK;
import static com.safereply.store.TableDefinition.PK;
import static com.safereply.store.TableDefinition.SK;

/**
 * The operator's backfill ({@code safereply audit seal-backfill --practice P}): audit items of a practice written before
 * its hash chain existed (draft, practice-level, phrasebook, publishing-pause and practice-administration items with neither the unchained key
 * nor a chain sequence, and no link) are put in the unchained index, then sealed like any other, with their own times.
 *
 * <p>Idempotent and safe beside live sealers: the practice's chained entry ids are read first (every item chained
 * before this run has its link by then); the table is then scanned page by page; each candidate not in that set is
 * queued with the condition that it still has no unchained key and no {@code chainSequence}, which every seal since
 * that attribute exists sets in the same transaction as the link. A second run finds only chained items and queues
 * nothing. Memory: the set of chained entry ids (about 100 bytes per chained event). Run it after deploying the
 * sealer that writes {@code chainSequence}.
 */
public final class DynamoDbAuditBackfill {
    private static final int PAGE = 1000;

    /**
     * @param found         audit items of the practice with no unchained key and no chain sequence
     * @param alreadyChained of those, items whose entry already has a link (chained before chain sequences existed)
     * @param queued        items put in the unchained index by this run
     * @param chained       links the seal that followed appended (an approval with attestation is two)
     */
    public record Result(long found, long alreadyChained, long queued, long chained) {}

    private final DynamoDbClient client;
    private final String table;
    private final DynamoDbAuditLog log;

    public DynamoDbAuditBackfill(DynamoDbClient client, String table, DynamoDbAuditLog log) {
        this.client = client;
        this.table = table;
        this.log = log;
    }

    public Result run(String practiceId) {
        Set<String> chainedEntries = chainedEntryIds(practiceId);
        long found = 0;
        long already = 0;
        long queued = 0;
        Map<String, AttributeValue> start = null;
        do {
            ScanResponse page = scan(practiceId, start);
            for (Map<String, AttributeValue> item : page.items()) {
                found++;
                String entryId = ChainableAuditItems.entryIdOf(item);
                if (chainedEntries.contains(entryId)) {
                    already++;
                } else if (queue(item, practiceId, entryId)) {
                    queued++;
                }
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        long chained = 0;
        for (int sealed; (sealed = log.seal(practiceId)) > 0; ) {
            chained += sealed; // one seal appends a bounded number of batches; a large backfill takes several
        }
        return new Result(found, already, queued, chained);
    }

    /** The entry id every link of the practice's chain records (links only: projected, paged). */
    private Set<String> chainedEntryIds(String practiceId) {
        Set<String> ids = new HashSet<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder request = QueryRequest.builder().tableName(table).consistentRead(true)
                    .keyConditionExpression("#pk = :pk AND begins_with(#sk, :chain)")
                    .projectionExpression("#entry")
                    .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK, "#entry", ChainableAuditItems.ENTRY_ID))
                    .expressionAttributeValues(Map.of(":pk", s(Keys.practicePk(practiceId)),
                            ":chain", s(Keys.CHAIN_PREFIX)))
                    .limit(PAGE);
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            QueryResponse page = StoreErrors.call("read chained entry ids", () -> client.query(request.build()));
            page.items().forEach(link -> ids.add(Attrs.requiredS(link, ChainableAuditItems.ENTRY_ID)));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return ids;
    }

    private ScanResponse scan(String practiceId, Map<String, AttributeValue> start) {
        ScanRequest.Builder request = ScanRequest.builder().tableName(table).consistentRead(true).limit(PAGE)
                .filterExpression("#practice = :practice AND #type IN (:audit, :phrase, :pause, :admin)"
                        + " AND attribute_not_exists(#gpk) AND attribute_not_exists(#chained)")
                .expressionAttributeNames(Map.of("#practice", DraftItems.PRACTICE_ID, "#type", ItemType.ATTRIBUTE,
                        "#gpk", GSI1_PK, "#chained", ChainableAuditItems.CHAIN_SEQUENCE))
                .expressionAttributeValues(Map.of(":practice", s(practiceId), ":audit", s(ItemType.AUDIT.name()),
                        ":phrase", s(ItemType.PHRASEBOOK_AUDIT.name()), ":pause", s(ItemType.PAUSE_AUDIT.name()),
                        ":admin", s(ItemType.PRACTICE_AUDIT.name())));
        if (start != null) {
            request.exclusiveStartKey(start);
        }
        return StoreErrors.call("scan for unchained audit", () -> client.scan(request.build()));
    }

    /** False when the item was queued or chained meanwhile (another backfill or a sealer got there first). */
    private boolean queue(Map<String, AttributeValue> item, String practiceId, String entryId) {
        Instant at = Attrs.requiredTime(item, "at");
        try {
            client.updateItem(b -> b.tableName(table).key(Map.of(PK, item.get(PK), SK, item.get(SK)))
                    .updateExpression("SET #gpk = :q, #gsk = :sk, #entry = :entry")
                    .conditionExpression("attribute_exists(#pk) AND attribute_not_exists(#gpk)"
                            + " AND attribute_not_exists(#chained)")
                    .expressionAttributeNames(Map.of("#pk", PK, "#gpk", GSI1_PK, "#gsk", GSI1_SK,
                            "#entry", ChainableAuditItems.ENTRY_ID, "#chained", ChainableAuditItems.CHAIN_SEQUENCE))
                    .expressionAttributeValues(Map.of(":q", s(Keys.unchainedPk(practiceId)),
                            ":sk", s(Keys.unchainedSk(at, entryId)), ":entry", s(entryId))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        } catch (SdkException e) {
            throw StoreErrors.unavailable("queue audit item for the chain", e);
        }
    }
}
