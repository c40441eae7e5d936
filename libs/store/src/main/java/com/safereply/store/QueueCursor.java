package com.safereply.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

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
        return ScopedCursor.encode(VERSION, partition, queueSk);
    }

    /** The exclusive start key for GSI1: the index keys plus the table keys of the item the cursor points at. */
    static Map<String, AttributeValue> decode(String cursor, String partition) {
        Matcher m = ScopedCursor.open(cursor, VERSION, partition, "queue", POSITION);
        return Map.of(
                TableDefinition.GSI1_PK, AttributeValue.fromS(partition),
                TableDefinition.GSI1_SK, AttributeValue.fromS(m.group()),
                TableDefinition.PK, AttributeValue.fromS(Keys.draftPk(m.group(2))),
                TableDefinition.SK, AttributeValue.fromS(Keys.DRAFT_SK));
    }
}
