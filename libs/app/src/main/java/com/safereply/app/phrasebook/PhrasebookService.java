package com.safereply.app.phrasebook;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import com.safereply.app.practice.PracticeAccount;
import com.safereply.app.practice.PracticeDirectory;
import com.safereply.app.review.Approver;
import com.safereply.app.review.InvalidReviewRequestException;
import com.safereply.app.review.ReviewNotFoundException;
import com.safereply.app.review.UnsafeTextException;
import com.safereply.core.guard.SafetyGuard;
import com.safereply.core.model.GuardResult;

/**
 * The practice phrasebook use cases: a practice admin proposes a sentence, a second admin accepts it, and from then on
 * the sentence is vetted for that practice (see {@link PracticesWithPhrasebook}).
 *
 * <ul>
 *   <li><b>Tenancy first</b>: another practice's phrasebook is {@link ReviewNotFoundException} on every route, before
 *   any admin check, so a caller learns nothing and nothing is audited as theirs.</li>
 *   <li><b>Admins only</b> propose and accept ({@link PhrasebookForbiddenException} for other approvers of the
 *   practice); any approver of the practice may read the phrasebook, since it decides what they can approve alone.</li>
 *   <li><b>Guarded</b>: the guard checks a proposal (no comment, the practice's profile) and again at acceptance, as
 *   rules may have tightened in between; {@code unsafe} is refused with its violations.</li>
 *   <li><b>Two people</b>: the proposer cannot accept their own proposal.</li>
 *   <li><b>Versioned and audited</b>: an accept names the phrasebook version it read; each proposal and acceptance
 *   writes an audit item (actor, time, SHA-256 of the sentence) with the change.</li>
 * </ul>
 */
public final class PhrasebookService {

    /** The profile document's limit for a phrasebook sentence. */
    public static final int MAX_SENTENCE_CHARS = 500;
    private static final SecureRandom IDS = new SecureRandom();

    private final PhrasebookStore store;
    private final PracticeDirectory practices;
    private final SafetyGuard guard;
    private final Clock clock;

    public PhrasebookService(PhrasebookStore store, PracticeDirectory practices, SafetyGuard guard, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.practices = Objects.requireNonNull(practices);
        this.guard = Objects.requireNonNull(guard);
        this.clock = Objects.requireNonNull(clock);
    }

    /** What the practice has accepted and what waits for a second admin. */
    public record PhrasebookView(Phrasebook phrasebook, List<PhraseProposal> openProposals) {
    }

    public PhrasebookView view(Approver approver, String practiceId) {
        requireOwnPractice(approver, practiceId);
        return new PhrasebookView(store.phrasebook(practiceId), store.openProposals(practiceId));
    }

    /** Proposes a sentence; an {@code unsafe} one is refused with its violations and nothing is stored. */
    public PhraseProposal propose(Approver approver, String practiceId, String sentence) {
        PracticeAccount practice = requireAdmin(approver, practiceId);
        String text = requireSentence(sentence);
        Phrasebook current = store.phrasebook(practiceId);
        if (current.sentences().contains(text)) {
            throw new PhrasebookConflictException("the sentence is already in the phrasebook");
        }
        requireNotUnsafe(text, practice, "the sentence is unsafe and cannot join the phrasebook");
        PhraseProposal proposal = PhraseProposal.open(newId(), practiceId, text, approver.sub(), now());
        store.propose(proposal, PhrasebookAuditEntry.of(proposal, PhrasebookAuditEntry.Action.PROPOSED,
                approver.sub(), proposal.proposedAt(), current.version()));
        return proposal;
    }

    /**
     * A second admin accepts an open proposal at the phrasebook version they read; the sentence joins the phrasebook
     * as version n+1.
     */
    public Phrasebook accept(Approver approver, String practiceId, String proposalId, long expectedVersion) {
        PracticeAccount practice = requireAdmin(approver, practiceId);
        PhraseProposal proposal = store.findProposal(practiceId, proposalId)
                .orElseThrow(() -> new ReviewNotFoundException("proposal"));
        if (!proposal.isOpen()) {
            throw new PhrasebookConflictException("the proposal was already accepted");
        }
        if (proposal.proposedBy().equals(approver.sub())) {
            throw new PhrasebookForbiddenException("a second admin, not the proposer, must accept the sentence");
        }
        Phrasebook current = store.phrasebook(practiceId);
        if (current.version() != expectedVersion) {
            throw new PhrasebookConflictException("the phrasebook changed since version " + expectedVersion
                    + " was read; reload it and try again");
        }
        requireNotUnsafe(proposal.sentence(), practice, "the sentence is now unsafe and cannot be accepted");
        Instant at = now();
        Phrasebook next = current.with(proposal.sentence());
        store.accept(proposal.acceptedBy(approver.sub(), at), next, PhrasebookAuditEntry.of(proposal,
                PhrasebookAuditEntry.Action.ACCEPTED, approver.sub(), at, next.version()));
        return next;
    }

    private PracticeAccount requireOwnPractice(Approver approver, String practiceId) {
        if (!approver.belongsTo(practiceId)) {
            throw new ReviewNotFoundException("practice");
        }
        return practices.findById(practiceId).orElseThrow(() -> new ReviewNotFoundException("practice"));
    }

    private PracticeAccount requireAdmin(Approver approver, String practiceId) {
        PracticeAccount practice = requireOwnPractice(approver, practiceId);
        if (!approver.administers(practiceId)) {
            throw new PhrasebookForbiddenException("only practice admins may change the phrasebook");
        }
        return practice;
    }

    private void requireNotUnsafe(String sentence, PracticeAccount practice, String message) {
        GuardResult verdict = guard.check(sentence, null, practice.profile());
        if (verdict.unsafe()) {
            throw new UnsafeTextException(message, verdict.violations());
        }
    }

    private static String requireSentence(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            throw new InvalidReviewRequestException("sentence must not be empty");
        }
        String text = sentence.strip();
        if (text.codePointCount(0, text.length()) > MAX_SENTENCE_CHARS) {
            throw new InvalidReviewRequestException("sentence exceeds " + MAX_SENTENCE_CHARS + " characters");
        }
        return text;
    }

    private static String newId() {
        byte[] bytes = new byte[16];
        IDS.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Millisecond precision: what the store keeps. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
