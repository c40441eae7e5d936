package com.safereply.notify;

import com.safereply.app.draft.DraftStore;
import com.safereply.aws.priming.SnapStartPriming;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.RecordedCalls;
import com.safereply.store.testing.RecordingCracContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Notify's priming steps against DynamoDB Local (when the hook registers, and that a failing step never fails the
 * snapshot, is tested once with {@link SnapStartPriming}).
 */
class NotifyPrimingTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();

    private final List<String> storeCalls = new ArrayList<>();
    private final RecordingCracContext context = new RecordingCracContext();

    @Test
    void theCheckpointPrimesWithOneReadOnlyCall() throws Exception {
        DraftStore drafts = RecordedCalls.recording(DraftStore.class, dynamo.stores(Clock.systemUTC()).drafts(),
                storeCalls);
        SnapStartPriming priming = SnapStartPriming.forSnapshots(NotifyPriming.steps(drafts),
                Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start"), context);
        assertEquals(List.of(priming), context.registered());

        priming.beforeCheckpoint(context);

        assertEquals(List.of("findById"), storeCalls, "one read, nothing written or marked");
        assertEquals(0, dynamo.client().scan(b -> b.tableName(dynamo.tableName())).count(), "the table is untouched");
    }
}
