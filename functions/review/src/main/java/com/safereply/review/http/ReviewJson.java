package com.safereply.review.http;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.Decision;
import com.safereply.app.draft.DraftContent;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftRevision;
import com.safereply.app.draft.DraftState;
import com.safereply.app.draft.Page;
import com.safereply.app.draft.StoredComment;
import com.safereply.app.draft.TriageSummary;
import com.safereply.app.practice.SlaPolicy;
import com.safereply.app.review.DraftView;
import com.safereply.app.publish.PublishStatus;
import java.util.Optional;
import com.safereply.core.model.GuardResult;
import com.safereply.core.model.StarRating;
import com.safereply.core.text.BrokenText;

/**
 * Response bodies. The queue lists no comment or draft text: reading a comment is an audited view, so text only
 * leaves through GET /drafts/{id}. Comment author names and handles are never sent (minimum necessary: the link
 * leads to the post).
 */
public final class ReviewJson {

    private ReviewJson() {
    }

    public record QueuePage(List<QueueItem> items, String nextCursor) {
        static QueuePage of(Page<DraftRecord> page, SlaPolicy sla) {
            return new QueuePage(page.items().stream().map(d -> QueueItem.of(d, sla)).toList(),
                    page.nextCursor().orElse(null));
        }
    }

    /** {@code dueAt}: when the practice's SLA for this urgency runs out (creation + 15 min urgent, 2 h normal, by default). */
    public record QueueItem(String draftId, String platform, String category, String urgency, String state,
                            long version, Instant createdAt, boolean safe, List<String> violationLabels,
                            Instant dueAt) {
        static QueueItem of(DraftRecord d, SlaPolicy sla) {
            return new QueueItem(d.draftId(), d.platform().label(), d.triage().category().label(), d.urgency().label(),
                    d.state().name(), d.version(), d.createdAt(), d.draft().safe(), d.draft().violationLabels(),
                    d.createdAt().plus(sla.forUrgency(d.urgency())));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Draft(String draftId, String practiceId, String state, long version, String urgency,
                        Instant createdAt, Instant updatedAt, Comment comment, Triage triage, Text draft,
                        Guard guard, List<Revision> history, String lastEditor, DecisionJson decision,
                        Publish publish, boolean hideOffered, Instant dueAt) {
        static Draft of(DraftView view, Optional<PublishStatus> publish, SlaPolicy sla) {
            DraftRecord d = view.draft();
            return new Draft(d.draftId(), d.practiceId(), d.state().name(), d.version(), d.urgency().label(),
                    d.createdAt(), d.updatedAt(), Comment.of(d.comment(), d.state()), Triage.of(d.triage()), Text.of(d.draft()),
                    Guard.of(view.guard()), d.history().stream().map(Revision::of).toList(), d.lastEditor(),
                    DecisionJson.of(d.decision()), publish.map(Publish::of).orElse(null),
                    com.safereply.app.review.ReviewService.hideOffered(d),
                    d.state().isPending() ? d.createdAt().plus(sla.forUrgency(d.urgency())) : null);
        }
    }

    /**
     * Where publishing stands once the draft was approved: the platform's reply id, or why it failed; and
     * {@code moderation = REJECTED} with {@code moderationAt} when the platform's moderation rejected the published
     * reply afterwards (Google), so it is not shown publicly.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Publish(String platformReplyId, Instant publishedAt, String failure, Instant hiddenAt,
                          long attempts, String moderation, Instant moderationAt) {
        static Publish of(PublishStatus s) {
            return new Publish(s.platformReplyId(), s.publishedAt(), s.failure(), s.hiddenAt(), s.attempts(),
                    s.moderation(), s.moderationAt());
        }
    }

    /** What a change returns: the draft's new state and version (the next If-Match) and its current text. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DraftStatus(String draftId, String state, long version, Instant updatedAt, Text draft,
                              String lastEditor, DecisionJson decision) {
        static DraftStatus of(DraftRecord d) {
            return new DraftStatus(d.draftId(), d.state().name(), d.version(), d.updatedAt(), Text.of(d.draft()),
                    d.lastEditor(), DecisionJson.of(d.decision()));
        }
    }

    /**
     * The comment as the approver sees it. Once its author removed it (the draft is RETRACTED) its text is no longer
     * shown: privacy first, the author took it back; {@code removed} says why {@code text} is absent.
     * {@code replyNotAllowed} says, before anyone approves, that the platform refuses any reply to this comment.
     * {@code rating} is a Google review's star rating (absent elsewhere): it weighed in triage, so approvers see it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Comment(String platform, String link, String text, Instant postedAt, Boolean removed,
                          String replyNotAllowed, Rating rating) {
        static final String REPLY_NOT_ALLOWED = "X allows replies only to posts that mention or quote the practice's"
                + " account, and this one does neither: approving records the decision, nothing is posted";

        static Comment of(StoredComment c, DraftState state) {
            String notAllowed = c.replyAllowed() ? null : REPLY_NOT_ALLOWED;
            Rating rating = c.rating() == null ? null : new Rating(c.rating().stars(), StarRating.MAX, c.rating().label());
            if (state == DraftState.RETRACTED) {
                return new Comment(c.platform().label(), c.permalink(), null, c.postedAt(), true, notAllowed, rating);
            }
            return new Comment(c.platform().label(), c.permalink(), BrokenText.renderable(c.text()), c.postedAt(), null,
                    notAllowed, rating);
        }
    }

    /** A star rating: {@code stars} of {@code outOf}, and the same as approvers read it ({@code label}, e.g. 2/5). */
    public record Rating(int stars, int outOf, String label) {
    }

    public record Triage(String category, double confidence, List<String> signals, Set<String> flags,
                         String language) {
        static Triage of(TriageSummary t) {
            return new Triage(t.category().label(), t.confidence(), t.signals(), t.flags(), t.language().code());
        }
    }

    public record Text(String text, String action, String templateId, boolean safe, List<String> violationLabels,
                       double completeness) {
        static Text of(DraftContent c) {
            return new Text(BrokenText.renderable(c.text()), c.action().label(), c.templateId(), c.safe(), c.violationLabels(),
                    c.completeness());
        }
    }

    /**
     * The guard's fresh verdict on the current text, with spans: {@code verdict} is safe, review or unsafe ({@code safe}
     * is {@code verdict == safe}); {@code hidden} are invisible or look-alike chars and {@code freeText} the sentences
     * that are not vetted, both as offsets into the text.
     */
    public record Guard(String verdict, boolean safe, List<ErrorBody.ViolationJson> violations, List<Hidden> hidden,
                        List<Span> freeText, Double completeness) {
        static Guard of(GuardResult g) {
            return new Guard(g.verdict().label(), g.safe(), g.violations().stream().map(ErrorBody.ViolationJson::of).toList(),
                    g.anomalies().stream().map(a -> new Hidden(a.kind().label(), a.start(), a.end())).toList(),
                    g.freeText().stream().map(f -> new Span(f.start(), f.end())).toList(),
                    g.completeness() == null ? null : g.completeness().score());
        }
    }

    public record Hidden(String kind, int start, int end) {
    }

    public record Span(int start, int end) {
    }

    public record Revision(long version, String text, String editor, Instant at) {
        static Revision of(DraftRevision r) {
            return new Revision(r.version(), BrokenText.renderable(r.text()), r.editor(), r.at());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DecisionJson(String by, Instant at, String reason) {
        static DecisionJson of(Decision d) {
            return d == null ? null : new DecisionJson(d.by(), d.at(), BrokenText.renderable(d.reason()));
        }
    }

    /** One page of the trail; {@code nextCursor} is null on the last page. */
    public record AuditTrail(String draftId, List<AuditItem> items, String nextCursor) {
        static AuditTrail of(String draftId, Page<AuditEntry> page) {
            return new AuditTrail(draftId, page.items().stream().map(AuditItem::of).toList(),
                    page.nextCursor().orElse(null));
        }
    }

    /**
     * An audit item: who, when, what, at which version, and the SHA-256 of the text (never the text). A
     * {@code viewed} item also says how many views it stands for ({@code count}) and when the last was
     * ({@code lastAt}; {@code at} is the first); other actions are one event each and carry neither.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AuditItem(Instant at, String actor, String action, long draftVersion, String textHash,
                            String detail, Long count, Instant lastAt) {
        static AuditItem of(AuditEntry e) {
            boolean view = e.action() == AuditAction.VIEWED;
            return new AuditItem(e.at(), e.actor(), e.action().label(), e.draftVersion(), e.textHash(), e.detail(),
                    view ? e.count() : null, view ? e.lastAt() : null);
        }
    }
}
