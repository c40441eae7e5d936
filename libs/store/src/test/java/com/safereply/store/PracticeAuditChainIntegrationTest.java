package com.safereply.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.safereply.app.Platform;
import com.safereply.app.audit.AuditEvent;
import com.safereply.app.audit.AuditLog;
import com.safereply.app.audit.AuditRange;
import com.safereply.app.audit.ChainVerifier;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.phrasebook.PhraseProposal;
import com.safereply.app.practice.admin.PracticeChange;
import com.safereply.app.phrasebook.Phrasebook;
import com.safereply.app.phrasebook.PhrasebookAuditEntry;
import com.safereply.app.phrasebook.PhrasebookAuditEntry.Action;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.MutableClock;
import com.safereply.store.testing.TestDrafts;
import com.safereply.app.draft.DraftRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The phrasebook's, the publishing pauses' and the practice administration's audit items go into the practice's hash
 * chain like the drafts' (issue 18): written with the unchained mark in their own transactions, chained by the next seal, and an edit of one of
 * their links is the first broken link verify reports. Their own trails still read them as before.
 */
class PracticeAuditChainIntegrationTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();
    private static final AtomicInteger PRACTICES = new AtomicInteger();
    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private static final AuditRange ALL = new AuditRange(Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2027-01-01T00:00:00Z"));
    private static final String SENTENCE = "Thanks so much for the kind words!";
    private static final String INVITED = "new.approver@clinic.example";

    private final DynamoDbStores stores = dynamo.stores(new MutableClock(T0));
    private final DynamoDbAuditLog log = stores.auditLog();
    private final String practice = "practice-chain-" + PRACTICES.incrementAndGet();

    @Test
    void phrasebookAndPauseEventsAreChainedBesideTheDraftsInTimeOrder() {
        DraftRecord draft = TestDrafts.pending(practice, "c1", T0);
        stores.drafts().create(draft, TestDrafts.delivery(draft, T0), TestDrafts.created(draft));
        PhraseProposal proposal = PhraseProposal.open("p1", practice, SENTENCE, "ana", T0.plusSeconds(10));
        stores.phrasebooks().propose(proposal, PhrasebookAuditEntry.of(proposal, Action.PROPOSED, "ana",
                T0.plusSeconds(10), 0));
        stores.phrasebooks().accept(proposal.acceptedBy("ben", T0.plusSeconds(20)),
                Phrasebook.empty(practice).with(SENTENCE),
                PhrasebookAuditEntry.of(proposal, Action.ACCEPTED, "ben", T0.plusSeconds(20), 1));
        stores.publishingPauses().pause(practice, Platform.FACEBOOK, T0.plusSeconds(30));
        stores.publishingPauses().resume(practice, "admin-1", T0.plusSeconds(40));
        stores.practiceAdmin().record(new PracticeChange(practice, PracticeChange.Action.APPROVER_INVITED, "admin-1",
                T0.plusSeconds(50), List.of("approvers"), INVITED, 3));

        assertEquals(6, log.seal(practice), "the draft's creation, two phrasebook events, pause, resume, an invite");
        assertEquals(0, log.seal(practice), "each chained once");

        List<AuditEvent> chain = chain();
        assertEquals(List.of("triaged", "phrase_proposed", "phrase_accepted", "publishing_paused",
                "publishing_resumed", "practice_changed"), chain.stream().map(AuditEvent::action).toList());
        AuditEvent accepted = chain.get(2);
        assertEquals("ben", accepted.actor());
        assertEquals("-", accepted.draftId(), "practice-level");
        assertEquals(1, accepted.draftVersion(), "the phrasebook's version");
        assertEquals(PhrasebookAuditEntry.sha256(SENTENCE), accepted.textHash(), "the sentence by its hash only");
        assertEquals("proposal p1", accepted.detail());
        AuditEvent paused = chain.get(3);
        assertEquals("system:publish", paused.actor());
        assertEquals("platform facebook", paused.detail());
        assertEquals(AuditEntry.sha256(""), paused.textHash(), "no text involved");
        assertEquals("admin-1", chain.get(4).actor());
        AuditEvent invited = chain.get(5);
        assertEquals("approver_invited: approvers", invited.detail());
        assertEquals(3, invited.draftVersion(), "the practice document's version");
        assertEquals(AuditEntry.sha256(INVITED), invited.textHash(), "the invited address by its hash only");
        assertTrue(ChainVerifier.verify(chain.iterator(), null).intact());
        assertFalse(chain.stream().anyMatch(e -> String.valueOf(e.detail()).contains(SENTENCE)
                || String.valueOf(e.detail()).contains(INVITED)), "never the text, nor the address");
        assertEquals(1, stores.practiceAdmin().changes(practice).size(), "the practice's own trail as before");

        assertEquals(List.of(Action.PROPOSED, Action.ACCEPTED), stores.phrasebooks().auditTrail(practice).stream()
                .map(PhrasebookAuditEntry::action).toList(), "the phrasebook's own trail reads them as before");
        assertEquals(Optional.empty(), stores.publishingPauses().pauseOf(practice));
    }

    @Test
    void verifyReportsAnEditedPhrasebookLinkAndAnEditedPauseLink() {
        PhraseProposal proposal = PhraseProposal.open("p1", practice, SENTENCE, "ana", T0);
        stores.phrasebooks().propose(proposal, PhrasebookAuditEntry.of(proposal, Action.PROPOSED, "ana", T0, 0));
        stores.publishingPauses().pause(practice, Platform.INSTAGRAM, T0.plusSeconds(5));
        stores.publishingPauses().resume(practice, "admin-1", T0.plusSeconds(9));
        log.seal(practice);
        assertTrue(ChainVerifier.verify(chain().iterator(), null).intact());

        edit(3, "actor", "someone-else");   // who resumed publishing, rewritten

        assertEquals(Optional.of(3L), ChainVerifier.verify(chain().iterator(), null).firstBroken());

        edit(1, "textHash", AuditEntry.sha256("Another sentence entirely."));   // which sentence was proposed

        assertEquals(Optional.of(1L), ChainVerifier.verify(chain().iterator(), null).firstBroken(),
                "the first broken link is reported");
    }

    private void edit(long sequence, String attribute, String value) {
        dynamo.client().updateItem(b -> b.tableName(dynamo.tableName())
                .key(Map.of("PK", AttributeValue.fromS(Keys.practicePk(practice)),
                        "SK", AttributeValue.fromS(Keys.chainSk(sequence))))
                .updateExpression("SET #a = :v").expressionAttributeNames(Map.of("#a", attribute))
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromS(value))));
    }

    private List<AuditEvent> chain() {
        AuditLog.Page page = log.page(practice, ALL, 0, 100);
        assertFalse(page.hasMore());
        return page.events();
    }
}
