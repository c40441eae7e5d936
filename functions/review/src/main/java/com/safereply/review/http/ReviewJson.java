package com.safereply.review.http;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.Decision;
import com.safereply.app.draft.DraftContent;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftRevision;
import com.safereply.app.draft.DraftState;
import com.safereply.app.draft.Page;
import com.safereply.app.draft.StoredComment;
import com.safereply.app.draft.TriageSummary;
import com.safereply.app.review.DraftView;
import com.safereply.core.model.GuardResult;
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
        static QueuePage of(Page<DraftRecord> page) {
            return new QueuePage(page.items().stream().map(QueueItem::of).toList(), page.nextCursor().orElse(null));
        }
    }

    public record QueueItem(String draftId, String platform, String category, String urgency, String state,
                            long version, Instant createdAt, boolean safe, List<String> violationLabels) {
        static QueueItem of(DraftRecord d) {
            return new QueueItem(d.draftId(), d.platform().label(), d.triage().category().label(), d.urgency().label(),
                    d.state().name(), d.version(), d.createdAt(), d.draft().safe(), d.draft().violationLabels());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Draft(String draftId, String practiceId, String state, long version, String urgency,
                        Instant createdAt, Instant updatedAt, Comment comment, Triage triage, Text draft,
                        Guard guard, List<Revision> history, String lastEditor, DecisionJson decision) {
        static Draft of(DraftView view) {
            DraftRecord d = view.draft();
            return new Draft(d.draftId(), d.practiceId(), d.state().name(), d.version(), d.urgency().label(),
                    d.createdAt(), d.updatedAt(), Comment.of(d.comment(), d.state()), Triage.of(d.triage()), Text.of(d.draft()),
                    Guard.of(view.guard()), d.history().stream().map(Revision::of).toList(), d.lastEditor(),
                    DecisionJson.of(d.decision()));
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
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Comment(String platform, String link, String text, Instant postedAt, Boolean removed) {
        static Comment of(StoredComment c, DraftState state) {
            if (state == DraftState.RETRACTED) {
                return new Comment(c.platform().label(), c.permalink(), null, c.postedAt(), true);
            }
            return new Comment(c.platform().label(), c.permalink(), BrokenText.renderable(c.text()), c.postedAt(), null);
        }
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

    /** The guard's fresh verdict on the current text, with spans. */
    public record Guard(boolean safe, List<ErrorBody.ViolationJson> violations, Double completeness) {
        static Guard of(GuardResult g) {
            return new Guard(g.safe(), g.violations().stream().map(ErrorBody.ViolationJson::of).toList(),
                    g.completeness() == null ? null : g.completeness().score());
        }
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

    public record AuditTrail(String draftId, List<AuditItem> items) {
        static AuditTrail of(String draftId, List<AuditEntry> entries) {
            return new AuditTrail(draftId, entries.stream().map(AuditItem::of).toList());
        }
    }

    /** An audit item: who, when, what, at which version, and the SHA-256 of the text (never the text). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AuditItem(Instant at, String actor, String action, long draftVersion, String textHash,
                            String detail) {
        static AuditItem of(AuditEntry e) {
            return new AuditItem(e.at(), e.actor(), e.action().label(), e.draftVersion(), e.textHash(), e.detail());
        }
    }
}
