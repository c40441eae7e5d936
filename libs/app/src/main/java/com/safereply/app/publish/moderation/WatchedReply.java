package com.safereply.app.publish.moderation;

import com.safereply.app.publish.ReplyTarget;
import java.time.Instant;
import java.util.Objects;

/**
 * A published reply whose moderation is still being watched: ids and times only, never text.
 *
 * @param nextCheckAt when it is due to be read back again
 */
public record WatchedReply(String draftId, String practiceId, ReplyTarget target, Instant publishedAt,
                           Instant nextCheckAt) {
    public WatchedReply {
        Objects.requireNonNull(draftId, "draftId");
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(nextCheckAt, "nextCheckAt");
    }
}
