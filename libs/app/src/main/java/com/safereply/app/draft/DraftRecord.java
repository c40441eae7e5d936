package com.safereply.app.draft;

import com.safereply.app.Platform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A stored draft: the comment it answers, the triage result, the current draft text with its guard verdict, where it
 * is in its life, and every text it has had. Immutable: each transition returns the next record with
 * {@code version + 1}, and the store writes it only if the stored version is still the one it was derived from
 * (optimistic locking).
 *
 * @param version    starts at 1, incremented by every change
 * @param lastEditor the approver who last edited the text, or null when the current text is the system's
 * @param decision   who approved, rejected or retracted it, or null while pending
 * @param history    every text the draft has had, oldest first; the last one is the current text
 * @param hideRequested the approver chose, with the approval, to hide the comment on the platform
 */
public record DraftRecord(
        String draftId,
        String practiceId,
        StoredComment comment,
        TriageSummary triage,
        Urgency urgency,
        DraftContent draft,
        DraftState state,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String lastEditor,
        Decision decision,
        List<DraftRevision> history,
        boolean hideRequested) {

    /** Who is recorded as deciding a retraction: the commenter removed the comment, not an approver. */
    public static final String PLATFORM = "platform";

    public DraftRecord {
        Objects.requireNonNull(draftId, "draftId");
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(triage, "triage");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1");
        }
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** A draft without a hide decision (every state before approval). */
    public DraftRecord(String draftId, String practiceId, StoredComment comment, TriageSummary triage, Urgency urgency,
                       DraftContent draft, DraftState state, long version, Instant createdAt, Instant updatedAt,
                       String lastEditor, Decision decision, List<DraftRevision> history) {
        this(draftId, practiceId, comment, triage, urgency, draft, state, version, createdAt, updatedAt, lastEditor,
                decision, history, false);
    }

    /** A new draft awaiting approval, version 1, with the system's text as its first revision. */
    public static DraftRecord newPending(String draftId, String practiceId, StoredComment comment, TriageSummary triage,
                                         Urgency urgency, DraftContent draft, Instant now) {
        return new DraftRecord(draftId, practiceId, comment, triage, urgency, draft, DraftState.PENDING_APPROVAL, 1,
                now, now, null, null, List.of(new DraftRevision(1, draft.text(), DraftRevision.SYSTEM, now)));
    }

    public Platform platform() {
        return comment.platform();
    }

    /** The comment was edited: a fresh triage and system draft replace the current ones (the old text stays in history). */
    public DraftRecord retriaged(StoredComment editedComment, TriageSummary newTriage, Urgency newUrgency,
                                 DraftContent newDraft, Instant now) {
        requirePending("re-triage");
        long next = version + 1;
        return new DraftRecord(draftId, practiceId, editedComment, newTriage, newUrgency, newDraft, state, next,
                createdAt, now, null, null, append(new DraftRevision(next, newDraft.text(), DraftRevision.SYSTEM, now)));
    }

    /** An approver replaced the text; {@code newDraft} must carry the guard's verdict on it. */
    public DraftRecord edited(DraftContent newDraft, String editor, Instant now) {
        requirePending("edit");
        Objects.requireNonNull(editor, "editor");
        long next = version + 1;
        return new DraftRecord(draftId, practiceId, comment, triage, urgency, newDraft, state, next, createdAt, now,
                editor, null, append(new DraftRevision(next, newDraft.text(), editor, now)));
    }

    /**
     * Approved for posting. Callers re-run the guard on the current text first; an unsafe draft is refused here too.
     *
     * @throws UnsafeDraftException when the stored verdict on the current text is unsafe
     */
    public DraftRecord approved(String approver, Instant now) {
        return approved(approver, now, false);
    }

    /** Approved, and when {@code hide} the comment is also to be hidden on the platform (the approver's choice). */
    public DraftRecord approved(String approver, Instant now, boolean hide) {
        requirePending("approve");
        if (!draft.safe()) {
            throw new UnsafeDraftException(draftId, draft.violationLabels());
        }
        DraftRecord approved = close(DraftState.APPROVED, new Decision(approver, now, null), now);
        return hide ? approved.withHideRequested() : approved;
    }

    private DraftRecord withHideRequested() {
        return new DraftRecord(draftId, practiceId, comment, triage, urgency, draft, state, version, createdAt,
                updatedAt, lastEditor, decision, history, true);
    }

    public DraftRecord rejected(String approver, String reason, Instant now) {
        requirePending("reject");
        return close(DraftState.REJECTED, new Decision(approver, now, reason), now);
    }

    /**
     * An approver asks to publish again after the platform refused: the draft re-enters APPROVED, which the publish
     * stage picks up. The text stays the approved one; retrying is a decision, so it is recorded as one.
     */
    public DraftRecord publishRetried(String approver, Instant now) {
        if (state != DraftState.PUBLISH_FAILED) {
            throw new IllegalDraftTransitionException(draftId, state, "retry publishing");
        }
        return close(DraftState.APPROVED, new Decision(approver, now, null), now);
    }

    /** The comment was removed on the platform before anyone decided. */
    public DraftRecord retracted(Instant now) {
        requirePending("retract");
        return close(DraftState.RETRACTED, new Decision(PLATFORM, now, "comment removed on the platform"), now);
    }

    private DraftRecord close(DraftState closed, Decision how, Instant now) {
        return new DraftRecord(draftId, practiceId, comment, triage, urgency, draft, closed, version + 1, createdAt,
                now, lastEditor, how, history, hideRequested);
    }

    private void requirePending(String attempted) {
        if (!state.isPending()) {
            throw new IllegalDraftTransitionException(draftId, state, attempted);
        }
    }

    private List<DraftRevision> append(DraftRevision revision) {
        List<DraftRevision> all = new ArrayList<>(history);
        all.add(revision);
        return all;
    }
}
