package com.safereply.store;

import com.safereply.app.draft.InvalidCursorException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The opaque audit-trail cursor: the sort key of the last audit item served, bound to the draft it was issued for,
 * base64url-encoded. Decoding validates everything, so a mangled cursor or one of another draft is refused instead of
 * being handed to DynamoDB as a start key.
 */
final class AuditCursor {

    private static final String VERSION = "a1";
    private static final Pattern POSITION = Pattern.compile(
            Pattern.quote(Keys.AUDIT_PREFIX) + "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z#[A-Za-z0-9-]{1,64}");

    private AuditCursor() {
    }

    static String encode(String draftId, String auditSk) {
        String raw = VERSION + "|" + draftId + "|" + auditSk;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The exclusive start key: the table keys of the audit item the cursor points at. */
    static Map<String, AttributeValue> decode(String cursor, String draftId) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("not base64url");
        }
        String[] parts = raw.split("\\|", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new InvalidCursorException("unknown format");
        }
        if (!parts[1].equals(draftId)) {
            throw new InvalidCursorException("issued for another draft");
        }
        if (!POSITION.matcher(parts[2]).matches()) {
            throw new InvalidCursorException("malformed position");
        }
        return DynamoDbDraftStore.key(Keys.draftPk(draftId), parts[2]);
    }
}
