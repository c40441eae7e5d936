package com.safereply.triage;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Stream events as Lambda delivers them to the triage function (keys and the attributes its filter reads). */
final class StreamEvents {

    private StreamEvents() {
    }

    static String sequenceNumber(int index) {
        return String.format("%021d", 1000 + index);
    }

    /** One INSERT record per draft id: a comment awaiting triage. */
    static DynamodbEvent received(List<String> draftIds) {
        List<DynamodbStreamRecord> records = new ArrayList<>();
        for (int i = 0; i < draftIds.size(); i++) {
            records.add(record(i, Map.of(
                    "PK", s("DRAFT#" + draftIds.get(i)), "SK", s("INBOUND"), "type", s("INBOUND"),
                    "status", s("RECEIVED"), "draftId", s(draftIds.get(i)))));
        }
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(records);
        return event;
    }

    /** A draft item's record: not the triage function's business (its filter would drop it). */
    static DynamodbEvent otherItem() {
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(List.of(record(0, Map.of("PK", s("DRAFT#x"), "SK", s("DRAFT"), "type", s("DRAFT"),
                "draftId", s("x")))));
        return event;
    }

    private static DynamodbStreamRecord record(int index, Map<String, AttributeValue> image) {
        StreamRecord data = new StreamRecord();
        data.setSequenceNumber(sequenceNumber(index));
        data.setNewImage(image);
        data.setKeys(Map.of("PK", image.get("PK"), "SK", image.get("SK")));
        DynamodbStreamRecord record = new DynamodbStreamRecord();
        record.setEventID("event-" + index);
        record.setEventName("INSERT");
        record.setDynamodb(data);
        return record;
    }

    private static AttributeValue s(String value) {
        return new AttributeValue().withS(value);
    }
}
