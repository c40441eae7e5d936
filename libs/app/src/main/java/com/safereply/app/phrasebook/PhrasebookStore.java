package com.safereply.app.phrasebook;

import java.util.List;
import java.util.Optional;

import com.safereply.app.StoreUnavailableException;

/**
 * Where each practice's phrasebook, its proposals and their audit trail are kept. Every method throws
 * {@link StoreUnavailableException} when storage cannot be reached. Writes are all-or-nothing with their audit item.
 */
public interface PhrasebookStore {

    /** The practice's phrasebook; {@link Phrasebook#empty} when nothing was accepted yet. */
    Phrasebook phrasebook(String practiceId);

    /** The practice's proposals not accepted yet, oldest first. */
    List<PhraseProposal> openProposals(String practiceId);

    Optional<PhraseProposal> findProposal(String practiceId, String proposalId);

    /** Stores a new open proposal and its audit item. */
    void propose(PhraseProposal proposal, PhrasebookAuditEntry audit);

    /**
     * Marks the proposal accepted, stores {@code next} (whose version is one above the stored one) and the audit item,
     * atomically.
     *
     * @throws PhrasebookConflictException when the phrasebook is no longer at {@code next.version() - 1} or the
     *                                     proposal was accepted meanwhile; nothing was written
     */
    void accept(PhraseProposal accepted, Phrasebook next, PhrasebookAuditEntry audit);

    /** The practice's phrasebook audit trail, oldest first. */
    List<PhrasebookAuditEntry> auditTrail(String practiceId);
}
