package com.safereply.core.model;

/**
 * An inbound comment as the core sees it: an id (used to pick a phrasing deterministically)
 * and the text. The text is PHI-bearing: never log it.
 */
public record Comment(String id, String text) {
    public Comment {
        id = id == null ? "" : id;
        text = text == null ? "" : text;
    }
}
