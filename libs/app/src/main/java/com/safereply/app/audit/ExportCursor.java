package com.safereply.app.audit;

import com.safereply.app.draft.InvalidCursorException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where the next page of an export starts: the last sequence number returned, bound to the practice and range it was
 * issued for (a cursor of another practice or range is refused, never reinterpreted). Opaque to clients; it holds no
 * secret, and every page is authorised again anyway.
 */
record ExportCursor(String practiceId, AuditRange range, long afterSequence) {
    private static final String VERSION = "a1";

    String encode() {
        String plain = String.join("\n", VERSION, practiceId, range.from().toString(), range.to().toString(),
                Long.toString(afterSequence));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor and checks it belongs to this practice and range. */
    static ExportCursor decode(String cursor, String practiceId, AuditRange range) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("not an export cursor");
        }
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            throw new InvalidCursorException("not an export cursor");
        }
        if (!parts[1].equals(practiceId)) {
            throw new InvalidCursorException("issued for another practice");
        }
        try {
            if (!Instant.parse(parts[2]).equals(range.from()) || !Instant.parse(parts[3]).equals(range.to())) {
                throw new InvalidCursorException("issued for another time range");
            }
            long after = Long.parseLong(parts[4]);
            if (after < 0) {
                throw new InvalidCursorException("not an export cursor");
            }
            return new ExportCursor(practiceId, range, after);
        } catch (java.time.format.DateTimeParseException | NumberFormatException e) {
            throw new InvalidCursorException("not an export cursor");
        }
    }
}
