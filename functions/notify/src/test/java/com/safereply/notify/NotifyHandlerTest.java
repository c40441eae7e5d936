package com.safereply.notify;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftUpdate;
import com.safereply.app.draft.Urgency;
import com.safereply.app.publish.PublishClaim;
import com.safereply.app.publish.PublishService;
import com.safereply.app.publish.Refusal;
import com.safereply.sns.testing.SnsWireMock;
import com.safereply.store.DraftItems;
import com.safereply.store.DynamoDbPublishLedger;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.TestDrafts;
import com.safereply.store.testing.TestPractices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The notify handler over DynamoDB Local and the real SnsClient against WireMock: once, and only once. */
class NotifyHandlerTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:05Z");
    private static NotifyTestBed bed;
    private static int sequence = 1000;

    @BeforeAll
    static void start() {
        bed = new NotifyTestBed(dynamo, NOW);
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    @BeforeEach
    void healthySns() {
        bed.sns.reset();
    }

    @ParameterizedTest
    @Event(value = "events/dynamodb-insert.json", type = DynamodbEvent.class)
    void theSampleInsertEventNotifiesApproversOnceWithoutAnyCommentOrDraftText(DynamodbEvent event) {
        bed.stores.practices().save(TestPractices.practice("sunrise-dental"));

        StreamsEventResponse response = bed.notify.handleRequest(event, null);

        assertEquals(List.of(), response.getBatchItemFailures());
        assertEquals(1, bed.sns.publishCount());
        Map<String, String> publish = bed.sns.publishes().get(0);
        assertEquals(NotifyTestBed.TOPIC, publish.get("TopicArn"));
        assertEquals("json", publish.get("MessageStructure"));
        assertEquals(Map.of("practiceId", "sunrise-dental", "category", "appointment_admin", "urgency", "normal",
                "kind", "new"), SnsWireMock.messageAttributes(publish));
        assertTrue(publish.get("Subject").contains("Clinic sunrise-dental"), publish.get("Subject"));
        assertTrue(publish.get("Message").contains(NotifyTestBed.REVIEW_BASE + "/drafts/26jsQQ6AWU2ZLWGqWvxNvg"));
        for (String body : bed.sns.rawBodies()) {
            for (String secret : List.of("Saturdays", "Sample Commenter", "front desk", "5550001112223334")) {
                assertFalse(body.contains(secret), secret + " reached SNS");
            }
        }

        assertEquals(List.of(), bed.notify.handleRequest(event, null).getBatchItemFailures());
        assertEquals(1, bed.sns.publishCount(), "a re-delivered record must not notify again");
    }

    @Test
    void duplicateRecordsInOneBatchPublishOnce() {
        DraftRecord draft = stored(TestDrafts.pending("p-dup", "c-dup", NOW));
        DynamodbStreamRecord insert = insert(draft);

        StreamsEventResponse response = bed.notify.handleRequest(event(insert, insert, insert), null);

        assertEquals(List.of(), response.getBatchItemFailures());
        assertEquals(1, bed.sns.publishCount());
    }

    @Test
    void anSnsServerErrorFailsThatRecordOnlyAndTheRetrySendsItOnce() {
        bed.stores.practices().save(TestPractices.practice("p-500"));
        DynamodbStreamRecord failing = insert(stored(TestDrafts.pending("p-500", "c-fails", NOW)));
        DynamodbStreamRecord healthy = insert(stored(TestDrafts.pending("p-500", "c-works", NOW)));
        String failingDraft = failing.getDynamodb().getNewImage().get("draftId").getS();
        bed.sns.publishFailsWithServerErrorFor(failingDraft);

        StreamsEventResponse first = bed.notify.handleRequest(event(failing, healthy), null);

        assertEquals(List.of(new BatchItemFailure(failing.getDynamodb().getSequenceNumber())),
                first.getBatchItemFailures(), "only the failed record is reported");
        assertEquals(1, successfulPublishes(), "the healthy record was published");

        // Lambda re-sends from the failed record on: both come again; SNS has recovered.
        bed.sns.reset();
        StreamsEventResponse retry = bed.notify.handleRequest(event(failing, healthy), null);

        assertEquals(List.of(), retry.getBatchItemFailures());
        assertEquals(1, bed.sns.publishCount(), "the failed one is sent now, the healthy one not again");
        assertTrue(bed.sns.publishes().get(0).get("Message").contains(failingDraft));
    }

    @Test
    void throttlingIsReportedAsABatchItemFailureAndRetriedWithoutDoubleNotification() {
        DynamodbStreamRecord insert = insert(stored(TestDrafts.pending("p-429", "c-throttled", NOW, Urgency.URGENT)));
        bed.sns.publishIsThrottled();

        StreamsEventResponse first = bed.notify.handleRequest(event(insert), null);
        assertEquals(1, first.getBatchItemFailures().size());
        assertEquals(insert.getDynamodb().getSequenceNumber(), first.getBatchItemFailures().get(0).getItemIdentifier());

        bed.sns.reset();
        assertEquals(List.of(), bed.notify.handleRequest(event(insert), null).getBatchItemFailures());
        assertEquals(List.of(), bed.notify.handleRequest(event(insert), null).getBatchItemFailures());
        assertEquals(1, bed.sns.publishCount());
        assertEquals("urgent", SnsWireMock.messageAttributes(bed.sns.publishes().get(0)).get("urgency"));
    }

    @Test
    void approverEditsDecisionsAndOtherItemsDoNotNotify() {
        DraftRecord draft = stored(TestDrafts.pending("p-quiet", "c-quiet", NOW));
        DraftRecord edited = draft.edited(draft.draft(), "approver-1", NOW.plusSeconds(1));
        DraftRecord rejected = edited.rejected("approver-2", "off topic", NOW.plusSeconds(2));
        DynamodbStreamRecord audit = record("INSERT", Map.of("PK", "DRAFT#x", "SK", "AUDIT#1", "type", "AUDIT"), null);
        DynamodbStreamRecord removal = modify(draft, null);
        removal.setEventName("REMOVE");

        StreamsEventResponse response = bed.notify.handleRequest(
                event(modify(draft, edited), modify(edited, rejected), audit, removal), null);

        assertEquals(List.of(), response.getBatchItemFailures());
        assertEquals(0, bed.sns.publishCount());
    }

    /** Issue 11: a batch that notified nothing and failed nothing (audit records only) writes no metric line. */
    @Test
    void aBatchThatDidNothingEmitsNoMetricLine() {
        DynamodbStreamRecord audit = record("INSERT", Map.of("PK", "DRAFT#y", "SK", "AUDIT#1", "type", "AUDIT"), null);
        int before = bed.metricLines.size();

        bed.notify.handleRequest(event(audit, record("INSERT", Map.of("PK", "DRAFT#y", "SK", "AUDIT#2", "type", "AUDIT"), null)), null);

        assertEquals(before, bed.metricLines.size(), "no zero-count EMF line");
        DraftRecord draft = TestDrafts.pending("p-counted", "c-counted", NOW);
        bed.notify.handleRequest(event(insert(stored(draft))), null);
        assertEquals(before + 1, bed.metricLines.size(), "a batch that sent something is counted");
        assertTrue(bed.metricLines.get(before).contains("\"NotificationsSent\":1"), bed.metricLines.get(before));
    }

    @Test
    void aRetriageIntoAnEmergencyTellsTheUrgentSubscribers() {
        bed.stores.practices().save(TestPractices.practice("p-up"));
        DraftRecord draft = stored(TestDrafts.pending("p-up", "c-up", NOW));
        DraftRecord urgent = draft.retriaged(draft.comment(), draft.triage(), Urgency.URGENT, draft.draft(), NOW);
        bed.stores.drafts().update(DraftUpdate.of(urgent));

        bed.notify.handleRequest(event(insert(draft), modify(draft, urgent)), null);

        assertEquals(2, bed.sns.publishCount());
        assertEquals("urgent", SnsWireMock.messageAttributes(bed.sns.publishes().get(1)).get("urgency"));
    }

    /** Issue 15: the platform refused an approved reply; retrying is the approvers' call, so they are told once. */
    @Test
    void aRefusedPublishTellsTheApproversOnceWithTheReasonAndNoText() {
        bed.stores.practices().save(TestPractices.practice("p-refused"));
        DraftRecord draft = stored(TestDrafts.pending("p-refused", "c-refused", NOW));
        DraftRecord approved = draft.approved("approver-1", NOW.plusSeconds(1));
        bed.stores.drafts().update(DraftUpdate.of(approved));
        DynamoDbPublishLedger ledger = new DynamoDbPublishLedger(dynamo.client(), dynamo.tableName());
        PublishClaim.Claimed claim = (PublishClaim.Claimed) ledger.claim(approved.draftId(), NOW, PublishService.LEASE);
        ledger.failed(approved.draftId(), claim.leaseId(), Refusal.TARGET_GONE.approverReason(), NOW.plusSeconds(2));
        Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> failedItem = dynamo.client()
                .getItem(b -> b.tableName(dynamo.tableName()).key(Map.of(
                        "PK", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("DRAFT#" + draft.draftId()),
                        "SK", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("DRAFT"))))
                .item();
        DynamodbStreamRecord refused = modify(approved, null);
        refused.getDynamodb().setNewImage(StreamRecords.toLambda(failedItem));
        DynamodbStreamRecord redelivered = modify(approved, null);
        redelivered.getDynamodb().setNewImage(StreamRecords.toLambda(failedItem));

        StreamsEventResponse response = bed.notify.handleRequest(event(refused, redelivered), null);

        assertEquals(List.of(), response.getBatchItemFailures());
        assertEquals(1, bed.sns.publishCount(), "one message however often the record comes");
        Map<String, String> message = bed.sns.publishes().get(0);
        assertEquals("publish_failed", SnsWireMock.messageAttributes(message).get("kind"));
        assertTrue(message.get("Message").contains("comment no longer available"), message.get("Message"));
        assertFalse(message.get("Message").contains(draft.comment().text()), "no comment text");
        assertFalse(message.get("Message").contains(draft.draft().text()), "no reply text");
    }

    @Test
    void aMalformedDraftImageIsReportedSoItEndsInTheDeadLetterQueueRatherThanBeingDropped() {
        DynamodbStreamRecord broken = record("INSERT", Map.of("PK", "DRAFT#b", "SK", "DRAFT", "type", "DRAFT",
                "state", "PENDING_APPROVAL"), null);
        StreamsEventResponse response = bed.notify.handleRequest(event(broken), null);
        assertEquals(1, response.getBatchItemFailures().size());
        assertEquals(0, bed.sns.publishCount());
    }

    // ------------------------------------------------------------------ helpers

    private int successfulPublishes() {
        return bed.sns.publishCount() - bed.sns.failedPublishCount();
    }

    private static DraftRecord stored(DraftRecord draft) {
        bed.stores.drafts().create(draft, TestDrafts.delivery(draft, NOW), TestDrafts.created(draft));
        return draft;
    }

    static DynamodbStreamRecord insert(DraftRecord draft) {
        return modify(null, draft);
    }

    static DynamodbStreamRecord modify(DraftRecord before, DraftRecord after) {
        DynamodbStreamRecord record = new DynamodbStreamRecord();
        record.setEventID("evt-" + sequence);
        record.setEventName(before == null ? "INSERT" : "MODIFY");
        record.setEventSource("aws:dynamodb");
        StreamRecord sr = new StreamRecord();
        sr.setSequenceNumber(Integer.toString(sequence++));
        sr.setStreamViewType(com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType.NEW_AND_OLD_IMAGES);
        if (after != null) {
            sr.setNewImage(StreamRecords.toLambda(DraftItems.toItem(after)));
        }
        if (before != null) {
            sr.setOldImage(StreamRecords.toLambda(DraftItems.toItem(before)));
        }
        record.setDynamodb(sr);
        return record;
    }

    private static DynamodbStreamRecord record(String name, Map<String, String> newImage, Map<String, String> oldImage) {
        DynamodbStreamRecord record = new DynamodbStreamRecord();
        record.setEventID("evt-" + sequence);
        record.setEventName(name);
        StreamRecord sr = new StreamRecord();
        sr.setSequenceNumber(Integer.toString(sequence++));
        sr.setNewImage(strings(newImage));
        sr.setOldImage(strings(oldImage));
        record.setDynamodb(sr);
        return record;
    }

    private static Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> strings(
            Map<String, String> values) {
        if (values == null) {
            return null;
        }
        Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item = new java.util.HashMap<>();
        values.forEach((k, v) -> item.put(k, software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(v)));
        return StreamRecords.toLambda(item);
    }

    static DynamodbEvent event(DynamodbStreamRecord... records) {
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(new ArrayList<>(List.of(records)));
        return event;
    }
}
