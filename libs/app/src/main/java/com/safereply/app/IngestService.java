package com.safereply.app;

import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.Delivery;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftStore;
import com.safereply.app.draft.DraftUpdate;
import com.safereply.app.draft.DuplicateDeliveryException;
import com.safereply.app.draft.StoredComment;
import com.safereply.app.draft.VersionConflictException;
import com.safereply.app.inbox.CommentStatus;
import com.safereply.app.inbox.ReceivedComment;
import com.safereply.app.inbox.ReceivedComments;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.app.practice.PracticeDirectory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The ingest use case, what the webhook does before it answers: store each verified comment event once per delivery,
 * for the triage stage ({@link TriageService}) to draft from the table stream. No classifier, drafter or guard runs
 * here, so the webhook answers fast and never loads the triage engine.
 *
 * <ul>
 *   <li><b>ADD</b>: the comment, {@link CommentStatus#RECEIVED}, with its delivery record, in one conditional write.</li>
 *   <li><b>EDIT</b>: the new text, back to {@code RECEIVED}, so triage drafts (or re-drafts) from it; an edit that
 *   arrives before triage ran is simply what triage reads.</li>
 *   <li><b>REMOVE</b>: the comment becomes {@code REMOVED} (triage then never drafts it), then a pending draft is
 *   retracted. In that order, so a draft the triage stage wrote just before the removal is still retracted.</li>
 * </ul>
 * Storage failures surface as {@link StoreUnavailableException} so the webhook answers 5xx and the platform retries;
 * the retry is then de-duplicated by the delivery record.
 */
public final class IngestService implements CommentIngest {

    /** Meta retries for about 36 hours; keep delivery records well beyond that. */
    public static final Duration DEFAULT_DEDUP_TTL = Duration.ofDays(7);
    /** A change racing another (the triage stage, an approver) is retried against the fresh revision this often. */
    private static final int MAX_ATTEMPTS = 3;

    private final PracticeDirectory practices;
    private final ReceivedComments comments;
    private final DraftStore drafts;
    private final Clock clock;
    private final Duration dedupTtl;

    public IngestService(PracticeDirectory practices, ReceivedComments comments, DraftStore drafts, Clock clock,
                         Duration dedupTtl) {
        this.practices = Objects.requireNonNull(practices);
        this.comments = Objects.requireNonNull(comments);
        this.drafts = Objects.requireNonNull(drafts);
        this.clock = Objects.requireNonNull(clock);
        this.dedupTtl = Objects.requireNonNull(dedupTtl);
    }

    public IngestService(PracticeDirectory practices, ReceivedComments comments, DraftStore drafts) {
        this(practices, comments, drafts, Clock.systemUTC(), DEFAULT_DEDUP_TTL);
    }

    @Override
    public IngestOutcome ingest(InboundComment inbound) {
        Optional<PracticeAccount> practice = practices.findByChannel(inbound.platform(), inbound.channelId());
        if (practice.isEmpty()) {
            return IngestOutcome.UNKNOWN_CHANNEL;
        }
        String practiceId = practice.get().practiceId();
        String draftId = DraftIds.of(practiceId, inbound.platform(), inbound.commentId());
        return switch (inbound.verb()) {
            case ADD -> add(practiceId, draftId, inbound);
            case EDIT -> edit(practiceId, draftId, inbound);
            case REMOVE -> remove(practiceId, draftId, inbound);
        };
    }

    private IngestOutcome add(String practiceId, String draftId, InboundComment inbound) {
        Instant now = now();
        ReceivedComment comment = ReceivedComment.received(draftId, practiceId, StoredComment.from(inbound), now);
        return comments.receive(comment, delivery(practiceId, inbound, now))
                ? IngestOutcome.CREATED : IngestOutcome.DUPLICATE;
    }

    /** Queues the edited text for triage, unless the comment is unknown, removed, or its draft already decided. */
    private IngestOutcome edit(String practiceId, String draftId, InboundComment inbound) {
        for (int attempt = 1; ; attempt++) {
            Optional<ReceivedComment> current = comments.find(draftId);
            if (current.isEmpty() || current.get().status() == CommentStatus.REMOVED || draftDecided(draftId)) {
                return IngestOutcome.NO_PENDING_DRAFT;
            }
            Instant now = now();
            ReceivedComment next = current.get().edited(current.get().comment().withEdit(inbound), now);
            try {
                comments.change(next, Optional.of(delivery(practiceId, inbound, now)));
                return IngestOutcome.RETRIAGED;
            } catch (DuplicateDeliveryException e) {
                return IngestOutcome.DUPLICATE;
            } catch (VersionConflictException e) {
                giveUpAfter(attempt, "edit", e);
            }
        }
    }

    /**
     * Marks the comment removed, then retracts a pending draft. The retraction runs on a re-delivered removal too, so a
     * delivery whose retraction failed (5xx, platform retries) still retracts on the retry.
     */
    private IngestOutcome remove(String practiceId, String draftId, InboundComment inbound) {
        Removal removal = markRemoved(practiceId, draftId, inbound);
        Retraction retraction = retractPending(draftId);
        if (retraction == Retraction.RETRACTED
                || (removal == Removal.MARKED && retraction == Retraction.NO_DRAFT)) {
            return IngestOutcome.RETRACTED;   // retracted now, or removed before triage: it will never be drafted
        }
        return removal == Removal.DUPLICATE ? IngestOutcome.DUPLICATE : IngestOutcome.NO_PENDING_DRAFT;
    }

    private enum Removal { MARKED, DUPLICATE, NOTHING_TO_MARK }

    private enum Retraction { RETRACTED, NO_DRAFT, ALREADY_DECIDED }

    private Removal markRemoved(String practiceId, String draftId, InboundComment inbound) {
        for (int attempt = 1; ; attempt++) {
            Optional<ReceivedComment> current = comments.find(draftId);
            if (current.isEmpty() || current.get().status() == CommentStatus.REMOVED) {
                return Removal.NOTHING_TO_MARK;
            }
            Instant now = now();
            try {
                comments.change(current.get().removed(now), Optional.of(delivery(practiceId, inbound, now)));
                return Removal.MARKED;
            } catch (DuplicateDeliveryException e) {
                return Removal.DUPLICATE;
            } catch (VersionConflictException e) {
                giveUpAfter(attempt, "removal", e);
            }
        }
    }

    private Retraction retractPending(String draftId) {
        for (int attempt = 1; ; attempt++) {
            Optional<DraftRecord> current = drafts.findById(draftId);
            if (current.isEmpty()) {
                return Retraction.NO_DRAFT;
            }
            if (!current.get().state().isPending()) {
                return Retraction.ALREADY_DECIDED;
            }
            DraftRecord next = current.get().retracted(now());
            try {
                drafts.update(DraftUpdate.of(next).withAudit(
                        AuditEntry.of(next, DraftRecord.PLATFORM, AuditAction.RETRACTED, next.updatedAt(), null)));
                return Retraction.RETRACTED;
            } catch (VersionConflictException e) {
                giveUpAfter(attempt, "retraction", e);
            }
        }
    }

    private boolean draftDecided(String draftId) {
        return drafts.findById(draftId).map(d -> !d.state().isPending()).orElse(false);
    }

    /** The platform event must not be lost: after a few lost races answer 5xx, so the platform retries it. */
    private static void giveUpAfter(int attempt, String what, VersionConflictException e) {
        if (attempt >= MAX_ATTEMPTS) {
            throw new StoreUnavailableException("comment kept changing during " + what, e);
        }
    }

    private Delivery delivery(String practiceId, InboundComment inbound, Instant now) {
        String key = inbound.deliveryKey() == null || inbound.deliveryKey().isBlank()
                ? inbound.platform().name() + "|" + inbound.commentId() + "|" + inbound.verb().name()
                : inbound.platform().name() + "|" + inbound.deliveryKey();
        return new Delivery(practiceId, key, now.plus(dedupTtl));
    }

    /** Millisecond precision: what the store keeps, so a record read back equals the one written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
