package com.safereply.app;

import java.util.Locale;

/** Where a comment was posted. */
public enum Platform {
    FACEBOOK,
    INSTAGRAM,
    X,
    /** Google Business Profile reviews: the "comment" is a review, the "channel" a location. */
    GOOGLE;

    /**
     * Google moderates a business's replies after accepting them, and can reject one hours later: such replies are
     * watched after publishing ({@code ModerationCheck}).
     */
    public boolean moderatesRepliesAfterPosting() {
        return this == GOOGLE;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
