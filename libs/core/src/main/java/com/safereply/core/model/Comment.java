package com.safereply.core.model;

/**
 * An inbound comment as the core sees it: an id (used to pick a phrasing deterministically), the text, and the
 * reviewer's star rating when the platform has one (Google reviews), else null. The text is PHI-bearing: never log it.
 */
public record Comment(String id, String text, StarRating rating) {
    public Comment {
        id = id == null ? "" : id;
        text = text == null ? "" : text;
    }

    /** A comment without a rating (Facebook, Instagram, X). */
    public Comment(String id, String text) {
        this(id, text, null);
    }
}
