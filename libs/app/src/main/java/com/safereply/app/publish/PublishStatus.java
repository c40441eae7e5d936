package com.safereply.app.publish;

import java.time.Instant;

/**
 * What publishing has done with a draft, for approvers: the platform's reply id and time once published, the reason
 * when it failed, when the comment was hidden, how many attempts were made, and, when the platform's moderation
 * rejected the published reply afterwards (Google), {@code moderation = REJECTED} and when that was found. Each field
 * is null until it applies.
 */
public record PublishStatus(String platformReplyId, Instant publishedAt, String failure, Instant hiddenAt,
                            long attempts, String moderation, Instant moderationAt) {

    /** A status without any moderation finding. */
    public PublishStatus(String platformReplyId, Instant publishedAt, String failure, Instant hiddenAt, long attempts) {
        this(platformReplyId, publishedAt, failure, hiddenAt, attempts, null, null);
    }
}
