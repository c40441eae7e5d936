package com.safereply.store;

import com.safereply.app.phrasebook.PhraseProposal;
import com.safereply.app.phrasebook.Phrasebook;
import com.safereply.app.phrasebook.PhrasebookAuditEntry;
import com.safereply.app.phrasebook.PhrasebookAuditEntry.Action;
import com.safereply.app.phrasebook.PhrasebookConflictException;
import com.safereply.app.phrasebook.PhrasebookStore;
import com.safereply.app.phrasebook.PracticesWithPhrasebook;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.TestPractices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The phrasebook adapter against DynamoDB Local: round trips, conditional accept, audit trail, practice scoping. */
class DynamoDbPhrasebookStoreIntegrationTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final Instant T0 = Instant.parse("2026-01-01T09:00:00.123Z");
    private static final String SENTENCE = "Thanks so much for the kind words!";

    private PhrasebookStore store;
    private String practice;

    @BeforeEach
    void setUp() {
        store = dynamo.stores().phrasebooks();
        practice = "phrase-practice-" + IDS.incrementAndGet();
    }

    @Test
    void aProposalRoundTripsAndAnAcceptanceMovesItIntoTheVersionedPhrasebook() {
        assertEquals(Phrasebook.empty(practice), store.phrasebook(practice));
        PhraseProposal proposal = propose("p1", SENTENCE, T0);
        assertEquals(Optional.of(proposal), store.findProposal(practice, "p1"));
        assertEquals(List.of(proposal), store.openProposals(practice));

        PhraseProposal accepted = proposal.acceptedBy("ben", T0.plusSeconds(60));
        store.accept(accepted, Phrasebook.empty(practice).with(SENTENCE),
                PhrasebookAuditEntry.of(proposal, Action.ACCEPTED, "ben", T0.plusSeconds(60), 1));

        assertEquals(new Phrasebook(practice, 1, List.of(SENTENCE)), store.phrasebook(practice));
        assertEquals(Optional.of(accepted), store.findProposal(practice, "p1"));
        assertEquals(List.of(), store.openProposals(practice));
        List<PhrasebookAuditEntry> trail = store.auditTrail(practice);
        assertEquals(List.of(Action.PROPOSED, Action.ACCEPTED), trail.stream().map(PhrasebookAuditEntry::action).toList());
        assertEquals(PhrasebookAuditEntry.sha256(SENTENCE), trail.get(1).sentenceSha256());
        assertEquals("ben", trail.get(1).actor());
        assertEquals(1, trail.get(1).phrasebookVersion());
    }

    @Test
    void anAcceptOnAStaleVersionOrOfAnAcceptedProposalWritesNothing() {
        PhraseProposal first = propose("p1", SENTENCE, T0);
        PhraseProposal second = propose("p2", "Our whole team appreciates it.", T0.plusSeconds(1));
        Phrasebook v1 = Phrasebook.empty(practice).with(first.sentence());
        store.accept(first.acceptedBy("ben", T0), v1, PhrasebookAuditEntry.of(first, Action.ACCEPTED, "ben", T0, 1));

        // Based on version 0 although version 1 is stored: the version condition fails.
        assertThrows(PhrasebookConflictException.class, () -> store.accept(second.acceptedBy("ben", T0),
                Phrasebook.empty(practice).with(second.sentence()),
                PhrasebookAuditEntry.of(second, Action.ACCEPTED, "ben", T0.plusSeconds(5), 1)));
        // The first proposal again, on the current version: the proposal is no longer open.
        assertThrows(PhrasebookConflictException.class, () -> store.accept(first.acceptedBy("cy", T0), v1.with(first.sentence()),
                PhrasebookAuditEntry.of(first, Action.ACCEPTED, "cy", T0.plusSeconds(6), 2)));

        assertEquals(v1, store.phrasebook(practice));
        assertEquals(List.of(second), store.openProposals(practice));
        assertEquals(3, store.auditTrail(practice).size(), "two proposals and one acceptance; refused ones left no trace");
    }

    @Test
    void phrasebooksAreScopedToTheirPracticeAndReachItsProfile() {
        dynamo.stores().practices().save(TestPractices.practice(practice));
        String other = practice + "-other";
        dynamo.stores().practices().save(TestPractices.practice(other));
        PhraseProposal proposal = propose("p1", SENTENCE, T0);
        store.accept(proposal.acceptedBy("ben", T0), Phrasebook.empty(practice).with(SENTENCE),
                PhrasebookAuditEntry.of(proposal, Action.ACCEPTED, "ben", T0, 1));

        PracticesWithPhrasebook practices = new PracticesWithPhrasebook(dynamo.stores().practices(), store);
        assertEquals(List.of(SENTENCE), practices.findById(practice).orElseThrow().profile().phrasebook());
        assertEquals(List.of(), practices.findById(other).orElseThrow().profile().phrasebook());
        assertEquals(Optional.empty(), store.findProposal(other, "p1"));
        assertEquals(List.of(), store.auditTrail(other));
    }

    private PhraseProposal propose(String id, String sentence, Instant at) {
        PhraseProposal proposal = PhraseProposal.open(id, practice, sentence, "ana", at);
        store.propose(proposal, PhrasebookAuditEntry.of(proposal, Action.PROPOSED, "ana", at, 0));
        return proposal;
    }
}
