package com.safereply.app.draft;

import com.safereply.app.InboundComment;
import com.safereply.app.Platform;
import com.safereply.core.model.StarRating;
import com.safereply.core.text.Texts;

import java.time.Instant;
import java.util.Objects;

/**
 * The comment a draft answers, as stored for approvers. {@code text}, {@code authorName} and {@code authorHandle} may
 * be PHI: {@link #toString()} leaves them out so a stray log line cannot leak them.
 *
 * @param postedAt     when the platform says the comment was made, or null when the payload lacked it
 * @param replyAllowed false when the platform refuses any reply to it (an X post that neither mentions nor quotes the
 *                     account): the draft says so and publishing attempts nothing
 * @param rating       the reviewer's star rating (Google reviews), or null: triage weighs it, approvers see it
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
        Instant postedAt,
        boolean replyAllowed,
        StarRating rating) {

    public static final int MAX_NAME_CHARS = 200;

    /** A comment without a star rating (every platform but Google). */
    public StoredComment(Platform platform, String channelId, String commentId, String text, String authorId,
                         String authorName, String authorHandle, String parentId, String permalink, Instant postedAt,
                         boolean replyAllowed) {
        this(platform, channelId, commentId, text, authorId, authorName, authorHandle, parentId, permalink, postedAt,
                replyAllowed, null);
    }

    /** A comment the practice may reply to. */
    public StoredComment(Platform platform, String channelId, String commentId, String text, String authorId,
                         String authorName, String authorHandle, String parentId, String permalink, Instant postedAt) {
        this(platform, channelId, commentId, text, authorId, authorName, authorHandle, parentId, permalink, postedAt,
                true);
    }

    public StoredComment {
        Objects.requireNonNull(platform, "platform");
        requireId(channelId, "channelId");
        requireId(commentId, "commentId");
        text = text == null ? "" : text;
    }

    /**
     * The comment as stored: text sanitised and cut at {@link Texts#MAX_ANALYSED_CHARS} and names cut at
     * {@link #MAX_NAME_CHARS}, so no delivery can exceed DynamoDB's 400 KB item limit and be retried forever.
     */
    public static StoredComment from(InboundComment inbound) {
        return new StoredComment(inbound.platform(), inbound.channelId(), inbound.commentId(),
                Texts.sanitize(inbound.text()), inbound.authorId(), name(inbound.authorName()),
                name(inbound.authorHandle()), inbound.parentId(), inbound.permalink(), inbound.createdAt(),
                inbound.replyAllowed(), inbound.rating());
    }

    /**
     * The same comment with the text of an edit (the platform's edit event carries the new text). An updated Google
     * review carries its current rating, which replaces the old one: the reviewer may have changed the stars.
     */
    public StoredComment withEdit(InboundComment edit) {
        return new StoredComment(platform, channelId, commentId, Texts.sanitize(edit.text()),
                authorId != null ? authorId : edit.authorId(),
                edit.authorName() != null ? name(edit.authorName()) : authorName,
                edit.authorHandle() != null ? name(edit.authorHandle()) : authorHandle,
                parentId, edit.permalink() != null ? edit.permalink() : permalink, postedAt, replyAllowed,
                edit.rating() != null ? edit.rating() : rating);
    }

    private static String name(String value) {
        return value == null || value.length() <= MAX_NAME_CHARS ? value : value.substring(0, MAX_NAME_CHARS);
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
