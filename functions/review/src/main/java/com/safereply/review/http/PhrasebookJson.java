package com.safereply.review.http;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.safereply.app.phrasebook.PhraseProposal;
import com.safereply.app.phrasebook.Phrasebook;
import com.safereply.app.phrasebook.PhrasebookService.PhrasebookView;

/** Phrasebook request and response bodies. Requests are read by {@link StrictJson}: unknown fields are refused. */
public final class PhrasebookJson {

    private PhrasebookJson() {
    }

    @Schema(name = "ProposeSentenceRequest", description = "A sentence for the practice's phrasebook; the guard checks it first")
    public record Propose(@Schema(description = "One sentence, 1 to 500 characters", required = true) String sentence) {
    }

    @Schema(name = "AcceptSentenceRequest", description = "Accept a proposal at the phrasebook version you read")
    public record Accept(@Schema(description = "The phrasebook version you read (0 before the first acceptance)",
            required = true) Long version) {
    }

    @Schema(name = "Phrasebook", description = "The practice's accepted sentences (vetted for it only) and open proposals")
    public record Book(String practiceId, long version, List<String> sentences, List<Proposal> openProposals) {
        static Book of(PhrasebookView view) {
            return new Book(view.phrasebook().practiceId(), view.phrasebook().version(), view.phrasebook().sentences(),
                    view.openProposals().stream().map(Proposal::of).toList());
        }
    }

    @Schema(name = "PhraseProposal", description = "A proposed sentence awaiting a second admin")
    public record Proposal(String proposalId, String sentence, String proposedBy, Instant proposedAt) {
        static Proposal of(PhraseProposal p) {
            return new Proposal(p.proposalId(), p.sentence(), p.proposedBy(), p.proposedAt());
        }
    }

    @Schema(name = "PhrasebookVersion", description = "The phrasebook after an acceptance")
    public record Accepted(String practiceId, long version, List<String> sentences) {
        static Accepted of(Phrasebook book) {
            return new Accepted(book.practiceId(), book.version(), book.sentences());
        }
    }
}
