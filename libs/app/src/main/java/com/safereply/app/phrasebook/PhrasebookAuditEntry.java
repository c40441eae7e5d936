package com.safereply.app.phrasebook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One audited phrasebook event: who proposed or accepted which sentence, when. The sentence itself is recorded as its
 * SHA-256 (hex, of its UTF-8 bytes), like the draft trail records text hashes; {@code phrasebookVersion} is the
 * version an acceptance produced (the version current at the time for a proposal).
 */
public record PhrasebookAuditEntry(String practiceId, Action action, String actor, Instant at, String proposalId,
                                   String sentenceSha256, long phrasebookVersion) {

    public enum Action { PROPOSED, ACCEPTED }

    public PhrasebookAuditEntry {
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(proposalId, "proposalId");
        Objects.requireNonNull(sentenceSha256, "sentenceSha256");
    }

    public static PhrasebookAuditEntry of(PhraseProposal proposal, Action action, String actor, Instant at,
                                          long phrasebookVersion) {
        return new PhrasebookAuditEntry(proposal.practiceId(), action, actor, at, proposal.proposalId(),
                sha256(proposal.sentence()), phrasebookVersion);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
