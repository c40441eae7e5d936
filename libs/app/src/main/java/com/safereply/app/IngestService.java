package com.safereply.app;

import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.CreateOutcome;
import com.safereply.app.draft.Delivery;
import com.safereply.app.draft.DraftContent;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftRevision;
import com.safereply.app.draft.DraftStore;
import com.safereply.app.draft.DraftUpdate;
import com.safereply.app.draft.DuplicateDeliveryException;
import com.safereply.app.draft.StoredComment;
import com.safereply.app.draft.TriageSummary;
import com.safereply.app.draft.Urgency;
import com.safereply.app.draft.VersionConflictException;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.app.practice.PracticeDirectory;
import com.safereply.core.model.Comment;
import com.safereply.core.model.Triage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The ingest use case: a verified comment event in, a pending draft (or its re-triage or retraction) stored, exactly
 * once per delivery. Storage failures surface as {@link StoreUnavailableException} so the webhook answers 5xx and the
 * platform retries; the retry is then de-duplicated by the store.
 */
public final class IngestService implements CommentIngest {

    /** Meta retries for about 36 hours; keep delivery records well beyond that. */
    public static final Duration DEFAULT_DEDUP_TTL = Duration.ofDays(7);
    /** An edit or removal racing an approver's change is retried against the fresh version this often. */
    private static final int MAX_ATTEMPTS = 3;

    private final PracticeDirectory practices;
    private final DraftStore drafts;
    private final Triager triager;
    private final Clock clock;
    private final Duration dedupTtl;
    private final IngestObserver observer;

    public IngestService(PracticeDirectory practices, DraftStore drafts, Triager triager, Clock clock, Duration dedupTtl,
                         IngestObserver observer) {
        this.practices = Objects.requireNonNull(practices);
        this.drafts = Objects.requireNonNull(drafts);
        this.triager = Objects.requireNonNull(triager);
        this.clock = Objects.requireNonNull(clock);
        this.dedupTtl = Objects.requireNonNull(dedupTtl);
        this.observer = Objects.requireNonNull(observer);
    }

    public IngestService(PracticeDirectory practices, DraftStore drafts, Triager triager, Clock clock, Duration dedupTtl) {
        this(practices, drafts, triager, clock, dedupTtl, IngestObserver.NONE);
    }

    public IngestService(PracticeDirectory practices, DraftStore drafts, Triager triager, IngestObserver observer) {
        this(practices, drafts, triager, Clock.systemUTC(), DEFAULT_DEDUP_TTL, observer);
    }

    public IngestService(PracticeDirectory practices, DraftStore drafts, Triager triager) {
        this(practices, drafts, triager, Clock.systemUTC(), DEFAULT_DEDUP_TTL);
    }

    @Override
    public IngestOutcome ingest(InboundComment inbound) {
        Optional<PracticeAccount> practice = practices.findByChannel(inbound.platform(), inbound.channelId());
        if (practice.isEmpty()) {
            return IngestOutcome.UNKNOWN_CHANNEL;
        }
        return switch (inbound.verb()) {
            case ADD -> add(practice.get(), inbound);
            case EDIT -> changePending(practice.get(), inbound, IngestOutcome.RETRIAGED, AuditAction.RETRIAGED,
                    draft -> retriage(draft, practice.get(), inbound));
            case REMOVE -> changePending(practice.get(), inbound, IngestOutcome.RETRACTED, AuditAction.RETRACTED,
                    draft -> draft.retracted(now()));
        };
    }

    private IngestOutcome add(PracticeAccount practice, InboundComment inbound) {
        Instant now = now();
        StoredComment comment = StoredComment.from(inbound);
        Triage triage = triager.triage(new Comment(inbound.commentId(), comment.text()), practice.profile());
        DraftRecord draft = DraftRecord.newPending(
                DraftIds.of(practice.practiceId(), inbound.platform(), inbound.commentId()), practice.practiceId(),
                comment, TriageSummary.of(triage.classification()), Urgency.of(triage.classification()),
                DraftContent.of(triage.reply(), triage.check()), now);
        CreateOutcome outcome = drafts.create(draft, delivery(practice, inbound, now),
                AuditEntry.of(draft, DraftRevision.SYSTEM, AuditAction.CREATED, now, null));
        if (outcome != CreateOutcome.CREATED) {
            return IngestOutcome.DUPLICATE;
        }
        observer.draftCreated(draft);
        return IngestOutcome.CREATED;
    }

    /**
     * Applies an edit or removal to the comment's draft while it is pending. A concurrent change (an approver's edit)
     * makes the version stale: re-read and try again, since the platform event must not be lost.
     */
    private IngestOutcome changePending(PracticeAccount practice, InboundComment inbound, IngestOutcome applied,
                                        AuditAction action, UnaryOperator<DraftRecord> change) {
        String draftId = DraftIds.of(practice.practiceId(), inbound.platform(), inbound.commentId());
        for (int attempt = 1; ; attempt++) {
            Optional<DraftRecord> current = drafts.findById(draftId);
            if (current.isEmpty() || !current.get().state().isPending()) {
                return IngestOutcome.NO_PENDING_DRAFT;
            }
            DraftRecord next = change.apply(current.get());
            DraftUpdate update = DraftUpdate.of(next)
                    .withAudit(AuditEntry.of(next, actorOf(action), action, next.updatedAt(), null))
                    .withDelivery(delivery(practice, inbound, next.updatedAt()));
            try {
                drafts.update(update);
                return applied;
            } catch (DuplicateDeliveryException e) {
                return IngestOutcome.DUPLICATE;
            } catch (VersionConflictException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw new StoreUnavailableException("draft kept changing during " + action.label(), e);
                }
            }
        }
    }

    private DraftRecord retriage(DraftRecord draft, PracticeAccount practice, InboundComment edit) {
        StoredComment edited = draft.comment().withEdit(edit);
        Triage triage = triager.triage(new Comment(edit.commentId(), edited.text()), practice.profile());
        return draft.retriaged(edited, TriageSummary.of(triage.classification()), Urgency.of(triage.classification()),
                DraftContent.of(triage.reply(), triage.check()), now());
    }

    private Delivery delivery(PracticeAccount practice, InboundComment inbound, Instant now) {
        String key = inbound.deliveryKey() == null || inbound.deliveryKey().isBlank()
                ? inbound.platform().name() + "|" + inbound.commentId() + "|" + inbound.verb().name()
                : inbound.platform().name() + "|" + inbound.deliveryKey();
        return new Delivery(practice.practiceId(), key, now.plus(dedupTtl));
    }

    private static String actorOf(AuditAction action) {
        return action == AuditAction.RETRACTED ? DraftRecord.PLATFORM : DraftRevision.SYSTEM;
    }

    /** Millisecond precision: what the store keeps, so a record read back equals the one written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
