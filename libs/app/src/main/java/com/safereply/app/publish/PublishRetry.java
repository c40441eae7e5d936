package com.safereply.app.publish;

import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftState;
import com.safereply.app.draft.DraftStore;
import com.safereply.app.draft.DraftUpdate;
import com.safereply.app.review.Approver;
import com.safereply.app.review.DraftClosedException;
import com.safereply.app.review.ReviewNotFoundException;
import com.safereply.app.draft.VersionConflictException;
import java.time.Clock;

/**
 * The approver's deliberate retry of a failed publish ({@code POST /drafts/{id}/retry-publish}): PUBLISH_FAILED goes
 * back to APPROVED at the version the approver read, audited, and the publish stage takes it from there. Nothing
 * retries a refused publish on its own, because the refusal's reason (a deleted comment, a lapsed token) needs a person.
 */
public final class PublishRetry {
    private final DraftStore drafts;
    private final Clock clock;

    public PublishRetry(DraftStore drafts, Clock clock) {
        this.drafts = drafts;
        this.clock = clock;
    }

    public DraftRecord retry(Approver approver, String draftId, long expectedVersion) {
        DraftRecord draft = drafts.findById(draftId)
                .filter(d -> approver.belongsTo(d.practiceId()))
                .orElseThrow(() -> new ReviewNotFoundException("draft"));
        if (draft.state() != DraftState.PUBLISH_FAILED) {
            throw new DraftClosedException(draftId, draft.state());
        }
        if (draft.version() != expectedVersion) {
            throw new VersionConflictException(draftId, expectedVersion);
        }
        DraftRecord next = draft.publishRetried(approver.sub(), clock.instant());
        return drafts.update(DraftUpdate.of(next).withAudit(
                AuditEntry.of(next, approver.sub(), AuditAction.PUBLISH_RETRIED, next.updatedAt(), null)));
    }
}
