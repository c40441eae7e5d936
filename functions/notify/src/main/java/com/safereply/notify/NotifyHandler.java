package com.safereply.notify;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import com.safereply.store.stream.LambdaStreamRecords;
import io.quarkus.runtime.Startup;
import jakarta.inject.Named;
import jakarta.inject.Singleton;


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
        DraftStreamProcessor.BatchResult result = processor.process(LambdaStreamRecords.of(event));
        return new StreamsEventResponse(result.failedSequenceNumbers().stream().map(BatchItemFailure::new).toList());
    }
}
