package com.safereply.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.safereply.app.phrasebook.PhraseProposal;
import com.safereply.app.phrasebook.Phrasebook;
import com.safereply.app.phrasebook.PhrasebookAuditEntry;
import com.safereply.app.phrasebook.PhrasebookConflictException;
import com.safereply.app.phrasebook.PhrasebookStore;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import static com.safereply.store.Attrs.n;
import static com.safereply.store.Attrs.s;
import static com.safereply.store.Attrs.time;
import static com.safereply.store.TableDefinition.PK;
import static com.safereply.store.TableDefinition.SK;

/**
 * {@link PhrasebookStore} on the single table, in the practice's partition: the phrasebook item (sentences and
 * version), one item per proposal and one per audit event. A proposal is written with its audit item, an acceptance
 * with the new phrasebook (conditional on the version read) and the proposal (conditional on it still being open), in
 * one transaction, so a lost race writes nothing.
 */
public final class DynamoDbPhrasebookStore implements PhrasebookStore {

    static final String SENTENCES = "sentences";
    static final String SENTENCE = "sentence";
    static final String VERSION = "version";
    static final String PROPOSAL_ID = "proposalId";
    static final String PROPOSED_BY = "proposedBy";
    static final String PROPOSED_AT = "proposedAt";
    static final String ACCEPTED_BY = "acceptedBy";
    static final String ACCEPTED_AT = "acceptedAt";
    static final String ACTION = "action";
    static final String ACTOR = "actor";
    static final String AT = "at";
    static final String SENTENCE_SHA256 = "sentenceSha256";

    private final DynamoDbClient client;
    private final String table;

