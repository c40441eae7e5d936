package com.safereply.notify;

import com.safereply.app.draft.DraftStore;
import com.safereply.store.DynamoDbStores;
import com.safereply.store.StoreConfig;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.DynamoDbLocalServer;
import com.safereply.store.testing.RecordedCalls;
import com.safereply.store.testing.RecordingCracContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SnapStart priming hook against DynamoDB Local: registered only for snapshots, read-only, never fatal. */
class SnapStartPrimingTest {

    private static final Map<String, String> SNAP_START_INIT = Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start");

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();

    private final List<String> storeCalls = new ArrayList<>();
    private final RecordingCracContext context = new RecordingCracContext();

    @Test
    void aSnapshotInitRegistersTheHookAndTheCheckpointPrimesWithOneReadOnlyCall() throws Exception {
        SnapStartPriming priming = new SnapStartPriming(recorded(dynamo.stores(Clock.systemUTC()).drafts()),
                SNAP_START_INIT, context);
        assertEquals(List.of(priming), context.registered());

        priming.beforeCheckpoint(context);
        priming.afterRestore(context);

        assertEquals(List.of("findById"), storeCalls, "one read, nothing written or marked");
        assertEquals(0, dynamo.client().scan(b -> b.tableName(dynamo.tableName())).count(), "the table is untouched");
    }

    @Test
    void anOnDemandContainerNeverRegistersIt() {
        new SnapStartPriming(recorded(dynamo.stores(Clock.systemUTC()).drafts()),
                Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand"), context);
        new SnapStartPriming(recorded(dynamo.stores(Clock.systemUTC()).drafts()), Map.of(), context);

        assertTrue(context.registered().isEmpty());
    }

    @Test
    void anUnreachableStoreDoesNotFailTheSnapshot() {
        DynamoDbStores down = DynamoDbStores.create(StoreConfig.local("drafts", DynamoDbLocalServer.unreachableEndpoint()));
        SnapStartPriming priming = new SnapStartPriming(recorded(down.drafts()), SNAP_START_INIT, context);

        assertDoesNotThrow(() -> priming.beforeCheckpoint(context));
        assertEquals(List.of("findById"), storeCalls);
    }

    /** The real adapter, each call's method name noted in {@link #storeCalls}. */
    private DraftStore recorded(DraftStore real) {
        return RecordedCalls.recording(DraftStore.class, real, storeCalls);
    }
}
