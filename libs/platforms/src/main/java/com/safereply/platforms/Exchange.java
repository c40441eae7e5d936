package com.safereply.platforms;

import com.fasterxml.jackson.databind.JsonNode;
import com.safereply.app.publish.PlatformOutcome;

/** One HTTP exchange with a platform: either it answered (any status), or no answer came back. */
public sealed interface Exchange {

    /** The platform answered; {@code body} is its JSON, or a missing node when the body was not JSON. */
    record Answered(int status, JsonNode body) implements Exchange {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /**
     * No answer. {@code outcome} says what that proves about a write: {@link PlatformOutcome.NothingWritten} when the
     * request never left (connection refused, name not resolved, connect timeout), {@link PlatformOutcome.Unknown}
     * when it may have been received (read timeout, reset).
     */
    record NoAnswer(PlatformOutcome outcome) implements Exchange {}
}
