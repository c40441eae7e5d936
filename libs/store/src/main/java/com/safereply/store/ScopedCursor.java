package com.safereply.store;

import com.safereply.app.draft.InvalidCursorException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The envelope every paged read's cursor shares: a format version, the scope it was issued for (a queue partition, a
 * draft) and the last position served, base64url-encoded. Opening checks all three, so a mangled cursor, one of another
 * format or one of another scope is refused before anything reaches DynamoDB as a start key.
 */
final class ScopedCursor {

    private ScopedCursor() {
    }

    static String encode(String version, String scope, String position) {
        String raw = version + "|" + scope + "|" + position;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param scopeName what the scope is, for the refusal ("queue", "draft")
     * @return the position, matched against {@code position}
     */
    static Matcher open(String cursor, String version, String scope, String scopeName, Pattern position) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("not base64url");
        }
        String[] parts = raw.split("\\|", -1);
        if (parts.length != 3 || !version.equals(parts[0])) {
            throw new InvalidCursorException("unknown format");
        }
        if (!parts[1].equals(scope)) {
            throw new InvalidCursorException("issued for another " + scopeName);
        }
        Matcher m = position.matcher(parts[2]);
        if (!m.matches()) {
            throw new InvalidCursorException("malformed position");
        }
        return m;
    }
}
