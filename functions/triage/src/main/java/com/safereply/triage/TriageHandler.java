package com.safereply.triage;

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
 * The table's stream in (filtered by the template to comments awaiting triage), one pending draft per comment out:
 * converts the Lambda event's records and hands them to {@link CommentStreamProcessor}, which the local run's poller
 * uses too.
 *
 * <p>Partial batch response (ReportBatchItemFailures): a record that failed is reported by its sequence number and
 * the others count as done. Lambda restarts the shard from the lowest reported record, so later records come again
 * too; triage's conditional write makes that harmless. After the template's retries (bisecting the batch) the failed
 * batch's metadata goes to the SQS dead-letter queue, and the comment shows up in the stuck-comment metric.
 */
@Startup   // build the clients and load the engine at init (before SnapStart's snapshot), not in the first event
@Singleton
@Named("triage")
public class TriageHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {

    private final CommentStreamProcessor processor;

    public TriageHandler(CommentStreamProcessor processor) {
        this.processor = processor;
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        CommentStreamProcessor.BatchResult result = processor.process(LambdaStreamRecords.of(event));
        return new StreamsEventResponse(result.failedSequenceNumbers().stream().map(BatchItemFailure::new).toList());
    }
}
