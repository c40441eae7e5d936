package com.safereply.aws.priming;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crac.Context;
import org.crac.Resource;
import org.junit.jupiter.api.Test;

/** The shared hook: registered only for snapshots, runs every step in order at the checkpoint, never fails it. */
class SnapStartPrimingTest {

    private static final Map<String, String> SNAP_START_INIT = Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start");

    private final List<String> ran = new ArrayList<>();
    private final RecordingContext context = new RecordingContext();

    @Test
    void aSnapshotInitRegistersTheHookAndTheCheckpointRunsEveryStepInOrder() throws Exception {
        SnapStartPriming priming = SnapStartPriming.forSnapshots(steps("store read", "payload parse"),
                SNAP_START_INIT, context);
        assertEquals(List.of(priming), context.registered);
        assertTrue(ran.isEmpty(), "nothing runs before the checkpoint");

        priming.beforeCheckpoint(context);
        priming.afterRestore(context);

        assertEquals(List.of("store read", "payload parse"), ran);
        assertEquals(List.of("store read", "payload parse"), priming.stepNames());
    }

    @Test
    void anOnDemandContainerNeverRegistersIt() {
        SnapStartPriming.forSnapshots(steps("store read"), Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand"), context);
        SnapStartPriming.forSnapshots(steps("store read"), Map.of(), context);

        assertTrue(context.registered.isEmpty());
        assertTrue(ran.isEmpty());
    }

    @Test
    void aFailingStepDoesNotFailTheSnapshotNorStopTheStepsAfterIt() {
        Map<String, Runnable> steps = new LinkedHashMap<>();
        steps.put("store read", () -> {
            ran.add("store read");
            throw new IllegalStateException("DynamoDB unreachable");
        });
        steps.put("guard check", () -> ran.add("guard check"));
        SnapStartPriming priming = SnapStartPriming.forSnapshots(steps, SNAP_START_INIT, context);

        assertDoesNotThrow(() -> priming.beforeCheckpoint(context));
        assertEquals(List.of("store read", "guard check"), ran);
    }

    private Map<String, Runnable> steps(String... names) {
        Map<String, Runnable> steps = new LinkedHashMap<>();
        for (String name : names) {
            steps.put(name, () -> ran.add(name));
        }
        return steps;
    }

    /** Only remembers what registered with it. */
    private static final class RecordingContext extends Context<Resource> {
        final List<Resource> registered = new ArrayList<>();

        @Override
        public void register(Resource resource) {
            registered.add(resource);
        }

        @Override
        public void beforeCheckpoint(Context<? extends Resource> context) {
        }

        @Override
        public void afterRestore(Context<? extends Resource> context) {
        }
    }
}
