package com.safereply.app.review;

import com.safereply.core.model.Category;

import com.safereply.app.draft.TriageSummary;

import com.safereply.app.Platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftState;
import com.safereply.app.draft.DraftStore;
import com.safereply.app.draft.DraftUpdate;
import com.safereply.app.draft.Page;
import com.safereply.app.draft.PageRequest;
import com.safereply.app.draft.UnsafeDraftException;
import com.safereply.app.draft.VersionConflictException;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.app.practice.PracticeDirectory;
import com.safereply.core.guard.SafetyGuard;
import com.safereply.core.model.GuardResult;
import com.safereply.core.model.HardRule;
import com.safereply.core.model.Verdict;
import com.safereply.core.model.Violation;

/**
 * The review use cases: an approver lists their practice's queue, opens a draft, edits, approves or rejects it, and
 * reads its audit trail.
 *
 * <ul>
 *   <li><b>Tenancy</b>: a draft or queue of another practice is {@link ReviewNotFoundException}, exactly like an unknown
 *   one, so nothing about other practices leaks.</li>
 *   <li><b>Safety</b>: edits and approvals run the same {@link SafetyGuard} as system drafts, with the comment as
 *   context. An unsafe text is refused and nothing is written; approval follows a fresh verdict (and the stored one
 *   must not be unsafe), so no path reaches APPROVED with an unsafe text (even after a guard rule was tightened).
 *   Free text (verdict review) needs a second approver who attests.</li>
 *   <li><b>Optimistic locking</b>: every change names the version it was based on; a stale one is
 *   {@link VersionConflictException} and nothing is written (the store's conditional write closes the race between
 *   two approvers who both passed the check here).</li>
 *   <li><b>Audit</b> (HIPAA 164.312(b)): a view is recorded as a {@code viewed} item (repeated views by one approver
 *   of one version within {@link #VIEW_FOLD_WINDOW} are one item with a count, so the trail grows with distinct
 *   events, not page loads); each change writes its item in the same
 *   transaction as the draft, so a refused change leaves no trace claiming it happened. Items hold the text's hash.</li>
 * </ul>
 */
public final class ReviewService {

    public static final int MAX_TEXT_CHARS = 2_000;
    public static final int MAX_REASON_CHARS = 500;
    /** Repeated views of one version by one approver within this window are one audit item with a count. */
    public static final Duration VIEW_FOLD_WINDOW = Duration.ofMinutes(15);
    public static final int AUDIT_DEFAULT_LIMIT = 50;
    public static final int AUDIT_MAX_LIMIT = 200;

    private final DraftStore drafts;
    private final PracticeDirectory practices;
    private final SafetyGuard guard;
    private final Clock clock;

