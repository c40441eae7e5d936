package com.safereply.review.wiring;

import com.safereply.core.model.Verdict;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.safereply.app.draft.DraftStore;
import com.safereply.core.TriageEngine;
import com.safereply.core.guard.SafetyGuard;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.store.DynamoDbStores;
import com.safereply.store.StoreConfig;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.DynamoDbLocalServer;
import com.safereply.store.testing.RecordedCalls;
import com.safereply.store.testing.RecordingCracContext;

/** The review API's SnapStart priming hook against DynamoDB Local: registered only for snapshots, read-only, never fatal. */
class SnapStartPrimingTest {

    private static final Map<String, String> SNAP_START_INIT = Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start");

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();

    private final SafetyGuard guard = new TriageEngine().guard();
    private final List<String> storeCalls = new ArrayList<>();
    private final RecordingCracContext context = new RecordingCracContext();

    @Test
    void aSnapshotInitRegistersTheHookAndTheCheckpointReadsADraftAndTheQueueWithoutWriting() throws Exception {
        SnapStartPriming priming = new SnapStartPriming(recorded(dynamo.stores(Clock.systemUTC()).drafts()), guard,
                SNAP_START_INIT, context);
        assertEquals(List.of(priming), context.registered());

        priming.beforeCheckpoint(context);
        priming.afterRestore(context);

        assertEquals(List.of("findById", "pending"), storeCalls, "two reads; no audit item appended, nothing written");
        assertEquals(0, dynamo.client().scan(b -> b.tableName(dynamo.tableName())).count(), "the table is untouched");
    }

    @Test
    void anOnDemandContainerNeverRegistersIt() {
        DraftStore drafts = dynamo.stores(Clock.systemUTC()).drafts();
        new SnapStartPriming(drafts, guard, Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand"), context);
        new SnapStartPriming(drafts, guard, Map.of(), context);

        assertTrue(context.registered().isEmpty());
    }

    @Test
    void anUnreachableStoreDoesNotFailTheSnapshotNorSkipTheOtherSteps() {
        DynamoDbStores down = DynamoDbStores.create(StoreConfig.local("drafts", DynamoDbLocalServer.unreachableEndpoint()));
        SnapStartPriming priming = new SnapStartPriming(recorded(down.drafts()), guard, SNAP_START_INIT, context);

        assertDoesNotThrow(() -> priming.beforeCheckpoint(context));
        assertEquals(List.of("findById", "pending"), storeCalls, "the queue read still ran after the draft read failed");
    }

    /**
     * The priming reply is free text on purpose: an approver's edit is free text, and free text runs every rule (a
     * vetted template sentence would skip them). It must break none, so the priming exercises the whole path an
     * accepted edit takes, ending in {@code review}.
     */
    @Test
    void thePrimingReplyRunsEveryRuleAndBreaksNone() {
        assertEquals(Verdict.REVIEW, guard.check(SnapStartPriming.PRIMING_REPLY, SnapStartPriming.PRIMING_COMMENT,
                PracticeProfile.demo()).verdict());
    }

    /** The real adapter, each call's method name noted in {@link #storeCalls}. */
    private DraftStore recorded(DraftStore real) {
        return RecordedCalls.recording(DraftStore.class, real, storeCalls);
    }
}
