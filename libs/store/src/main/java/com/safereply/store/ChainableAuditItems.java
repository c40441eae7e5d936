package com.safereply.store;

import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.Map;

import static com.safereply.store.Attrs.s;

/**
 * Every kind of audit item the table holds, as the hash chain takes it. Draft and practice-level audit items
 * ({@link ItemType#AUDIT}) are chain entries already; the phrasebook's ({@link ItemType#PHRASEBOOK_AUDIT}), the
 * publishing pauses' ({@link ItemType#PAUSE_AUDIT}) and the practice administration's ({@link ItemType#PRACTICE_AUDIT})
 * keep their own shape for their own trails and are written with the same unchained mark ({@link #markUnchained}), so
 * {@code DynamoDbAuditLog.seal} chains them too and no audit write stays outside the chain. They are practice-level
 * events: draft id {@code "-"}.
 */
final class ChainableAuditItems {
    static final String NO_DRAFT = "-";
    static final String ENTRY_ID = "entryId";
    /**
     * Set by the sealer when it chains an item (the sequence of its last link): a chained item is never queued again,
     * even by a backfill that runs while the sealer works. Items chained before this attribute existed have none.
     */
    static final String CHAIN_SEQUENCE = "chainSequence";
    /** What a pause event's hash names: no text is involved, so the SHA-256 of the empty text. */
    static final String NO_TEXT_HASH = AuditEntry.sha256("");

    private ChainableAuditItems() {}

    /** Puts the item in its practice's unchained index (sparse GSI1), where the next seal finds it. */
    static void markUnchained(Map<String, AttributeValue> item, String practiceId, Instant at, String entryId) {
        item.put(ENTRY_ID, s(entryId));
        item.put(TableDefinition.GSI1_PK, s(Keys.unchainedPk(practiceId)));
        item.put(TableDefinition.GSI1_SK, s(Keys.unchainedSk(at, entryId)));
    }

    static String phraseEntryId(String proposalId, String action) {
        return "phrase#" + proposalId + "#" + action;
    }

    static String pauseEntryId(Instant at, String action) {
        return "pause#" + Timestamps.format(at) + "#" + action;
    }

    /** A practice change's item key already holds a random id: the entry id is derived from it. */
    static String adminEntryId(String sortKey) {
        return "admin#" + sortKey.substring(sortKey.lastIndexOf('#') + 1);
    }

    /** The entry id of any audit item, also of phrasebook and pause items written before they carried one. */
    static String entryIdOf(Map<String, AttributeValue> item) {
        String stored = Attrs.optionalS(item, ENTRY_ID);
        if (stored != null) {
            return stored;
        }
        String type = Attrs.optionalS(item, ItemType.ATTRIBUTE);
        if (ItemType.PHRASEBOOK_AUDIT.name().equals(type)) {
            return phraseEntryId(Attrs.requiredS(item, DynamoDbPhrasebookStore.PROPOSAL_ID),
                    Attrs.requiredS(item, DynamoDbPhrasebookStore.ACTION));
        }
        if (ItemType.PRACTICE_AUDIT.name().equals(type)) {
            return adminEntryId(Attrs.requiredS(item, TableDefinition.SK));
        }
        if (ItemType.PAUSE_AUDIT.name().equals(type)) {
            return pauseEntryId(Attrs.requiredTime(item, DynamoDbPublishingPauses.AT),
                    Attrs.requiredS(item, DynamoDbPublishingPauses.ACTION));
        }
        throw new IllegalStateException("audit item without an entry id");
    }

    /** The chain entry an unchained item stands for. */
    static AuditEntry entryOf(Map<String, AttributeValue> item) {
        String type = Attrs.optionalS(item, ItemType.ATTRIBUTE);
        if (ItemType.PHRASEBOOK_AUDIT.name().equals(type)) {
            AuditAction action = switch (Attrs.requiredS(item, DynamoDbPhrasebookStore.ACTION)) {
                case "PROPOSED" -> AuditAction.PHRASE_PROPOSED;
                case "ACCEPTED" -> AuditAction.PHRASE_ACCEPTED;
                default -> throw new IllegalStateException("unknown phrasebook audit action");
            };
            return new AuditEntry(entryIdOf(item), NO_DRAFT,
                    Attrs.requiredS(item, DraftItems.PRACTICE_ID), Attrs.requiredTime(item, "at"),
                    Attrs.requiredS(item, "actor"), action,
                    Attrs.requiredLong(item, DynamoDbPhrasebookStore.VERSION),
                    Attrs.requiredS(item, DynamoDbPhrasebookStore.SENTENCE_SHA256),
                    "proposal " + Attrs.requiredS(item, DynamoDbPhrasebookStore.PROPOSAL_ID));
        }
        if (ItemType.PAUSE_AUDIT.name().equals(type)) {
            AuditAction action = switch (Attrs.requiredS(item, "action")) {
                case DynamoDbPublishingPauses.PAUSED -> AuditAction.PUBLISHING_PAUSED;
                case DynamoDbPublishingPauses.RESUMED -> AuditAction.PUBLISHING_RESUMED;
                default -> throw new IllegalStateException("unknown publishing pause audit action");
            };
            return new AuditEntry(entryIdOf(item), NO_DRAFT,
                    Attrs.requiredS(item, DraftItems.PRACTICE_ID), Attrs.requiredTime(item, "at"),
                    Attrs.requiredS(item, "actor"), action, 0, NO_TEXT_HASH,
                    "platform " + Attrs.requiredS(item, DynamoDbPublishingPauses.PLATFORM).toLowerCase(
                            java.util.Locale.ROOT));
        }
        if (ItemType.PRACTICE_AUDIT.name().equals(type)) {
            String fields = String.join(", ", Attrs.stringList(item, DynamoDbPracticeDirectory.FIELDS));
            String subject = Attrs.optionalS(item, DynamoDbPracticeDirectory.SUBJECT);
            return new AuditEntry(entryIdOf(item), NO_DRAFT,
                    Attrs.requiredS(item, DraftItems.PRACTICE_ID), Attrs.requiredTime(item, "at"),
                    Attrs.requiredS(item, "actor"), AuditAction.PRACTICE_CHANGED,
                    Attrs.requiredLong(item, DynamoDbPracticeDirectory.VERSION),
                    AuditEntry.sha256(subject == null ? "" : subject),
                    Attrs.requiredS(item, "action").toLowerCase(java.util.Locale.ROOT)
                            + (fields.isEmpty() ? "" : ": " + fields));
        }
        return DraftItems.auditFromItem(item);
    }
}
