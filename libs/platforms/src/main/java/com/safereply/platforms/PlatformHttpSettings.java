package com.safereply.platforms;

import java.time.Duration;

/**
 * Timeouts for platform calls. The request timeout must stay well inside the publish function's own timeout, so that an
 * ambiguous call is always followed by a read-back in the same invocation rather than by a killed container.
 */
public record PlatformHttpSettings(Duration connectTimeout, Duration requestTimeout) {
    public static PlatformHttpSettings defaults() {
        return new PlatformHttpSettings(Duration.ofSeconds(3), Duration.ofSeconds(10));
    }
}
