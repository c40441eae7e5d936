package com.safereply.triage;

import com.safereply.app.inbox.ReceivedComments;
import com.safereply.app.practice.PracticeDirectory;
import com.safereply.aws.priming.SnapStartPriming;
import com.safereply.core.TriageEngine;
import com.safereply.core.model.Comment;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.store.DynamoDbStores;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Triage's priming steps against DynamoDB Local (when the hook registers, and that a failing step never fails the
 * snapshot, is tested once with {@link SnapStartPriming}).
 */
class TriagePrimingTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();

    private final List<String> storeCalls = new ArrayList<>();
    private final List<String> fallbacks = new ArrayList<>();
    private final RecordingCracContext context = new RecordingCracContext();

    @Test
    void theCheckpointReadsTheCommentAndPracticeAndClassifiesOnceWithoutWriting() throws Exception {
        DynamoDbStores stores = dynamo.stores(Clock.systemUTC());
        ReceivedComments comments = RecordedCalls.recording(ReceivedComments.class, stores.comments(), storeCalls);
        PracticeDirectory practices = RecordedCalls.recording(PracticeDirectory.class, stores.practices(), storeCalls);
        TriageEngine engine = new TriageEngine((classification, recovered) -> fallbacks.add(classification.toString()));
        SnapStartPriming priming = SnapStartPriming.forSnapshots(TriagePriming.steps(comments, practices, engine),
                Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start"), context);
        assertEquals(List.of(priming), context.registered());

        priming.beforeCheckpoint(context);

        assertEquals(List.of("comment read", "practice read", "classification"), priming.stepNames());
        assertEquals(List.of("find", "findById"), storeCalls, "two reads, nothing written");
        assertTrue(fallbacks.isEmpty(), "no fallback, so priming writes no metric");
        assertEquals(0, dynamo.client().scan(b -> b.tableName(dynamo.tableName())).count(), "the table is untouched");
    }

    /** Priming must run the engine's whole path (classify, draft, guard), not stop at an unsafe first draft. */
    @Test
    void thePrimingCommentDraftsASafeReply() {
        assertTrue(new TriageEngine().triage(new Comment(SnapStartPriming.PRIMING_ID, TriagePriming.PRIMING_TEXT),
                PracticeProfile.demo()).check().safe());
    }
}
