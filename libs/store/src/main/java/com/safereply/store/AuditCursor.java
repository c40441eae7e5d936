package com.safereply.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

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
        return ScopedCursor.encode(VERSION, draftId, auditSk);
    }

    /** The exclusive start key: the table keys of the audit item the cursor points at. */
    static Map<String, AttributeValue> decode(String cursor, String draftId) {
        String auditSk = ScopedCursor.open(cursor, VERSION, draftId, "draft", POSITION).group();
        return DynamoDbDraftStore.key(Keys.draftPk(draftId), auditSk);
    }
}
