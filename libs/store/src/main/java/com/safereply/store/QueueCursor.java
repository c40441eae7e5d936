package com.safereply.store;

import com.safereply.app.draft.InvalidCursorException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opaque queue cursor: the position (queue sort key) of the last item served, bound to the GSI1 partition it was
 * issued for (one practice's drafts in one state), base64url-encoded. Decoding validates everything, so a forged or foreign cursor is refused instead of being
 * handed to DynamoDB as a start key.
 */
final class QueueCursor {

    private static final String VERSION = "q2";
    private static final Pattern POSITION = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z)#([A-Za-z0-9_-]{1,64})");

    private QueueCursor() {
    }

    static String encode(String partition, String queueSk) {
        String raw = VERSION + "|" + partition + "|" + queueSk;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The exclusive start key for GSI1: the index keys plus the table keys of the item the cursor points at. */
    static Map<String, AttributeValue> decode(String cursor, String partition) {
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
        if (!parts[1].equals(partition)) {
            throw new InvalidCursorException("issued for another queue");
        }
        Matcher m = POSITION.matcher(parts[2]);
        if (!m.matches()) {
            throw new InvalidCursorException("malformed position");
        }
        return Map.of(
                TableDefinition.GSI1_PK, AttributeValue.fromS(partition),
                TableDefinition.GSI1_SK, AttributeValue.fromS(parts[2]),
                TableDefinition.PK, AttributeValue.fromS(Keys.draftPk(m.group(2))),
                TableDefinition.SK, AttributeValue.fromS(Keys.DRAFT_SK));
    }
}
