package com.safereply.store;

/**
 * The {@code type} attribute on every item. Stream consumers filter on it (the notify function wants
 * {@code type = DRAFT} only), and it makes a raw table dump readable.
 */
public enum ItemType {
    PRACTICE,
    CHANNEL,
    COMMENT,
    DRAFT,
    DEDUP,
    AUDIT,
    NOTIFIED;

    public static final String ATTRIBUTE = "type";
}
