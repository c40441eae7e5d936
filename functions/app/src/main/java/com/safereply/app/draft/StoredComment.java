package com.safereply.app.draft;

import com.safereply.app.InboundComment;
import com.safereply.app.Platform;

import java.time.Instant;
import java.util.Objects;

/**
 * The comment a draft answers, as stored for approvers. {@code text}, {@code authorName} and {@code authorHandle} may
 * be PHI: {@link #toString()} leaves them out so a stray log line cannot leak them.
 *
 * @param postedAt when the platform says the comment was made, or null when the payload lacked it
 */
public record StoredComment(
        Platform platform,
        String channelId,
        String commentId,
        String text,
        String authorId,
        String authorName,
        String authorHandle,
        String parentId,
        String permalink,
        Instant postedAt) {

    public StoredComment {
        Objects.requireNonNull(platform, "platform");
        requireId(channelId, "channelId");
        requireId(commentId, "commentId");
        text = text == null ? "" : text;
    }

    public static StoredComment from(InboundComment inbound) {
        return new StoredComment(inbound.platform(), inbound.channelId(), inbound.commentId(), inbound.text(),
                inbound.authorId(), inbound.authorName(), inbound.authorHandle(), inbound.parentId(),
                inbound.permalink(), inbound.createdAt());
    }

    /** The same comment with the text of an edit (the platform's edit event carries the new text). */
    public StoredComment withEdit(InboundComment edit) {
        return new StoredComment(platform, channelId, commentId, edit.text(),
                authorId != null ? authorId : edit.authorId(),
                edit.authorName() != null ? edit.authorName() : authorName,
                edit.authorHandle() != null ? edit.authorHandle() : authorHandle,
                parentId, edit.permalink() != null ? edit.permalink() : permalink, postedAt);
    }

    private static void requireId(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    @Override
    public String toString() {
        return "StoredComment[" + platform.label() + " channel=" + channelId + " comment=" + commentId + "]";
    }
}
