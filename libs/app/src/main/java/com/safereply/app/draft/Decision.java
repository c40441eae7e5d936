package com.safereply.app.draft;

import java.time.Instant;
import java.util.Objects;

/** Who closed a draft, when, and why (the reason is required for rejections, optional otherwise). */
public record Decision(String by, Instant at, String reason) {
    public Decision {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
