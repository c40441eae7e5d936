package com.safereply.app.publish;

import java.util.Objects;

/** A practice's access token for one platform. Never printed: {@link #toString()} hides the value. */
public record PlatformToken(String value) {
    public PlatformToken {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("token must not be blank");
        }
    }

    @Override
    public String toString() {
        return "PlatformToken[redacted]";
    }
}
