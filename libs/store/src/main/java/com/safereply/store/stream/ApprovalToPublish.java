package com.safereply.store.stream;

import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftState;
import com.safereply.app.publish.PublishJob;
import com.safereply.app.publish.ReplyTarget;
import com.safereply.store.DraftItems;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A stream record read as work for the publish stage: a draft that has just entered APPROVED (from pending approval,
 * or from PUBLISH_FAILED when an approver retried). Every later publish transition is also a change of the draft, but
 * none of them enters APPROVED, so the publish stage never reacts to its own writes.
 */
public final class ApprovalToPublish {

    private ApprovalToPublish() {
    }

    public static Optional<PublishJob> job(ChangeRecord record) {
        return DraftChange.of(record)
                .filter(change -> change.after().state() == DraftState.APPROVED)
                .filter(change -> change.before() == null || change.before().state() != DraftState.APPROVED)
                .map(change -> job(change.after(), hideRequested(record)));
    }

    private static PublishJob job(DraftRecord draft, boolean hide) {
        ReplyTarget target = new ReplyTarget(draft.platform(), draft.comment().channelId(), draft.comment().commentId());
        return new PublishJob(draft.practiceId(), draft.draftId(), target, draft.draft().text(), hide,
                draft.comment().replyAllowed());
    }

    private static boolean hideRequested(ChangeRecord record) {
        AttributeValue hide = record.newImage().get(DraftItems.HIDE_REQUESTED);
        return hide != null && Boolean.TRUE.equals(hide.bool());
    }
}
