package com.safereply.publish;

import com.safereply.app.publish.PublishStatusReader;
import com.safereply.aws.priming.SnapStartPriming;
import com.safereply.store.DynamoDbPublishLedger;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.RecordedCalls;
import com.safereply.store.testing.RecordingCracContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Publish's priming step against DynamoDB Local (when the hook registers, and that a failing step never fails the
 * snapshot, is tested once with {@link SnapStartPriming}).
 */
class PublishPrimingTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();

    private final List<String> ledgerCalls = new ArrayList<>();
    private final RecordingCracContext context = new RecordingCracContext();

    @Test
    void theCheckpointReadsTheLedgerOnceWithoutWriting() throws Exception {
        PublishStatusReader ledger = RecordedCalls.recording(PublishStatusReader.class,
                new DynamoDbPublishLedger(dynamo.client(), dynamo.tableName()), ledgerCalls);
        SnapStartPriming priming = SnapStartPriming.forSnapshots(PublishPriming.steps(ledger),
                Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start"), context);
        assertEquals(List.of(priming), context.registered());

        priming.beforeCheckpoint(context);

        assertEquals(List.of("statusOf"), ledgerCalls, "one read, no claim taken");
        assertEquals(0, dynamo.client().scan(b -> b.tableName(dynamo.tableName())).count(), "the table is untouched");
    }
}
