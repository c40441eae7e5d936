package com.safereply.notify;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.safereply.app.draft.DraftRecord;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.TestDrafts;
import com.safereply.store.testing.TestPractices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SNS hanging (answers slower than the client's 4 s socket timeout, the 8 s call timeout ending the second attempt):
 * the record is a batch item failure well within the function's 30 s timeout, its receipt is cleared, and once SNS
 * answers again the retry publishes, and a further re-delivery does not. (500 and throttling: NotifyHandlerTest. The
 * retries, bisection and the DLQ after them: template.yaml, checked by TemplateStructureTest.)
 */
class SnsTimeoutTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:05Z");
    private static NotifyTestBed bed;

    @BeforeAll
    static void start() {
        bed = new NotifyTestBed(dynamo, NOW);
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    @Test
    void aHungPublishIsABatchItemFailureWithinTheTimeoutAndTheRetryPublishes() {
        bed.stores.practices().save(TestPractices.practice("p-slow"));
        DraftRecord draft = TestDrafts.pending("p-slow", "c-slow", NOW);
        bed.stores.drafts().create(draft, TestDrafts.delivery(draft, NOW), TestDrafts.created(draft));
        DynamodbStreamRecord insert = NotifyHandlerTest.insert(draft);
        bed.sns.publishIsSlow(Duration.ofSeconds(12));

        long start = System.nanoTime();
        StreamsEventResponse first = bed.notify.handleRequest(NotifyHandlerTest.event(insert), null);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(List.of(insert.getDynamodb().getSequenceNumber()),
                first.getBatchItemFailures().stream().map(f -> f.getItemIdentifier()).toList());
        assertTrue(millis >= 4_000 && millis < 10_000, "gave up after the call timeout, took " + millis + " ms");
        int hungAttempts = bed.sns.publishCount();
        assertEquals(2, hungAttempts, "4 s socket timeout, then the 8 s call timeout ends the second attempt");

        bed.sns.reset();
        assertEquals(List.of(), bed.notify.handleRequest(NotifyHandlerTest.event(insert), null).getBatchItemFailures());
        assertEquals(List.of(), bed.notify.handleRequest(NotifyHandlerTest.event(insert), null).getBatchItemFailures());
        assertEquals(1, bed.sns.publishCount(), "the retry publishes once; the re-delivery after it does not");
    }
}
