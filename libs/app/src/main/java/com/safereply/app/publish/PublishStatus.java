package com.safereply.app.publish;

import java.time.Instant;

/**
 * What publishing has done with a draft, for approvers: the platform's reply id and time once published, the reason
 * when it failed, when the comment was hidden, and how many attempts were made. Each field is null until it applies.
 */
public record PublishStatus(String platformReplyId, Instant publishedAt, String failure, Instant hiddenAt,
                            long attempts) {
}
