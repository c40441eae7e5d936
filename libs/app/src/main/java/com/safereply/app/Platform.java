package com.safereply.app;

import java.util.Locale;

/** Where a comment was posted. */
public enum Platform {
    FACEBOOK,
    INSTAGRAM,
    X;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
