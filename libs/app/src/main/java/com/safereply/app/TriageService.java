package com.safereply.app;

import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.CreateOutcome;
import com.safereply.app.draft.DraftContent;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftRevision;
import com.safereply.app.draft.DraftStore;
import com.safereply.app.draft.DraftUpdate;
import com.safereply.app.draft.TriageSummary;
import com.safereply.app.draft.Urgency;
import com.safereply.app.draft.VersionConflictException;
import com.safereply.app.inbox.ReceivedComment;
import com.safereply.app.inbox.ReceivedComments;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.app.practice.PracticeDirectory;
import com.safereply.core.model.Comment;
import com.safereply.core.model.Triage;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The triage use case, run from the table stream for each comment the webhook stored: classify, draft and guard the
 * comment's latest text, and write the draft as pending approval together with marking the comment triaged, in one
 * conditional write. So:
 * <ul>
 *   <li>a re-delivered stream record finds the comment already triaged and changes nothing;</li>
 *   <li>a comment edited before triage ran is drafted from the edited text (triage reads the comment, not the
 *   record's image), and an edit after it re-drafts the pending draft;</li>
 *   <li>a comment removed before triage ran is never drafted: the write requires it to still await triage.</li>
 * </ul>
 * If the comment changed between the read and the write, the write fails and the comment is read again.
 */
public final class TriageService {

    private static final int MAX_ATTEMPTS = 3;

    private final ReceivedComments comments;
    private final DraftStore drafts;
    private final PracticeDirectory practices;
    private final Triager triager;
    private final Clock clock;
    private final TriageObserver observer;

    public TriageService(ReceivedComments comments, DraftStore drafts, PracticeDirectory practices, Triager triager,
                         Clock clock, TriageObserver observer) {
        this.comments = Objects.requireNonNull(comments);
        this.drafts = Objects.requireNonNull(drafts);
        this.practices = Objects.requireNonNull(practices);
        this.triager = Objects.requireNonNull(triager);
        this.clock = Objects.requireNonNull(clock);
        this.observer = Objects.requireNonNull(observer);
    }

    /**
     * Triages the received comment behind {@code draftId}, if it still awaits triage.
     *
     * @throws StoreUnavailableException when storage failed, or the comment and draft kept changing: the stream
     *                                   record is then retried
     */
    public TriageOutcome triage(String draftId) {
        for (int attempt = 1; ; attempt++) {
            Optional<TriageOutcome> outcome = attempt(draftId);
            if (outcome.isPresent()) {
                return outcome.get();
            }
            if (attempt >= MAX_ATTEMPTS) {
                throw new StoreUnavailableException("comment " + draftId + " kept changing during triage", null);
            }
        }
    }

    /** @return empty when the comment or draft changed between read and write (try again) */
    private Optional<TriageOutcome> attempt(String draftId) {
        Optional<ReceivedComment> received = comments.find(draftId);
        if (received.isEmpty() || !received.get().status().awaitsTriage()) {
            return Optional.of(TriageOutcome.NOTHING_TO_DO);
        }
        ReceivedComment comment = received.get();
        Optional<PracticeAccount> practice = practices.findById(comment.practiceId());
        if (practice.isEmpty()) {
            return Optional.of(TriageOutcome.UNKNOWN_PRACTICE);
        }
        Instant now = now();
        ReceivedComment triaged = comment.triaged(now);
        Optional<DraftRecord> existing = drafts.findById(draftId);
        if (existing.isEmpty()) {
            return draftNew(comment, triaged, practice.get(), now);
        }
        if (!existing.get().state().isPending()) {
            return markOnly(triaged, TriageOutcome.DRAFT_ALREADY_DECIDED);
        }
        return redraft(existing.get(), comment, triaged, practice.get(), now);
    }

    private Optional<TriageOutcome> draftNew(ReceivedComment comment, ReceivedComment triaged, PracticeAccount practice,
                                             Instant now) {
        Triage triage = triageText(comment, practice);
        DraftRecord draft = DraftRecord.newPending(comment.draftId(), comment.practiceId(), comment.comment(),
                TriageSummary.of(triage.classification()), Urgency.of(triage.classification()),
                DraftContent.of(triage.reply(), triage.check()), now);
        CreateOutcome outcome = drafts.createTriaged(draft,
                AuditEntry.of(draft, DraftRevision.SYSTEM, AuditAction.CREATED, now, null), triaged);
        if (outcome != CreateOutcome.CREATED) {
            return Optional.empty();
        }
        observer.draftCreated(draft);
        return Optional.of(TriageOutcome.DRAFTED);
    }

    private Optional<TriageOutcome> redraft(DraftRecord current, ReceivedComment comment, ReceivedComment triaged,
                                            PracticeAccount practice, Instant now) {
        Triage triage = triageText(comment, practice);
        DraftRecord next = current.retriaged(comment.comment(), TriageSummary.of(triage.classification()),
                Urgency.of(triage.classification()), DraftContent.of(triage.reply(), triage.check()), now);
        try {
            drafts.update(DraftUpdate.of(next)
                    .withAudit(AuditEntry.of(next, DraftRevision.SYSTEM, AuditAction.RETRIAGED, now, null))
                    .withTriagedComment(triaged));
            return Optional.of(TriageOutcome.REDRAFTED);
        } catch (VersionConflictException e) {
            return Optional.empty();
        }
    }

    private Optional<TriageOutcome> markOnly(ReceivedComment triaged, TriageOutcome outcome) {
        try {
            comments.change(triaged, Optional.empty());
            return Optional.of(outcome);
        } catch (VersionConflictException e) {
            return Optional.empty();
        }
    }

    private Triage triageText(ReceivedComment comment, PracticeAccount practice) {
        return triager.triage(new Comment(comment.comment().commentId(), comment.comment().text(),
                comment.comment().rating()), practice.profile());
    }

    /** Millisecond precision: what the store keeps, so a record read back equals the one written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
