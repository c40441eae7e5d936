package com.safereply.app.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.safereply.app.phrasebook.PhraseProposal;
import com.safereply.app.phrasebook.Phrasebook;
import com.safereply.app.phrasebook.PhrasebookAuditEntry;
import com.safereply.app.phrasebook.PhrasebookConflictException;
import com.safereply.app.phrasebook.PhrasebookStore;

/** {@link PhrasebookStore} in memory, with the adapter's conditional, all-or-nothing accept. Thread-safe. */
public final class InMemoryPhrasebookStore implements PhrasebookStore {

    private final Map<String, Phrasebook> phrasebooks = new HashMap<>();
    private final Map<String, Map<String, PhraseProposal>> proposals = new HashMap<>();
    private final Map<String, List<PhrasebookAuditEntry>> audit = new HashMap<>();

    @Override
    public synchronized Phrasebook phrasebook(String practiceId) {
        return phrasebooks.getOrDefault(practiceId, Phrasebook.empty(practiceId));
    }

    @Override
    public synchronized List<PhraseProposal> openProposals(String practiceId) {
        return proposals.getOrDefault(practiceId, Map.of()).values().stream().filter(PhraseProposal::isOpen)
                .sorted(Comparator.comparing(PhraseProposal::proposedAt)).toList();
    }

    @Override
    public synchronized Optional<PhraseProposal> findProposal(String practiceId, String proposalId) {
        return Optional.ofNullable(proposals.getOrDefault(practiceId, Map.of()).get(proposalId));
    }

    @Override
    public synchronized void propose(PhraseProposal proposal, PhrasebookAuditEntry entry) {
        Map<String, PhraseProposal> practice = proposals.computeIfAbsent(proposal.practiceId(), k -> new LinkedHashMap<>());
        if (practice.containsKey(proposal.proposalId())) {
            throw new IllegalStateException("proposal id already used");
        }
        practice.put(proposal.proposalId(), proposal);
        audit.computeIfAbsent(proposal.practiceId(), k -> new ArrayList<>()).add(entry);
    }

    @Override
    public synchronized void accept(PhraseProposal accepted, Phrasebook next, PhrasebookAuditEntry entry) {
        Phrasebook current = phrasebook(next.practiceId());
        if (current.version() != next.version() - 1) {
            throw new PhrasebookConflictException("the phrasebook is no longer at version " + (next.version() - 1));
        }
        PhraseProposal stored = findProposal(accepted.practiceId(), accepted.proposalId())
                .orElseThrow(() -> new PhrasebookConflictException("no such proposal"));
        if (!stored.isOpen()) {
            throw new PhrasebookConflictException("the proposal was already accepted");
        }
        phrasebooks.put(next.practiceId(), next);
        proposals.get(accepted.practiceId()).put(accepted.proposalId(), accepted);
        audit.computeIfAbsent(accepted.practiceId(), k -> new ArrayList<>()).add(entry);
    }

    @Override
    public synchronized List<PhrasebookAuditEntry> auditTrail(String practiceId) {
        return List.copyOf(audit.getOrDefault(practiceId, List.of()));
    }
}
