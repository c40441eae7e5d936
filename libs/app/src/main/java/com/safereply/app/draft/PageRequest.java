package com.safereply.app.draft;

/**
 * @param limit  1..{@link #LARGEST_LIMIT} items; each listing enforces its own maximum at its edge (drafts
 *               {@link #MAX_LIMIT}, the audit trail 200), this bound only keeps a page's cost sane
 * @param cursor the opaque {@link Page#nextCursor()} of the previous page, or null for the first page
 */
public record PageRequest(int limit, String cursor) {
    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;
    /** The largest page any listing allows (the audit trail's). */
    public static final int LARGEST_LIMIT = 200;

    public PageRequest {
        if (limit < 1 || limit > LARGEST_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + LARGEST_LIMIT);
        }
        cursor = cursor == null || cursor.isEmpty() ? null : cursor;
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }
}