    public ReviewService(DraftStore drafts, PracticeDirectory practices, SafetyGuard guard, Clock clock) {
        this.drafts = Objects.requireNonNull(drafts);
        this.practices = Objects.requireNonNull(practices);
        this.guard = Objects.requireNonNull(guard);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The approver's practice queue, oldest first. Asking for another practice's queue is "not found". */
    public Page<DraftRecord> queue(Approver approver, String practiceId, PageRequest page) {
        return list(approver, practiceId, DraftState.PENDING_APPROVAL, page);
    }

    /** The approver's practice drafts in one state (what was just approved, rejected, retracted), oldest first. */
    public Page<DraftRecord> list(Approver approver, String practiceId, DraftState state, PageRequest page) {
        if (!approver.belongsTo(practiceId)) {
            throw new ReviewNotFoundException("practice");
        }
        return state.isPending() ? drafts.pending(practiceId, page) : drafts.inState(practiceId, state, page);
    }

    /** The practice's answer times, for the queue's SLA clock. Another practice's is "not found". */
    public com.safereply.app.practice.SlaPolicy sla(Approver approver, String practiceId) {
        if (!approver.belongsTo(practiceId)) {
            throw new ReviewNotFoundException("practice");
        }
        return practices.findById(practiceId).map(PracticeAccount::sla)
                .orElse(com.safereply.app.practice.SlaPolicy.DEFAULT);
    }

    /** Opens a draft: the stored draft plus a fresh guard verdict with spans; records a {@code viewed} audit item. */
    public DraftView view(Approver approver, String draftId) {
        DraftRecord draft = load(approver, draftId);
        GuardResult verdict = check(draft.draft().text(), draft, practiceOf(draft));
        drafts.recordView(AuditEntry.of(draft, approver.sub(), AuditAction.VIEWED, now(), null), VIEW_FOLD_WINDOW);
        return new DraftView(draft, verdict);
    }

    /**
     * Replaces the text. The guard runs on the new text with the comment as context; an unsafe text is refused with
     * its violations and nothing changes. A safe text becomes version n+1.
     */
    public DraftRecord edit(Approver approver, String draftId, String newText, long expectedVersion) {
        requireText(newText);
        DraftRecord draft = loadOpen(approver, draftId, expectedVersion);
        requirePostable(draft, newText);
        GuardResult verdict = check(newText, draft, practiceOf(draft));
        if (verdict.unsafe()) {
            throw new UnsafeTextException("the edited text is unsafe; nothing was changed", verdict.violations());
        }
        DraftRecord next = draft.edited(draft.draft().withEditedText(newText, verdict), approver.sub(), now());
        return drafts.update(DraftUpdate.of(next)
                .withAudit(AuditEntry.of(next, approver.sub(), AuditAction.EDITED, next.updatedAt(),
                        editDetail(verdict))));
    }

    /** The audit note of an edit: the guard's verdict on the new text (its rule labels only, never text). */
    static String editDetail(GuardResult verdict) {
        return "verdict " + verdict.verdict().name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * What the guard would say about {@code text} as this draft's reply, with the comment as context: the live check
     * of the approvers' page while they type. Changes nothing and records nothing (no draft text or comment leaves
     * here; the verdict quotes spans of {@code text} only). Any state may be checked; edits still need a pending one.
     */
    public GuardResult check(Approver approver, String draftId, String text) {
        requireText(text);
        DraftRecord draft = load(approver, draftId);
        requirePostable(draft, text);
        return check(text, draft, practiceOf(draft));
    }

    /** Approves vetted text (verdict {@code safe}); free text needs {@link #approve(Approver, String, long, Attestation)}. */
    public DraftRecord approve(Approver approver, String draftId, long expectedVersion) {
        return approve(approver, draftId, expectedVersion, Attestation.NONE);
    }

    /**
     * Approves the current text; approval follows the guard's fresh verdict on it. {@code unsafe} is never approved.
     * {@code review} (free text no rule objects to) needs a second approver, not the one who wrote the edit, who
     * attests; the attestation is audited. {@code safe} needs one approver. The practice's two-person rule (the last
     * editor may not approve) applies on top.
     */
    public DraftRecord approve(Approver approver, String draftId, long expectedVersion, Attestation attestation) {
        return approve(approver, draftId, expectedVersion, attestation, false);
    }

    /**
     * Approves and, when {@code hide}, also hides the comment on the platform. Hiding is offered where the platform
     * allows a page to hide a comment (Facebook, Instagram) and the comment is spam or discloses health information;
     * asking for it elsewhere is refused, so nothing is hidden that an approver could not have been offered.
     */
    public DraftRecord approve(Approver approver, String draftId, long expectedVersion, Attestation attestation,
                               boolean hide) {
        DraftRecord draft = loadOpen(approver, draftId, expectedVersion);
        if (hide && !hideOffered(draft)) {
            throw new InvalidReviewRequestException("hide is offered only on Facebook and Instagram, for spam or a"
                    + " comment disclosing health information");
        }
        PracticeAccount practice = practiceOf(draft);
        boolean approverIsEditor = approver.sub().equals(draft.lastEditor());
        if (practice.twoPersonRule() && approverIsEditor) {
            throw new TwoPersonRuleException();
        }
        GuardResult verdict = check(draft.draft().text(), draft, practice);
        if (verdict.unsafe()) {
            throw new UnsafeTextException("the draft is unsafe and cannot be approved; edit it first",
                    verdict.violations());
        }
        boolean freeText = verdict.verdict() == Verdict.REVIEW;
        if (freeText && (approverIsEditor || attestation == null || !attestation.complete())) {
            throw new SecondApproverRequiredException(approverIsEditor);
        }
        DraftRecord next;
        try {
            next = draft.approved(approver.sub(), now(), hide);
        } catch (UnsafeDraftException e) {
            // The verdict stored with the text is unsafe although today's guard passes it: stay on the safe side.
            throw new UnsafeTextException("the draft's recorded verdict is unsafe; edit it to re-check",
                    e.violationLabels().stream().map(l -> Violation.omission(HardRule.fromLabel(l),
                            "recorded when the text was checked")).toList());
        }
        String detail = approvalDetail(verdict.verdict(), practice.twoPersonRule()) + (hide ? "; hide the comment" : "");
        return drafts.update(DraftUpdate.of(next)
                .withAudit(AuditEntry.of(next, approver.sub(), AuditAction.APPROVED, next.updatedAt(), detail)));
    }

    /** Whether the approver may choose to hide the draft's comment beside the reply. */
    public static boolean hideOffered(DraftRecord draft) {
        boolean metaPlatform = draft.platform() == Platform.FACEBOOK || draft.platform() == Platform.INSTAGRAM;
        boolean worthHiding = draft.triage().category() == Category.SPAM
                || draft.triage().flags().contains(TriageSummary.CONTAINS_PHI);
        return metaPlatform && worthHiding;
    }

    /** The audit note of an approval: the verdict it followed and what the approver attested. Never text. */
    static String approvalDetail(Verdict verdict, boolean twoPersonRule) {
        String detail = verdict == Verdict.REVIEW
                ? "verdict review: second approver attested neitherConfirmsNorDeniesRelationship, noHealthInformation"
                : "verdict safe";
        return twoPersonRule ? detail + "; two-person rule applied" : detail;
    }

    /** Rejects the draft with a reason (kept on the draft; never copied into the audit item, it may quote PHI). */
    public DraftRecord reject(Approver approver, String draftId, String reason, long expectedVersion) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidReviewRequestException("reason must not be empty");
        }
        if (reason.length() > MAX_REASON_CHARS) {
            throw new InvalidReviewRequestException("reason exceeds " + MAX_REASON_CHARS + " characters");
        }
        DraftRecord draft = loadOpen(approver, draftId, expectedVersion);
        DraftRecord next = draft.rejected(approver.sub(), reason.strip(), now());
        return drafts.update(DraftUpdate.of(next)
                .withAudit(AuditEntry.of(next, approver.sub(), AuditAction.REJECTED, next.updatedAt(), null)));
    }

    /** One page of the draft's audit trail, oldest first; the cursor only works for the draft it was issued for. */
    public Page<AuditEntry> audit(Approver approver, String draftId, PageRequest page) {
        if (page.limit() > AUDIT_MAX_LIMIT) {
            throw new InvalidReviewRequestException("limit must be 1.." + AUDIT_MAX_LIMIT);
        }
        load(approver, draftId);
        return drafts.auditPage(draftId, page);
    }

    private DraftRecord load(Approver approver, String draftId) {
        return drafts.findById(draftId)
                .filter(d -> approver.belongsTo(d.practiceId()))
                .orElseThrow(() -> new ReviewNotFoundException("draft"));
    }

    /** A draft that may still change, at the version the caller read. */
    private DraftRecord loadOpen(Approver approver, String draftId, long expectedVersion) {
        DraftRecord draft = load(approver, draftId);
        if (!draft.state().isPending()) {
            throw new DraftClosedException(draftId, draft.state());
        }
        if (draft.version() != expectedVersion) {
            throw new VersionConflictException(draftId, expectedVersion);
        }
        return draft;
    }

    private PracticeAccount practiceOf(DraftRecord draft) {
        return practices.findById(draft.practiceId()).orElseThrow(() -> new ReviewNotFoundException("practice"));
    }

    private GuardResult check(String text, DraftRecord draft, PracticeAccount practice) {
        return guard.check(text, draft.comment().text(), practice.profile());
    }

    static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidReviewRequestException("text must not be empty");
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT_CHARS) {
            throw new InvalidReviewRequestException("text exceeds " + MAX_TEXT_CHARS + " characters");
        }
    }

    /** A text the draft's platform would refuse for its length is refused now, before anyone approves it. */
    private static void requirePostable(DraftRecord draft, String text) {
        draft.platform().replyLengthProblem(text).ifPresent(problem -> {
            throw new InvalidReviewRequestException(problem);
        });
    }

    /** Millisecond precision: what the store keeps, so a record read back equals the one written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
