package com.safereply.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.safereply.app.Platform;
import com.safereply.app.audit.AuditEvent;
import com.safereply.app.audit.AuditLog;
import com.safereply.app.audit.AuditRange;
import com.safereply.app.audit.ChainVerifier;
import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.phrasebook.PhraseProposal;
import com.safereply.app.practice.admin.PracticeChange;
import com.safereply.app.phrasebook.PhrasebookAuditEntry;
import com.safereply.app.phrasebook.PhrasebookAuditEntry.Action;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.MutableClock;
import com.safereply.store.testing.TestDrafts;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code audit seal-backfill} against DynamoDB Local: audit items as the stores wrote them before the chain existed
 * (no unchained key, no entry id on phrasebook, pause and practice-administration items) are chained once, with their own times, beside what
 * the chain already held; a second run changes nothing.
 */
class AuditBackfillIntegrationTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();
    private static final AtomicInteger PRACTICES = new AtomicInteger();
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final AuditRange ALL = new AuditRange(Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2027-01-01T00:00:00Z"));

    private final DynamoDbStores stores = dynamo.stores(new MutableClock(T0));
    private final DynamoDbAuditLog log = stores.auditLog();
    private final String practice = "backfill-" + PRACTICES.incrementAndGet();

    @Test
    void preChainItemsAreChainedOnceBesideTheChainAndASecondRunChangesNothing() {
        // chained by the sealer before chain sequences existed: linked, but with no mark on the item
        DraftRecord sealedEarlier = TestDrafts.pending(practice, "c1", T0.plusSeconds(3600));
        stores.drafts().create(sealedEarlier, TestDrafts.delivery(sealedEarlier, T0.plusSeconds(3600)),
                TestDrafts.created(sealedEarlier));
        assertEquals(1, log.seal(practice));
        strip(Keys.draftPk(sealedEarlier.draftId()), Keys.AUDIT_PREFIX, ChainableAuditItems.CHAIN_SEQUENCE);

        // written before the chain existed: a draft with three views, a phrasebook proposal, a pause
        DraftRecord old = TestDrafts.pending(practice, "c0", T0);
        stores.drafts().create(old, TestDrafts.delivery(old, T0), TestDrafts.created(old));
        for (int i = 0; i < 3; i++) {
            stores.drafts().appendAudit(new AuditEntry("old-view-" + i, old.draftId(), practice,
                    T0.plusSeconds(60L * (i + 1)), "approver-" + i, AuditAction.VIEWED, 1, "ab".repeat(32), null));
        }
        strip(Keys.draftPk(old.draftId()), Keys.AUDIT_PREFIX, "GSI1PK", "GSI1SK");
        PhraseProposal proposal = PhraseProposal.open("p1", practice, "Thanks for the kind words!", "ana",
                T0.plusSeconds(600));
        stores.phrasebooks().propose(proposal, PhrasebookAuditEntry.of(proposal, Action.PROPOSED, "ana",
                T0.plusSeconds(600), 0));
        strip(Keys.practicePk(practice), Keys.PHRASEBOOK_AUDIT_PREFIX, "GSI1PK", "GSI1SK", "entryId");
        stores.publishingPauses().pause(practice, Platform.FACEBOOK, T0.plusSeconds(900));
        strip(Keys.practicePk(practice), Keys.PAUSE_AUDIT_PREFIX, "GSI1PK", "GSI1SK", "entryId");
        stores.practiceAdmin().record(new PracticeChange(practice, PracticeChange.Action.UPDATED, "operator-1",
                T0.plusSeconds(1200), List.of("sla"), null, 2));
        strip(Keys.practicePk(practice), Keys.ADMIN_AUDIT_PREFIX, "GSI1PK", "GSI1SK", "entryId");

        // written now and not sealed yet: the backfill leaves it to the seal
        stores.drafts().appendAudit(new AuditEntry("new-view", sealedEarlier.draftId(), practice,
                T0.plusSeconds(7200), "approver-9", AuditAction.VIEWED, 1, "cd".repeat(32), null));

        DynamoDbAuditBackfill.Result first = stores.auditBackfill().run(practice);

        assertEquals(new DynamoDbAuditBackfill.Result(8, 1, 7, 8), first,
                "found: 7 pre-chain + 1 chained earlier; queued the 7; sealed them and the new view");
        List<AuditEvent> chain = chain();
        assertEquals(9, chain.size());
        assertTrue(ChainVerifier.verify(chain.iterator(), null).intact());
        assertEquals(List.of("triaged", "triaged", "viewed", "viewed", "viewed", "phrase_proposed",
                "publishing_paused", "practice_changed", "viewed"), chain.stream().map(AuditEvent::action).toList(),
                "the earlier link first, then the backfilled items oldest first, each with its own time");
        assertEquals(T0, chain.get(1).at(), "the old creation keeps its time");
        assertEquals(9, entryIds().size(), "no entry chained twice");

        DynamoDbAuditBackfill.Result second = stores.auditBackfill().run(practice);

        assertEquals(new DynamoDbAuditBackfill.Result(1, 1, 0, 0), second, "idempotent");
        assertEquals(chain, chain(), "the chain is unchanged");
    }

    @Test
    void aPracticeWithNothingBeforeTheChainIsLeftAsItIs() {
        DraftRecord d = TestDrafts.pending(practice, "c1", T0);
        stores.drafts().create(d, TestDrafts.delivery(d, T0), TestDrafts.created(d));
        log.seal(practice);

        assertEquals(new DynamoDbAuditBackfill.Result(0, 0, 0, 0), stores.auditBackfill().run(practice));
        assertEquals(1, chain().size());
        String other = practice + "-other";
        assertEquals(new DynamoDbAuditBackfill.Result(0, 0, 0, 0), stores.auditBackfill().run(other),
                "another practice's items are not this one's");
    }

    /** Removes attributes from every item of a partition under a prefix, as an older writer would have left them. */
    private void strip(String pk, String skPrefix, String... attributes) {
        List<Map<String, AttributeValue>> items = dynamo.client().query(b -> b.tableName(dynamo.tableName())
                .consistentRead(true).keyConditionExpression("PK = :pk AND begins_with(SK, :p)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk), ":p", AttributeValue.fromS(skPrefix))))
                .items();
        assertTrue(!items.isEmpty(), "nothing under " + skPrefix);
        StringBuilder names = new StringBuilder();
        Map<String, String> aliases = new java.util.HashMap<>();
        for (int i = 0; i < attributes.length; i++) {
            names.append(i == 0 ? "" : ", ").append("#a").append(i);
            aliases.put("#a" + i, attributes[i]);
        }
        for (Map<String, AttributeValue> item : items) {
            dynamo.client().updateItem(b -> b.tableName(dynamo.tableName())
                    .key(Map.of("PK", item.get("PK"), "SK", item.get("SK")))
                    .updateExpression("REMOVE " + names).expressionAttributeNames(aliases));
        }
    }

    private List<AuditEvent> chain() {
        AuditLog.Page page = log.page(practice, ALL, 0, 100);
        return page.events();
    }

    private Set<String> entryIds() {
        Set<String> ids = new HashSet<>();
        dynamo.client().query(b -> b.tableName(dynamo.tableName()).consistentRead(true)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :p)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.practicePk(practice)),
                        ":p", AttributeValue.fromS(Keys.CHAIN_PREFIX))))
                .items().forEach(link -> ids.add(link.get("entryId").s()));
        return ids;
    }
}
