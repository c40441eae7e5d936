package com.safereply.app;

import java.util.Locale;

/** Where a comment was posted. */
public enum Platform {
    FACEBOOK,
    INSTAGRAM,
    X,
    /** Google Business Profile reviews: the "comment" is a review, the "channel" a location. */
    GOOGLE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
