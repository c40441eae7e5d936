package com.safereply.triage;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.safereply.app.CommentVerb;
import com.safereply.app.DraftIds;
import com.safereply.app.InboundComment;
import com.safereply.app.IngestOutcome;
import com.safereply.app.IngestService;
import com.safereply.app.deferred.DeliveryIngest;
import com.safereply.app.Platform;
import com.safereply.app.TriageObserver;
import com.safereply.app.TriageService;
import com.safereply.app.Triager;
import com.safereply.app.draft.DraftState;
import com.safereply.app.inbox.CommentStatus;
import com.safereply.app.inbox.StuckCommentCheck;
import com.safereply.app.telemetry.EmfWriter;
import com.safereply.store.DynamoDbStores;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.MutableClock;
import com.safereply.store.testing.StubTriager;
import com.safereply.store.testing.TestPractices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The triage handler over DynamoDB Local: comments the webhook stored become pending drafts once; a record that fails
 * is reported alone (ReportBatchItemFailures) while the rest of its batch is processed, and its comment shows up as
 * stuck after 5 minutes.
 */
class TriageHandlerTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();

    private static final String POISON = "this comment makes the engine throw";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final StubTriager stub = new StubTriager();
    private final List<String> metrics = new ArrayList<>();
    private DynamoDbStores stores;
    private IngestService ingest;
    private TriageHandler handler;

    @BeforeEach
    void setUp() {
        stores = dynamo.stores(clock);
        stores.practices().save(TestPractices.practice("sunrise-dental", TestPractices.facebook("104412345678901")));
        ingest = new IngestService(stores.practices(), stores.comments(), stores.drafts(), clock, Duration.ofDays(7));
        Triager failsOnPoison = (comment, profile) -> {
            if (comment.text().equals(POISON)) {
                throw new IllegalStateException("engine failure");
            }
            return stub.triage(comment, profile);
        };
        TriageService triage = new TriageService(stores.comments(), stores.drafts(), stores.practices(), failsOnPoison,
                clock, TriageObserver.NONE);
        handler = new TriageHandler(new CommentStreamProcessor(triage,
                new DeliveryIngest(ingest, stores.deferred(), clock, Duration.ofDays(7)),
                new EmfWriter(clock, metrics::add)));
    }

    /** The sample record (events/) is what the stream delivers for the sample comment the webhook stored. */
    @ParameterizedTest
    @Event(value = "events/dynamodb-comment-received.json", type = DynamodbEvent.class)
    void theSampleRecordDraftsTheStoredCommentOnceAndARedeliveryChangesNothing(DynamodbEvent event) {
        assertEquals(IngestOutcome.CREATED, ingest.ingest(comment("711223344556677_998877665544332", "Hello there")));
        String draftId = DraftIds.of("sunrise-dental", Platform.FACEBOOK, "711223344556677_998877665544332");
        assertEquals(draftId, event.getRecords().get(0).getDynamodb().getNewImage().get("draftId").getS());

        assertEquals(List.of(), failures(handler.handleRequest(event, null)));
        Map<String, String> afterFirst = snapshot(draftId);
        assertEquals(List.of(), failures(handler.handleRequest(event, null)), "redelivered");

        assertEquals(DraftState.PENDING_APPROVAL, stores.drafts().findById(draftId).orElseThrow().state());
        assertEquals(afterFirst, snapshot(draftId), "a redelivered record changes nothing");
        assertEquals(1, stub.calls(), "triaged once");
    }

    @Test
    void oneFailingRecordIsReportedAloneTheOthersAreDraftedAndItShowsUpAsStuck() {
        ingest.ingest(comment("c-ok-1", "Do you take walk-ins?"));
        ingest.ingest(comment("c-poison", POISON));
        ingest.ingest(comment("c-ok-2", "Thanks for the great visit"));
        DynamodbEvent batch = StreamEvents.received(List.of(draftId("c-ok-1"), draftId("c-poison"), draftId("c-ok-2")));

        StreamsEventResponse response = handler.handleRequest(batch, null);

        assertEquals(List.of(StreamEvents.sequenceNumber(1)), failures(response), "only the failing record");
        assertTrue(stores.drafts().findById(draftId("c-ok-1")).isPresent());
        assertTrue(stores.drafts().findById(draftId("c-ok-2")).isPresent(), "the record after the failure too");
        assertTrue(stores.drafts().findById(draftId("c-poison")).isEmpty());
        assertEquals(CommentStatus.RECEIVED, stores.comments().find(draftId("c-poison")).orElseThrow().status());
        assertTrue(metrics.stream().anyMatch(l -> l.contains("\"TriageFailures\":1")), metrics.toString());

        // Lambda retries from the failed record: the ones drafted already change nothing, the poison fails again.
        assertEquals(List.of(StreamEvents.sequenceNumber(1)), failures(handler.handleRequest(batch, null)));
        assertEquals(2, stub.calls(), "the two good comments were triaged once each");

        clock.advance(Duration.ofMinutes(6));
        assertEquals(List.of(draftId("c-poison")),
                new StuckCommentCheck(stores.practices(), stores.comments(), clock).run(),
                "after retries and the DLQ, the comment is counted as stuck");
    }

    @Test
    void recordsOfOtherItemsAreIgnored() {
        assertEquals(List.of(), failures(handler.handleRequest(StreamEvents.otherItem(), null)));
        assertEquals(0, stub.calls());
    }

    private static List<String> failures(StreamsEventResponse response) {
        return response.getBatchItemFailures().stream().map(BatchItemFailure::getItemIdentifier).toList();
    }

    private static String draftId(String commentId) {
        return DraftIds.of("sunrise-dental", Platform.FACEBOOK, commentId);
    }

    private Map<String, String> snapshot(String draftId) {
        Map<String, String> items = new TreeMap<>();
        dynamo.client().queryPaginator(b -> b.tableName(dynamo.tableName()).consistentRead(true)
                        .keyConditionExpression("PK = :pk")
                        .expressionAttributeValues(Map.of(":pk",
                                software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("DRAFT#" + draftId))))
                .items().forEach(item -> items.put(item.get("SK").s(), item.toString()));
        return items;
    }

    private static InboundComment comment(String commentId, String text) {
        return new InboundComment(Platform.FACEBOOK, "104412345678901", commentId, CommentVerb.ADD, commentId + "|add",
                text, "u1", "Sample Commenter", null, null, null, null);
    }
}
