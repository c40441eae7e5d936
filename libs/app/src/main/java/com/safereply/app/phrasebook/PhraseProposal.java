package com.safereply.app.phrasebook;

import java.time.Instant;
import java.util.Objects;

/**
 * A sentence a practice admin proposed for the phrasebook. It joins the phrasebook only when a second admin accepts it.
 *
 * @param acceptedBy null while open
 * @param acceptedAt null while open
 */
public record PhraseProposal(String proposalId, String practiceId, String sentence, String proposedBy,
                             Instant proposedAt, String acceptedBy, Instant acceptedAt) {

    public PhraseProposal {
        Objects.requireNonNull(proposalId, "proposalId");
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(proposedAt, "proposedAt");
        if ((acceptedBy == null) != (acceptedAt == null)) {
            throw new IllegalArgumentException("acceptedBy and acceptedAt go together");
        }
    }

    public static PhraseProposal open(String proposalId, String practiceId, String sentence, String proposedBy,
                                      Instant proposedAt) {
        return new PhraseProposal(proposalId, practiceId, sentence, proposedBy, proposedAt, null, null);
    }

    public boolean isOpen() {
        return acceptedBy == null;
    }

    public PhraseProposal acceptedBy(String admin, Instant at) {
        return new PhraseProposal(proposalId, practiceId, sentence, proposedBy, proposedAt, admin, at);
    }
}
