package com.safereply.app.publish;

import com.safereply.app.Platform;
import java.time.Instant;
import java.util.Objects;

/**
 * Publishing is stopped for a practice because a platform blocked a post for policy reasons (Graph code 368).
 *
 * @param platform the platform whose block started the pause
 * @param since    when publishing was paused
 */
public record PublishingPause(String practiceId, Platform platform, Instant since) {

    public PublishingPause {
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(since, "since");
    }
}
