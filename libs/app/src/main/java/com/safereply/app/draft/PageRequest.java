package com.safereply.app.draft;

/**
 * @param limit  1..{@link #MAX_LIMIT} items
 * @param cursor the opaque {@link Page#nextCursor()} of the previous page, or null for the first page
 */
public record PageRequest(int limit, String cursor) {
    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
        cursor = cursor == null || cursor.isEmpty() ? null : cursor;
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }
}
