package com.safereply.store.stream;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;

import java.util.List;
import java.util.Map;

/** The records of a Lambda DynamoDB stream event as {@link ChangeRecord}s, images in the SDK's own types. */
public final class LambdaStreamRecords {

    private LambdaStreamRecords() {
    }

    public static List<ChangeRecord> of(DynamodbEvent event) {
        List<DynamodbStreamRecord> records = event == null || event.getRecords() == null ? List.of() : event.getRecords();
        return records.stream().map(LambdaStreamRecords::changeRecord).toList();
    }

    private static ChangeRecord changeRecord(DynamodbStreamRecord record) {
        var data = record.getDynamodb();
        return new ChangeRecord(record.getEventID(), data == null ? null : data.getSequenceNumber(),
                record.getEventName(), data == null ? null : sdk(data.getOldImage()),
                data == null ? null : sdk(data.getNewImage()));
    }

    private static Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> sdk(
            Map<String, AttributeValue> image) {
        return image == null ? null : StreamImages.toSdk(image);
    }
}
