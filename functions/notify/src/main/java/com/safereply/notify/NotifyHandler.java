package com.safereply.notify;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import io.quarkus.runtime.Startup;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/**
 * The table's stream in, one approver notification per draft entering the queue out: converts the Lambda event's
 * records and hands them to {@link DraftStreamProcessor} (which the local run's poller uses too).
 *
 * <p>Partial batch response (ReportBatchItemFailures): a record whose notification failed is reported by its
 * sequence number and the others count as done. Lambda restarts the shard from the lowest reported record, so later
 * records come again too; their receipts make that harmless (no second message). After the template's retries
 * (bisecting the batch) the failed batch's metadata goes to the SQS dead-letter queue.
 */
@Startup   // build the clients at init (before SnapStart's snapshot), not in the first event
@Singleton
@Named("notify")
public class NotifyHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {

    private final DraftStreamProcessor processor;

    public NotifyHandler(DraftStreamProcessor processor) {
        this.processor = processor;
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        List<DynamodbStreamRecord> records = event == null || event.getRecords() == null ? List.of() : event.getRecords();
        DraftStreamProcessor.BatchResult result =
                processor.process(records.stream().map(NotifyHandler::changeRecord).toList());
        return new StreamsEventResponse(result.failedSequenceNumbers().stream().map(BatchItemFailure::new).toList());
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
