package com.safereply.review.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.safereply.app.draft.DraftStore;
import com.safereply.aws.priming.SnapStartPriming;
import com.safereply.core.TriageEngine;
import com.safereply.core.guard.SafetyGuard;
import com.safereply.core.model.Verdict;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.RecordedCalls;
import com.safereply.store.testing.RecordingCracContext;

/**
 * The review API's priming steps against DynamoDB Local (when the hook registers, and that a failing step never fails
 * the snapshot, is tested once with {@link SnapStartPriming}).
 */
class ReviewPrimingTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();

    private final SafetyGuard guard = new TriageEngine().guard();
    private final List<String> storeCalls = new ArrayList<>();
    private final RecordingCracContext context = new RecordingCracContext();

    @Test
    void theCheckpointReadsADraftAndTheQueueAndChecksAReplyWithoutWriting() throws Exception {
        DraftStore drafts = RecordedCalls.recording(DraftStore.class, dynamo.stores(Clock.systemUTC()).drafts(),
                storeCalls);
        SnapStartPriming priming = SnapStartPriming.forSnapshots(ReviewPriming.steps(drafts, guard),
                Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start"), context);
        assertEquals(List.of(priming), context.registered());

        priming.beforeCheckpoint(context);

        assertEquals(List.of("draft read", "queue read", "guard check"), priming.stepNames());
        assertEquals(List.of("findById", "pending"), storeCalls, "two reads; no audit item appended, nothing written");
        assertEquals(0, dynamo.client().scan(b -> b.tableName(dynamo.tableName())).count(), "the table is untouched");
    }

    /**
     * The priming reply is free text on purpose: an approver's edit is free text, and free text runs every rule (a
     * vetted template sentence would skip them). It must break none, so the priming exercises the whole path an
     * accepted edit takes, ending in {@code review}.
     */
    @Test
    void thePrimingReplyRunsEveryRuleAndBreaksNone() {
        assertEquals(Verdict.REVIEW, guard.check(ReviewPriming.PRIMING_REPLY, ReviewPriming.PRIMING_COMMENT,
                PracticeProfile.demo()).verdict());
    }
}
