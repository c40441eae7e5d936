package com.safereply.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.safereply.app.publish.InMemoryPublishingPauses;
import com.safereply.app.publish.InMemoryPlatform;
import com.safereply.app.publish.InMemoryPublishLedger;
import com.safereply.app.publish.PlatformToken;
import com.safereply.app.publish.PublishObserver;
import com.safereply.app.publish.PublishService;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The handler on the sample stream events of events/: a draft entering APPROVED is published once; other draft
 * changes (a new pending draft) are not the publish stage's business.
 */
class PublishHandlerTest {
    private final InMemoryPublishLedger ledger = new InMemoryPublishLedger();
    private final InMemoryPlatform platform = new InMemoryPlatform();
    private PublishHandler handler;
    private String draftId;

    @BeforeEach
    void setUp() {
        handler = new PublishHandler(new ApprovalStreamProcessor(new PublishService(ledger, platform,
                (practice, p) -> Optional.of(new PlatformToken("t")), new InMemoryPublishingPauses(), PublishObserver.NONE,
                Clock.systemUTC(),
                attempt -> { })));
        DynamodbEvent approved = EventLoader.loadDynamoDbEvent("events/publish-draft-approved.json");
        draftId = approved.getRecords().get(0).getDynamodb().getNewImage().get("draftId").getS();
        ledger.approve(draftId);
    }

    @Test
    void anApprovalIsPublishedOnceEvenWhenTheRecordComesAgain() {
        DynamodbEvent approved = EventLoader.loadDynamoDbEvent("events/publish-draft-approved.json");

        StreamsEventResponse first = handler.handleRequest(approved, null);
        StreamsEventResponse again = handler.handleRequest(approved, null);

        assertTrue(first.getBatchItemFailures().isEmpty());
        assertTrue(again.getBatchItemFailures().isEmpty());
        assertEquals(1, platform.replies().size());
        assertEquals("PUBLISHED", ledger.entry(draftId).orElseThrow().state());
    }

    @Test
    void aRecordThatCannotSettleYetIsReportedForRetry() {
        platform.next(InMemoryPlatform.Behaviour.THROTTLE, InMemoryPlatform.Behaviour.THROTTLE,
                InMemoryPlatform.Behaviour.THROTTLE);
        DynamodbEvent approved = EventLoader.loadDynamoDbEvent("events/publish-draft-approved.json");

        StreamsEventResponse response = handler.handleRequest(approved, null);

        assertEquals(approved.getRecords().get(0).getDynamodb().getSequenceNumber(),
                response.getBatchItemFailures().get(0).getItemIdentifier());
        assertEquals(0, platform.replies().size());
    }

    @Test
    void aNewPendingDraftIsNotPublished() {
        StreamsEventResponse response = handler.handleRequest(
                EventLoader.loadDynamoDbEvent("events/dynamodb-insert.json"), null);

        assertTrue(response.getBatchItemFailures().isEmpty());
        assertEquals(0, platform.postCalls());
    }
}
