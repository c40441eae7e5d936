package com.safereply.app.publish;

import com.safereply.app.Platform;
import java.time.Instant;
import java.util.Optional;

/**
 * Practices whose publishing is stopped. A platform that blocks a practice's post for policy reasons (Graph code 368)
 * is telling us something about what the practice posts, so nothing more goes out for that practice, on any platform,
 * until a person has looked and resumed it. Pausing is idempotent: a second block while paused keeps the first.
 */
public interface PublishingPauses {

    Optional<PublishingPause> pauseOf(String practiceId);

    /** Pauses the practice unless it is paused already. */
    void pause(String practiceId, Platform platform, Instant at);

    /**
     * Lifts the pause, recording who did it.
     *
     * @return the pause lifted, or empty when the practice was not paused
     */
    Optional<PublishingPause> resume(String practiceId, String by, Instant at);
}
