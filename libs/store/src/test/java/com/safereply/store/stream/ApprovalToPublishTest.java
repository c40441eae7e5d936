package com.safereply.store.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.safereply.app.Platform;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.StoredComment;
import com.safereply.app.publish.PublishJob;
import com.safereply.store.DraftItems;
import com.safereply.store.testing.TestDrafts;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Approvals read off the stream as publish work, with what the platform allows carried through the item. */
class ApprovalToPublishTest {
    private static final Instant T0 = Instant.parse("2026-12-03T09:00:00Z");

    @Test
    void aCommentThePlatformForbidsAnsweringStaysSoThroughTheItemIntoThePublishJob() {
        DraftRecord pending = TestDrafts.pending("p-x", "tweet-1", T0);
        StoredComment c = pending.comment();
        StoredComment unanswerable = new StoredComment(Platform.X, c.channelId(), c.commentId(), c.text(),
                c.authorId(), c.authorName(), c.authorHandle(), c.parentId(), c.permalink(), c.postedAt(), false);
        DraftRecord xPending = new DraftRecord(pending.draftId(), pending.practiceId(), unanswerable, pending.triage(),
                pending.urgency(), pending.draft(), pending.state(), pending.version(), pending.createdAt(),
                pending.updatedAt(), null, null, pending.history());

        assertFalse(DraftItems.fromItem(DraftItems.toItem(xPending)).comment().replyAllowed());
        PublishJob job = ApprovalToPublish.job(approval(xPending)).orElseThrow();
        assertFalse(job.replyAllowed());
        assertEquals(Platform.X, job.target().platform());

        assertTrue(ApprovalToPublish.job(approval(pending)).orElseThrow().replyAllowed(), "answerable by default");
        assertFalse(DraftItems.toItem(pending).containsKey("replyNotAllowed"), "written only when true");
    }

    private static ChangeRecord approval(DraftRecord pending) {
        DraftRecord approved = pending.approved("approver-1", T0.plusSeconds(60));
        return new ChangeRecord("e1", "1", "MODIFY", DraftItems.toItem(pending), DraftItems.toItem(approved));
    }
}
