package com.safereply.triage;

import com.safereply.app.CommentVerb;
import com.safereply.app.DraftIds;
import com.safereply.app.InboundComment;
import com.safereply.app.IngestOutcome;
import com.safereply.app.IngestService;
import com.safereply.app.Platform;
import com.safereply.app.TriageObserver;
import com.safereply.app.TriageService;
import com.safereply.app.deferred.DeliveryIngest;
import com.safereply.app.draft.DraftState;
import com.safereply.app.telemetry.EmfWriter;
import com.safereply.store.DynamoDbStores;
import com.safereply.store.stream.ChangeRecord;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.MutableClock;
import com.safereply.store.testing.StubTriager;
import com.safereply.store.testing.TestPractices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, finding 6, end to end over DynamoDB Local: a delivery of 200 changes stores 25 comments at once and the
 * rest as deferred items; the items' stream INSERTs, given to the triage function's processor, ingest the rest; the
 * comments' own stream records then draft each comment once. A redelivery, and a replayed stream record, change nothing.
 */
class DeferredDeliveryStreamTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();

    private static final String PAGE = "104412345678901";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final StubTriager stub = new StubTriager();
    private String table;
    private DynamoDbStores stores;
    private DeliveryIngest delivery;
    private CommentStreamProcessor processor;

    @BeforeEach
    void setUp() {
        table = dynamo.tableName();   // the class's own table, and one test: the counts are its own
        stores = dynamo.stores(clock);
        stores.practices().save(TestPractices.practice("sunrise-dental", TestPractices.facebook(PAGE)));
        IngestService ingest = new IngestService(stores.practices(), stores.comments(), stores.drafts(), clock,
                Duration.ofDays(7));
        delivery = new DeliveryIngest(ingest, stores.deferred(), clock, Duration.ofDays(7));
        TriageService triage = new TriageService(stores.comments(), stores.drafts(), stores.practices(), stub, clock,
                TriageObserver.NONE);
        processor = new CommentStreamProcessor(triage, delivery, new EmfWriter(clock, line -> { }));
    }

    private static List<InboundComment> changes(int count) {
        return IntStream.range(0, count).mapToObj(i -> new InboundComment(Platform.FACEBOOK, PAGE, "c" + i,
                CommentVerb.ADD, "c" + i + "|add", "Are you open on day " + i + "?", "u" + i, "Commenter", null, null,
                null, Instant.parse("2026-01-01T00:00:00Z"))).toList();
    }

    /** The INSERT records the stream would carry for every item of the given type (as the table holds it now). */
    private List<ChangeRecord> inserts(String type) {
        List<ChangeRecord> records = new ArrayList<>();
        dynamo.client().scanPaginator(b -> b.tableName(table).consistentRead(true)
                        .filterExpression("#t = :t").expressionAttributeNames(Map.of("#t", "type"))
                        .expressionAttributeValues(Map.of(":t", AttributeValue.fromS(type))))
                .items().forEach(item -> records.add(new ChangeRecord("e" + records.size(),
                        String.format("%021d", records.size()), "INSERT", null, item)));
        return records;
    }

    private long drafts(int count) {
        return IntStream.range(0, count).filter(i -> stores.drafts()
                .findById(DraftIds.of("sunrise-dental", Platform.FACEBOOK, "c" + i))
                .filter(d -> d.state() == DraftState.PENDING_APPROVAL).isPresent()).count();
    }

    @Test
    void twoHundredChangesAre25AtOnceTheRestDeferredThenIngestedAndEachDraftedOnce() {
        DeliveryIngest.Accepted accepted = delivery.accept("meta|body", changes(200));

        assertEquals(25, accepted.inline().stream().filter(o -> o.outcome() == IngestOutcome.CREATED).count());
        assertEquals(175, accepted.deferred());
        assertEquals(25, inserts("INBOUND").size(), "only the ceiling is stored before the answer");
        List<ChangeRecord> deferredParts = inserts("DEFERRED");
        assertEquals(accepted.deferredParts(), deferredParts.size());

        assertEquals(List.of(), processor.process(deferredParts).failedSequenceNumbers());
        assertEquals(200, inserts("INBOUND").size());
        assertEquals(200, processor.process(inserts("INBOUND")).triaged());

        assertEquals(200, drafts(200));
        assertEquals(200, stub.calls(), "each comment drafted once");

        // The platform redelivers the same delivery, and the stream replays the parts' records: nothing changes.
        DeliveryIngest.Accepted again = delivery.accept("meta|body", changes(200));
        processor.process(deferredParts);
        processor.process(inserts("INBOUND"));

        assertTrue(again.inline().stream().allMatch(o -> o.outcome() == IngestOutcome.DUPLICATE));
        assertEquals(deferredParts.size(), inserts("DEFERRED").size(), "no second deferred item");
        assertEquals(200, inserts("INBOUND").size());
        assertEquals(200, stub.calls());
    }
}
