package com.safereply.app.phrasebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.safereply.app.memory.InMemoryStores;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.app.practice.SlaPolicy;
import com.safereply.app.review.Approver;
import com.safereply.app.review.ReviewNotFoundException;
import com.safereply.app.review.UnsafeTextException;
import com.safereply.core.TriageEngine;
import com.safereply.core.guard.SafetyGuard;
import com.safereply.core.model.Jurisdiction;
import com.safereply.core.model.Language;
import com.safereply.core.model.Verdict;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.core.profile.PublishedPhone;

/** Propose, guard, second-admin accept, versioning, audit and tenancy, over the in-memory ports. */
class PhrasebookServiceTest {

    private static final String SUNRISE = "sunrise-dental";
    private static final String OTHER = "harbor-dental";
    private static final String KIND_WORDS = "Thanks so much for the kind words!";
    private static final Instant NOW = Instant.parse("2026-01-01T09:00:00Z");

    private final InMemoryStores stores = new InMemoryStores(Clock.fixed(NOW, ZoneOffset.UTC));
    private final SafetyGuard guard = new TriageEngine().guard();
    private final PhrasebookService service = new PhrasebookService(stores.phrasebooks(), stores.practices(), guard,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final PracticesWithPhrasebook practices = new PracticesWithPhrasebook(stores.practices(), stores.phrasebooks());

    private final Approver ana = new Approver("ana", null, SUNRISE, true);
    private final Approver ben = new Approver("ben", null, SUNRISE, true);
    private final Approver clerk = new Approver("clerk", null, SUNRISE, false);
    private final Approver otherAdmin = new Approver("olga", null, OTHER, true);

    PhrasebookServiceTest() {
        stores.practices().save(practice(SUNRISE));
        stores.practices().save(practice(OTHER));
    }

    @Test
    void anAcceptedSentenceIsVettedForThatPracticeOnlyAndAtOnce() {
        assertEquals(Verdict.REVIEW, verdict(SUNRISE, KIND_WORDS));
        PhraseProposal proposal = service.propose(ana, SUNRISE, "  " + KIND_WORDS + " ");
        assertEquals(KIND_WORDS, proposal.sentence(), "stored stripped");
        assertEquals(Verdict.REVIEW, verdict(SUNRISE, KIND_WORDS), "a proposal alone vets nothing");

        Phrasebook accepted = service.accept(ben, SUNRISE, proposal.proposalId(), 0);

        assertEquals(1, accepted.version());
        assertEquals(List.of(KIND_WORDS), accepted.sentences());
        assertEquals(Verdict.SAFE, verdict(SUNRISE, KIND_WORDS));
        assertEquals(Verdict.REVIEW, verdict(OTHER, KIND_WORDS));
        assertEquals(List.of(), service.view(clerk, SUNRISE).openProposals());
        assertEquals(accepted, service.view(clerk, SUNRISE).phrasebook(), "any approver of the practice may read it");
    }

    @Test
    void anUnsafeSentenceIsRefusedWithItsViolationsAndNothingIsStoredOrAudited() {
        UnsafeTextException e = assertThrows(UnsafeTextException.class,
                () -> service.propose(ana, SUNRISE, "It was lovely having you in the chair again."));
        assertFalse(e.violations().isEmpty());
        assertEquals(List.of(), stores.phrasebooks().openProposals(SUNRISE));
        assertEquals(List.of(), stores.phrasebooks().auditTrail(SUNRISE));
    }

    @Test
    void theProposerCannotAcceptTheirOwnSentence() {
        PhraseProposal proposal = service.propose(ana, SUNRISE, KIND_WORDS);
        assertThrows(PhrasebookForbiddenException.class, () -> service.accept(ana, SUNRISE, proposal.proposalId(), 0));
        assertEquals(0, stores.phrasebooks().phrasebook(SUNRISE).version());
        assertEquals(1, stores.phrasebooks().openProposals(SUNRISE).size());
    }

    @Test
    void nonAdminsAreForbiddenAndOtherPracticesSeeNothing() {
        assertThrows(PhrasebookForbiddenException.class, () -> service.propose(clerk, SUNRISE, KIND_WORDS));
        PhraseProposal proposal = service.propose(ana, SUNRISE, KIND_WORDS);
        assertThrows(PhrasebookForbiddenException.class, () -> service.accept(clerk, SUNRISE, proposal.proposalId(), 0));

        assertThrows(ReviewNotFoundException.class, () -> service.view(otherAdmin, SUNRISE));
        assertThrows(ReviewNotFoundException.class, () -> service.propose(otherAdmin, SUNRISE, KIND_WORDS));
        assertThrows(ReviewNotFoundException.class,
                () -> service.accept(otherAdmin, SUNRISE, proposal.proposalId(), 0));
        // Its own id in the URL does not reach another practice's proposal either.
        assertThrows(ReviewNotFoundException.class, () -> service.accept(otherAdmin, OTHER, proposal.proposalId(), 0));
        assertEquals(List.of(), stores.phrasebooks().auditTrail(OTHER));
        assertEquals(1, stores.phrasebooks().auditTrail(SUNRISE).size());
    }

    @Test
    void aStaleVersionOrASecondAcceptIsAConflict() {
        PhraseProposal first = service.propose(ana, SUNRISE, KIND_WORDS);
        PhraseProposal second = service.propose(ana, SUNRISE, "Our whole team appreciates it.");
        service.accept(ben, SUNRISE, first.proposalId(), 0);

        assertThrows(PhrasebookConflictException.class, () -> service.accept(ben, SUNRISE, second.proposalId(), 0));
        assertThrows(PhrasebookConflictException.class, () -> service.accept(ben, SUNRISE, first.proposalId(), 1));
        assertEquals(2, service.accept(ben, SUNRISE, second.proposalId(), 1).version());
    }

    @Test
    void theStoreRefusesAnAcceptThatLostTheRace() {
        PhraseProposal proposal = service.propose(ana, SUNRISE, KIND_WORDS);
        Phrasebook next = Phrasebook.empty(SUNRISE).with(KIND_WORDS);
        PhrasebookAuditEntry audit = PhrasebookAuditEntry.of(proposal, PhrasebookAuditEntry.Action.ACCEPTED, "ben", NOW, 1);
        stores.phrasebooks().accept(proposal.acceptedBy("ben", NOW), next, audit);
        assertThrows(PhrasebookConflictException.class,
                () -> stores.phrasebooks().accept(proposal.acceptedBy("ben", NOW), next, audit));
    }

    @Test
    void proposalAndAcceptanceAreAuditedWithWhoWhenAndTheSentenceHashOnly() {
        PhraseProposal proposal = service.propose(ana, SUNRISE, KIND_WORDS);
        service.accept(ben, SUNRISE, proposal.proposalId(), 0);

        List<PhrasebookAuditEntry> trail = stores.phrasebooks().auditTrail(SUNRISE);
        assertEquals(List.of(PhrasebookAuditEntry.Action.PROPOSED, PhrasebookAuditEntry.Action.ACCEPTED),
                trail.stream().map(PhrasebookAuditEntry::action).toList());
        assertEquals(List.of("ana", "ben"), trail.stream().map(PhrasebookAuditEntry::actor).toList());
        assertEquals(List.of(0L, 1L), trail.stream().map(PhrasebookAuditEntry::phrasebookVersion).toList());
        // SHA-256 of "Thanks so much for the kind words!" in UTF-8, computed independently (sha256sum).
        String expected = "91baaef9a8b20848a93ca4a576a13d6ced0fd144d976967c7763d78c88e8e6f0";
        trail.forEach(entry -> {
            assertEquals(NOW, entry.at());
            assertEquals(expected, entry.sentenceSha256());
            assertEquals(proposal.proposalId(), entry.proposalId());
        });
    }

    private Verdict verdict(String practiceId, String text) {
        return guard.check(text, null, practices.findById(practiceId).orElseThrow().profile()).verdict();
    }

    private static PracticeAccount practice(String id) {
        PracticeProfile profile = new PracticeProfile(id, "Sunrise Dental", Jurisdiction.US, List.of(Language.EN),
                List.of(new PublishedPhone("555-0100", "main")), List.of(), null, null);
        return new PracticeAccount(profile, List.of(), SlaPolicy.DEFAULT, false);
    }
}
