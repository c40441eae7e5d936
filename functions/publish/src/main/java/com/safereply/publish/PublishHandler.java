package com.safereply.publish;

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
 * The table's stream in (filtered by the template to drafts entering APPROVED), each approved reply put on its
 * platform exactly once by {@link ApprovalStreamProcessor}, which the local run's poller uses too.
 *
 * <p>Partial batch response: a record whose publish is not settled yet (lease held elsewhere, platform throttling, an
 * unreadable read-back) is reported and comes again; the ledger's lease and read-back make the repeat harmless. After
 * the template's retries the batch's metadata goes to the dead-letter queue, and the draft stays PUBLISHING, which
 * the approvers' queue shows.
 */
@Startup
@Singleton
@Named("publish")
public class PublishHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {

    private final ApprovalStreamProcessor processor;

    public PublishHandler(ApprovalStreamProcessor processor) {
        this.processor = processor;
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        ApprovalStreamProcessor.BatchResult result = processor.process(LambdaStreamRecords.of(event));
        return new StreamsEventResponse(result.failedSequenceNumbers().stream().map(BatchItemFailure::new).toList());
    }
}
