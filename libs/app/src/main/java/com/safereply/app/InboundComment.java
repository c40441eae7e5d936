package com.safereply.app;

import com.safereply.core.model.StarRating;

import java.time.Instant;

/**
 * A platform-neutral comment event, as parsed from a verified webhook delivery. {@code text}, {@code authorName} and
 * {@code authorHandle} are sensitive (may be PHI): store them for approvers, never log them.
 *
 * @param channelId    the practice's page or account id on the platform (Meta entry id, X for_user_id)
 * @param commentId    the platform's id of the comment (Meta comment_id, IG comment id, tweet id_str)
 * @param deliveryKey  what makes a delivery unique for de-duplication (e.g. comment id + verb + edit time)
 * @param text         the comment text; may be empty (sticker or photo comments) and absent for REMOVE
 * @param permalink    a link to the comment on the platform, when the payload has one
 * @param createdAt    when the platform says the comment was made, or null when the payload lacks it
 * @param replyAllowed whether the platform lets the practice reply to it: X (since February 2026) only allows replies
 *                     to posts that mention or quote the account, so a reply to the practice's post that does neither
 *                     is ingested for the approvers but can never be answered publicly
 * @param rating       the reviewer's star rating (Google reviews), a triage signal; null where the platform has none
 */
public record InboundComment(
        Platform platform,
        String channelId,
        String commentId,
        CommentVerb verb,
        String deliveryKey,
        String text,
        String authorId,
        String authorName,
        String authorHandle,
        String parentId,
        String permalink,
        Instant createdAt,
        boolean replyAllowed,
        StarRating rating) {

    /** A comment without a star rating (every platform but Google). */
    public InboundComment(Platform platform, String channelId, String commentId, CommentVerb verb, String deliveryKey,
                          String text, String authorId, String authorName, String authorHandle, String parentId,
                          String permalink, Instant createdAt, boolean replyAllowed) {
        this(platform, channelId, commentId, verb, deliveryKey, text, authorId, authorName, authorHandle, parentId,
                permalink, createdAt, replyAllowed, null);
    }

    /** A comment the practice may reply to (every Meta comment; X posts that mention or quote the account). */
    public InboundComment(Platform platform, String channelId, String commentId, CommentVerb verb, String deliveryKey,
                          String text, String authorId, String authorName, String authorHandle, String parentId,
                          String permalink, Instant createdAt) {
        this(platform, channelId, commentId, verb, deliveryKey, text, authorId, authorName, authorHandle, parentId,
                permalink, createdAt, true);
    }

    /** Leaves out the text and the author's name and handle (possible PHI), so logging an event cannot leak them. */
    @Override
    public String toString() {
        return "InboundComment[" + platform + " " + verb + " channel=" + channelId + " comment=" + commentId + "]";
    }
}