    public DynamoDbPhrasebookStore(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    @Override
    public Phrasebook phrasebook(String practiceId) {
        Map<String, AttributeValue> item = StoreErrors.call("get phrasebook", () -> client.getItem(b -> b
                .tableName(table).consistentRead(true)
                .key(DynamoDbDraftStore.key(Keys.practicePk(practiceId), Keys.PHRASEBOOK_SK))).item());
        if (item == null || item.isEmpty()) {
            return Phrasebook.empty(practiceId);
        }
        return new Phrasebook(practiceId, Attrs.requiredLong(item, VERSION), Attrs.stringList(item, SENTENCES));
    }

    @Override
    public List<PhraseProposal> openProposals(String practiceId) {
        return query(practiceId, Keys.PROPOSAL_PREFIX).stream().map(item -> proposal(practiceId, item))
                .filter(PhraseProposal::isOpen)
                .sorted(java.util.Comparator.comparing(PhraseProposal::proposedAt)).toList();
    }

    @Override
    public Optional<PhraseProposal> findProposal(String practiceId, String proposalId) {
        Map<String, AttributeValue> item = StoreErrors.call("get proposal", () -> client.getItem(b -> b
                .tableName(table).consistentRead(true)
                .key(DynamoDbDraftStore.key(Keys.practicePk(practiceId), Keys.proposalSk(proposalId)))).item());
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(proposal(practiceId, item));
    }

    @Override
    public void propose(PhraseProposal proposal, PhrasebookAuditEntry audit) {
        Put put = Put.builder().tableName(table).item(proposalItem(proposal))
                .conditionExpression("attribute_not_exists(" + PK + ")").build();
        transact("propose phrase", List.of(TransactWriteItem.builder().put(put).build(), auditWrite(audit)));
    }

    @Override
    public void accept(PhraseProposal accepted, Phrasebook next, PhrasebookAuditEntry audit) {
        Map<String, AttributeValue> book = new HashMap<>();
        book.put(PK, s(Keys.practicePk(next.practiceId())));
        book.put(SK, s(Keys.PHRASEBOOK_SK));
        book.put(ItemType.ATTRIBUTE, s(ItemType.PHRASEBOOK.name()));
        book.put(DraftItems.PRACTICE_ID, s(next.practiceId()));
        book.put(VERSION, n(next.version()));
        book.put(SENTENCES, AttributeValue.builder().l(next.sentences().stream().map(Attrs::s).toList()).build());
        Put.Builder putBook = Put.builder().tableName(table).item(book);
        if (next.version() == 1) {
            putBook.conditionExpression("attribute_not_exists(" + PK + ")");
        } else {
            putBook.conditionExpression("#v = :v").expressionAttributeNames(Map.of("#v", VERSION))
                    .expressionAttributeValues(Map.of(":v", n(next.version() - 1)));
        }
        Put putProposal = Put.builder().tableName(table).item(proposalItem(accepted))
                .conditionExpression("attribute_exists(" + PK + ") AND attribute_not_exists(#by)")
                .expressionAttributeNames(Map.of("#by", ACCEPTED_BY)).build();
        transact("accept phrase", List.of(TransactWriteItem.builder().put(putBook.build()).build(),
                TransactWriteItem.builder().put(putProposal).build(), auditWrite(audit)));
    }

    @Override
    public List<PhrasebookAuditEntry> auditTrail(String practiceId) {
        return query(practiceId, Keys.PHRASEBOOK_AUDIT_PREFIX).stream().map(item -> new PhrasebookAuditEntry(
                practiceId, Attrs.requiredEnum(item, ACTION, PhrasebookAuditEntry.Action.class),
                Attrs.requiredS(item, ACTOR), Attrs.requiredTime(item, AT), Attrs.requiredS(item, PROPOSAL_ID),
                Attrs.requiredS(item, SENTENCE_SHA256), Attrs.requiredLong(item, VERSION))).toList();
    }

    private void transact(String operation, List<TransactWriteItem> items) {
        try {
            client.transactWriteItems(b -> b.transactItems(items));
        } catch (TransactionCanceledException e) {
            // A failed condition (version moved, proposal accepted) or a concurrent transaction on the same items:
            // either way another admin's change won, and reloading is the answer.
            throw new PhrasebookConflictException("the phrasebook or proposal changed meanwhile; nothing was written");
        } catch (SdkException e) {
            throw StoreErrors.unavailable(operation, e);
        }
    }

    private List<Map<String, AttributeValue>> query(String practiceId, String skPrefix) {
        QueryRequest request = QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK))
                .expressionAttributeValues(Map.of(":pk", s(Keys.practicePk(practiceId)), ":prefix", s(skPrefix)))
                .build();
        return StoreErrors.call("query phrasebook", () -> {
            List<Map<String, AttributeValue>> items = new ArrayList<>();
            client.queryPaginator(request).items().forEach(items::add);
            return items;
        });
    }

    private Map<String, AttributeValue> proposalItem(PhraseProposal proposal) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PK, s(Keys.practicePk(proposal.practiceId())));
        item.put(SK, s(Keys.proposalSk(proposal.proposalId())));
        item.put(ItemType.ATTRIBUTE, s(ItemType.PHRASE_PROPOSAL.name()));
        item.put(DraftItems.PRACTICE_ID, s(proposal.practiceId()));
        item.put(PROPOSAL_ID, s(proposal.proposalId()));
        item.put(SENTENCE, s(proposal.sentence()));
        item.put(PROPOSED_BY, s(proposal.proposedBy()));
        item.put(PROPOSED_AT, time(proposal.proposedAt()));
        Attrs.putIfPresent(item, ACCEPTED_BY, proposal.acceptedBy());
        Attrs.putIfPresent(item, ACCEPTED_AT, proposal.acceptedAt());
        return item;
    }

    private static PhraseProposal proposal(String practiceId, Map<String, AttributeValue> item) {
        return new PhraseProposal(Attrs.requiredS(item, PROPOSAL_ID), practiceId, Attrs.requiredS(item, SENTENCE),
                Attrs.requiredS(item, PROPOSED_BY), Attrs.requiredTime(item, PROPOSED_AT),
                Attrs.optionalS(item, ACCEPTED_BY), Attrs.optionalTime(item, ACCEPTED_AT));
    }

    private TransactWriteItem auditWrite(PhrasebookAuditEntry audit) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PK, s(Keys.practicePk(audit.practiceId())));
        item.put(SK, s(Keys.phrasebookAuditSk(audit.at(), audit.proposalId(), audit.action().name())));
        item.put(ItemType.ATTRIBUTE, s(ItemType.PHRASEBOOK_AUDIT.name()));
        item.put(DraftItems.PRACTICE_ID, s(audit.practiceId()));
        item.put(ACTION, s(audit.action().name()));
        item.put(ACTOR, s(audit.actor()));
        item.put(AT, time(audit.at()));
        item.put(PROPOSAL_ID, s(audit.proposalId()));
        item.put(SENTENCE_SHA256, s(audit.sentenceSha256()));
        item.put(VERSION, n(audit.phrasebookVersion()));
        // in the same transaction as the change, and chained by the next seal like every audit item
        ChainableAuditItems.markUnchained(item, audit.practiceId(), audit.at(),
                ChainableAuditItems.phraseEntryId(audit.proposalId(), audit.action().name()));
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(" + PK + ")").build()).build();
    }
}
