package com.safereply.app.inbox;

import com.safereply.app.draft.StoredComment;

import java.time.Instant;
import java.util.Objects;

/**
 * A comment as the webhook stored it, before and after triage. One per practice and platform comment, keyed by the
 * draft id its draft will have ({@link com.safereply.app.DraftIds}), so the webhook and the triage stage agree on it
 * without a lookup. Immutable: each change returns the next record with {@code revision + 1}, and the store writes it
 * only if the stored revision is still the one it was derived from.
 *
 * @param revision   starts at 1; every edit, removal and triage increments it
 * @param receivedAt when the webhook first stored the comment
 * @param updatedAt  when this revision was written (an edit restarts the stuck-comment clock)
 */
public record ReceivedComment(
        String draftId,
        String practiceId,
        StoredComment comment,
        CommentStatus status,
        long revision,
        Instant receivedAt,
        Instant updatedAt) {

    public ReceivedComment {
        Objects.requireNonNull(draftId, "draftId");
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be >= 1");
        }
    }

    public static ReceivedComment received(String draftId, String practiceId, StoredComment comment, Instant now) {
        return new ReceivedComment(draftId, practiceId, comment, CommentStatus.RECEIVED, 1, now, now);
    }

    /** The commenter edited it: the new text waits for triage again (unless it was removed). */
    public ReceivedComment edited(StoredComment editedComment, Instant now) {
        requireNotRemoved("edit");
        return new ReceivedComment(draftId, practiceId, editedComment, CommentStatus.RECEIVED, revision + 1,
                receivedAt, now);
    }

    public ReceivedComment removed(Instant now) {
        return new ReceivedComment(draftId, practiceId, comment, CommentStatus.REMOVED, revision + 1, receivedAt, now);
    }

    /** The triage stage drafted this revision. */
    public ReceivedComment triaged(Instant now) {
        if (!status.awaitsTriage()) {
            throw new IllegalStateException("comment " + draftId + " is " + status + ", not awaiting triage");
        }
        return new ReceivedComment(draftId, practiceId, comment, CommentStatus.TRIAGED, revision + 1, receivedAt, now);
    }

    /** The revision the store must still hold for this record to be written. */
    public long expectedRevision() {
        return revision - 1;
    }

    private void requireNotRemoved(String attempted) {
        if (status == CommentStatus.REMOVED) {
            throw new IllegalStateException("cannot " + attempted + " removed comment " + draftId);
        }
    }

    /** The comment's own toString leaves out its text and author. */
    @Override
    public String toString() {
        return "ReceivedComment[" + draftId + " " + status + " r" + revision + " " + comment + "]";
    }
}
