package com.safereply.webhook.http;

import static com.safereply.testing.lambda.ApiGatewayEvents.withBody;
import static com.safereply.testing.lambda.ApiGatewayEvents.withHeader;
import static com.safereply.webhook.http.IngestTable.FACEBOOK_COMMENT;
import static com.safereply.webhook.http.IngestTable.FACEBOOK_PAGE;
import static com.safereply.webhook.http.IngestTable.PRACTICE_ID;
import static com.safereply.webhook.http.SampleEvents.signedForMeta;
import static com.safereply.webhook.http.SampleEvents.signedForX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import com.safereply.app.CommentIngest;
import com.safereply.app.CommentVerb;
import com.safereply.app.DraftIds;
import com.safereply.app.InboundComment;
import com.safereply.app.IngestOutcome;
import com.safereply.app.Platform;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftState;
import com.safereply.store.ItemType;
import com.safereply.testing.lambda.LambdaInvoker;
import com.safereply.testing.lambda.LambdaInvoker.LambdaResponse;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The whole ingest path: a real-shaped API Gateway v2 event, signed with the test secret, through the Lambda HTTP
 * layer, the resource, {@code IngestService} and the DynamoDB adapters into DynamoDB Local; then the table is read
 * back. Every test starts from an empty table holding only the sample practice.
 */
@QuarkusTest
@TestProfile(DynamoDbIngestProfile.class)
class WebhookIngestIntegrationTest {

    private static final String SAMPLE_TEXT = "Do you take new patients on Saturdays?";

    @Inject
    CommentIngest ingest;

    private IngestTable table;

    @BeforeEach
    void emptyTableWithSamplePractice() {
        table = IngestTable.fromTestConfig().resetWithSamplePractice();
    }

    private static LambdaResponse send(APIGatewayV2HTTPEvent event) {
        LambdaResponse response = LambdaInvoker.invoke(event);
        assertFalse(response.body().contains("Saturday"), "responses never echo comment text");
        return response;
    }

    private static JsonNode ok(LambdaResponse response) {
        assertEquals(200, response.statusCode(), response.body());
        return response.json();
    }

    /** A pending draft as an approver will find it: stored comment, triage, version 1, in the practice's queue. */
    private DraftRecord assertPendingDraft(Platform platform, String commentId, String channelId, String text) {
        DraftRecord draft = table.draft(platform, commentId);
        assertEquals(DraftState.PENDING_APPROVAL, draft.state());
        assertEquals(PRACTICE_ID, draft.practiceId());
        assertEquals(channelId, draft.comment().channelId());
        assertEquals(text, draft.comment().text());
        assertNotNull(draft.triage().category());
        assertNotNull(draft.urgency());
        assertFalse(draft.draft().text().isBlank());
        assertEquals(1, draft.version());
        assertEquals(List.of(draft.draftId()), table.queue().stream().map(DraftRecord::draftId).toList());
        assertEquals("QUEUE#" + PRACTICE_ID, table.rawDraft(draft.draftId()).get("GSI1PK").s());
        assertEquals(1, table.items(ItemType.DEDUP).size(), "one delivery record");
        assertEquals(1, table.items(ItemType.COMMENT).size(), "one comment index entry");
        assertEquals(List.of("CREATED", "RECEIVED"), table.items(ItemType.AUDIT).stream()
                .map(item -> item.get("action").s()).sorted().toList(), "one 'received' and one 'created' audit item");
        return draft;
    }

    // ---- happy path per platform and verb

    @ParameterizedTest
    @Event(value = "events/meta-page-comment.json", type = APIGatewayV2HTTPEvent.class)
    void aFacebookCommentBecomesAPendingDraft(APIGatewayV2HTTPEvent event) {
        assertEquals(1, ok(send(signedForMeta(event))).get("created").asInt());

        DraftRecord draft = assertPendingDraft(Platform.FACEBOOK, FACEBOOK_COMMENT, FACEBOOK_PAGE, SAMPLE_TEXT);
        assertEquals("Sample Commenter", draft.comment().authorName());
        assertTrue(draft.comment().permalink().startsWith("https://www.facebook.com/"));
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-comment-edited.json", type = APIGatewayV2HTTPEvent.class)
    void anEditedFacebookCommentReTriagesItsPendingDraft(APIGatewayV2HTTPEvent edited) {
        ok(send(signedForMeta(SampleEventFiles.load("meta-page-comment.json"))));
        table.afterTriage();

        assertEquals(1, ok(send(signedForMeta(edited))).get("retriaged").asInt());

        DraftRecord draft = table.draft(Platform.FACEBOOK, FACEBOOK_COMMENT);
        assertEquals(DraftState.PENDING_APPROVAL, draft.state());
        assertEquals("Do you take new patients on Saturdays or Sundays?", draft.comment().text());
        assertEquals(2, draft.version());
        assertEquals(2, draft.history().size());
        assertEquals(2, table.items(ItemType.DEDUP).size(), "the add and the edit are separate deliveries");
        assertEquals(1, table.queue().size());
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-comment-remove.json", type = APIGatewayV2HTTPEvent.class)
    void aRemovedFacebookCommentRetractsItsDraftAndLeavesTheQueue(APIGatewayV2HTTPEvent removed) {
        ok(send(signedForMeta(SampleEventFiles.load("meta-page-comment.json"))));
        table.afterTriage();

        assertEquals(1, ok(send(signedForMeta(removed))).get("retracted").asInt());

        DraftRecord draft = table.draft(Platform.FACEBOOK, FACEBOOK_COMMENT);
        assertEquals(DraftState.RETRACTED, draft.state());
        assertEquals(2, draft.version());
        assertTrue(table.queue().isEmpty());
        assertEquals("DRAFTS#" + PRACTICE_ID + "#RETRACTED", table.rawDraft(draft.draftId()).get("GSI1PK").s(),
                "a decided draft drops out of the queue partition");
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-comment-edited.json", type = APIGatewayV2HTTPEvent.class)
    void anEditPostedBeforeTriageRanIsWhatGetsDrafted(APIGatewayV2HTTPEvent edited) {
        ok(send(signedForMeta(SampleEventFiles.load("meta-page-comment.json"))));
        assertEquals(1, ok(send(signedForMeta(edited))).get("retriaged").asInt());
        assertEquals(0, table.items(ItemType.DRAFT).size(), "the webhook drafts nothing");

        DraftRecord draft = table.draft(Platform.FACEBOOK, FACEBOOK_COMMENT);
        assertEquals("Do you take new patients on Saturdays or Sundays?", draft.comment().text());
        assertEquals(1, draft.version(), "drafted once, from the edited text");
        assertEquals(1, table.queue().size());
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-comment-remove.json", type = APIGatewayV2HTTPEvent.class)
    void aCommentRemovedBeforeTriageRanIsNeverDrafted(APIGatewayV2HTTPEvent removed) {
        ok(send(signedForMeta(SampleEventFiles.load("meta-page-comment.json"))));
        assertEquals(1, ok(send(signedForMeta(removed))).get("retracted").asInt());

        assertEquals(0, table.afterTriage().items(ItemType.DRAFT).size());
        assertTrue(table.queue().isEmpty());
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-comment-remove.json", type = APIGatewayV2HTTPEvent.class)
    void aRemoveForACommentNeverSeenStoresNothing(APIGatewayV2HTTPEvent removed) {
        assertEquals(1, ok(send(signedForMeta(removed))).get("noPendingDraft").asInt());
        assertEquals(0, table.writtenByDeliveries());
    }

    @ParameterizedTest
    @Event(value = "events/meta-instagram-comment.json", type = APIGatewayV2HTTPEvent.class)
    void anInstagramCommentBecomesAPendingDraft(APIGatewayV2HTTPEvent event) {
        assertEquals(1, ok(send(signedForMeta(event))).get("created").asInt());

        DraftRecord draft = assertPendingDraft(Platform.INSTAGRAM, "17919697626119712", IngestTable.INSTAGRAM_ACCOUNT,
                table.draft(Platform.INSTAGRAM, "17919697626119712").comment().text());
        assertFalse(draft.comment().text().isBlank());
    }

    @ParameterizedTest
    @Event(value = "events/x-tweet-create.json", type = APIGatewayV2HTTPEvent.class)
    void aTweetToThePracticeBecomesAPendingDraft(APIGatewayV2HTTPEvent event) {
        assertEquals(1, ok(send(signedForX(event))).get("created").asInt());

        DraftRecord draft = assertPendingDraft(Platform.X, "1874000000000000001", IngestTable.X_ACCOUNT,
                "@SmileClinic are you open on Saturday?");
        assertEquals("sample_parent", draft.comment().authorHandle());
    }

    // ---- duplicates: platforms retry for hours

    @ParameterizedTest
    @Event(value = "events/meta-page-comment.json", type = APIGatewayV2HTTPEvent.class)
    void theSameDeliveryFiveTimesInARowStoresOneDraft(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent signed = signedForMeta(event);
        List<JsonNode> summaries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            summaries.add(ok(send(signed)));
        }

        assertEquals(1, summaries.stream().mapToInt(s -> s.get("created").asInt()).sum());
        assertEquals(4, summaries.stream().mapToInt(s -> s.get("duplicate").asInt()).sum());
        assertOneDraftAndOneDeliveryRecord();
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-comment.json", type = APIGatewayV2HTTPEvent.class)
    void theSameDeliveryFiveTimesAtOnceStoresOneDraft(APIGatewayV2HTTPEvent event) throws Exception {
        APIGatewayV2HTTPEvent signed = signedForMeta(event);

        List<JsonNode> summaries = concurrently(5, () -> ok(send(signed)));

        assertEquals(1, summaries.stream().mapToInt(s -> s.get("created").asInt()).sum());
        assertEquals(4, summaries.stream().mapToInt(s -> s.get("duplicate").asInt()).sum());
        assertOneDraftAndOneDeliveryRecord();
    }

    /**
     * The Lambda runtime hands a container one event at a time, so the race that matters is between containers: here
     * eight threads run the same ingest (the real bean, its DynamoDB client) against one table at the same moment.
     */
    @Test
    void eightRacingIngestsOfOneCommentCreateExactlyOneDraft() throws Exception {
        InboundComment comment = new InboundComment(Platform.FACEBOOK, FACEBOOK_PAGE, FACEBOOK_COMMENT, CommentVerb.ADD,
                "facebook:" + FACEBOOK_COMMENT + ":add", SAMPLE_TEXT, "5550001112223334", null, null, null, null, null);

        List<IngestOutcome> outcomes = concurrently(8, () -> ingest.ingest(comment));

        assertEquals(1, outcomes.stream().filter(o -> o == IngestOutcome.CREATED).count(), outcomes.toString());
        assertEquals(7, outcomes.stream().filter(o -> o == IngestOutcome.DUPLICATE).count(), outcomes.toString());
        assertOneDraftAndOneDeliveryRecord();
    }

    private void assertOneDraftAndOneDeliveryRecord() {
        assertEquals(1, table.items(ItemType.INBOUND).size());
        assertEquals(1, table.afterTriage().items(ItemType.DRAFT).size());
        assertEquals(1, table.items(ItemType.DEDUP).size());
        assertEquals(1, table.items(ItemType.COMMENT).size());
        assertEquals(List.of("CREATED", "RECEIVED"), table.items(ItemType.AUDIT).stream()
                .map(item -> item.get("action").s()).sorted().toList());
        assertEquals(DraftIds.of(PRACTICE_ID, Platform.FACEBOOK, FACEBOOK_COMMENT),
                table.items(ItemType.DRAFT).get(0).get("draftId").s());
    }

    private static <T> List<T> concurrently(int n, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- acknowledged, counted, not stored

    @ParameterizedTest
    @Event(value = "events/meta-page-own-reply.json", type = APIGatewayV2HTTPEvent.class)
    void thePagesOwnReplyStoresNothing(APIGatewayV2HTTPEvent event) {
        assertEquals(1, ok(send(signedForMeta(event))).get("ignored").asInt());
        assertEquals(0, table.writtenByDeliveries());
    }

    @ParameterizedTest
    @Event(value = "events/x-own-tweet.json", type = APIGatewayV2HTTPEvent.class)
    void theAccountsOwnTweetStoresNothing(APIGatewayV2HTTPEvent event) {
        assertEquals(1, ok(send(signedForX(event))).get("ignored").asInt());
        assertEquals(0, table.writtenByDeliveries());
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-comment-unknown-page.json", type = APIGatewayV2HTTPEvent.class)
    void aPageNoPracticeClaimedIsCountedAndStoresNothing(APIGatewayV2HTTPEvent event) {
        JsonNode summary = ok(send(signedForMeta(event)));
        assertEquals(1, summary.get("unknownChannel").asInt());
        assertEquals(0, summary.get("created").asInt());
        assertEquals(0, table.writtenByDeliveries());
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-batch-partly-valid.json", type = APIGatewayV2HTTPEvent.class)
    void aPartlyValidBatchStoresOnlyItsValidComments(APIGatewayV2HTTPEvent event) {
        JsonNode summary = ok(send(signedForMeta(event)));

        assertEquals(2, summary.get("created").asInt());
        assertEquals(1, summary.get("rejected").asInt());
        assertEquals(2, summary.get("ignored").asInt());
        assertEquals(List.of(FACEBOOK_COMMENT, "711223344556677_998877665544333"), table.afterTriage().items(ItemType.DRAFT).stream()
                .map(d -> d.get("commentId").s()).sorted().toList());
        assertEquals(2, table.items(ItemType.DEDUP).size());
    }

    // ---- bad input: 401 / 400, and the table proves nothing was stored

    private void assertRefusedAndNothingStored(LambdaResponse response, int status, String problem) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(problem, response.json().get("error").asText());
        assertEquals(0, table.writtenByDeliveries(), "a refused delivery stores nothing");
    }

    @ParameterizedTest
    @Event(value = "events/meta-bad-signature.json", type = APIGatewayV2HTTPEvent.class)
    void aBadSignature(APIGatewayV2HTTPEvent event) {
        assertRefusedAndNothingStored(send(event), 401, "signature does not match the body");
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-comment.json", type = APIGatewayV2HTTPEvent.class)
    void aMissingSignature(APIGatewayV2HTTPEvent event) {
        assertRefusedAndNothingStored(send(withHeader(event, "x-hub-signature-256", null)), 401, "missing signature header");
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-comment.json", type = APIGatewayV2HTTPEvent.class)
    void aBodyChangedAfterSigning(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent signed = signedForMeta(event);
        signed.setBody(signed.getBody().replace("new patients", "new patient"));
        assertRefusedAndNothingStored(send(signed), 401, "signature does not match the body");
    }

    @ParameterizedTest
    @Event(value = "events/x-tweet-create.json", type = APIGatewayV2HTTPEvent.class)
    void anXDeliverySignedWithAnotherSecret(APIGatewayV2HTTPEvent event) {
        // the sample is signed with the local demo secret, not this deployment's
        assertRefusedAndNothingStored(send(event), 401, "signature does not match the body");
    }

    @ParameterizedTest
    @Event(value = "events/meta-malformed-json.json", type = APIGatewayV2HTTPEvent.class)
    void malformedJson(APIGatewayV2HTTPEvent event) {
        assertRefusedAndNothingStored(send(signedForMeta(event)), 400, "body is not valid JSON");
    }

    @ParameterizedTest
    @Event(value = "events/meta-wrong-content-type.json", type = APIGatewayV2HTTPEvent.class)
    void aWrongContentType(APIGatewayV2HTTPEvent event) {
        assertRefusedAndNothingStored(send(signedForMeta(event)), 400, "content type must be application/json");
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-comment.json", type = APIGatewayV2HTTPEvent.class)
    void aBodyOverOneMegabyte(APIGatewayV2HTTPEvent event) {
        String padded = event.getBody().replace("Do you take", "x".repeat(DeliveryRoute.MAX_BODY_BYTES) + " Do you take");
        assertRefusedAndNothingStored(send(signedForMeta(withBody(event, padded))), 400, "body exceeds 1048576 bytes");
    }

    @ParameterizedTest
    @Event(value = "events/meta-missing-entry.json", type = APIGatewayV2HTTPEvent.class)
    void aMissingEntry(APIGatewayV2HTTPEvent event) {
        assertRefusedAndNothingStored(send(signedForMeta(event)), 400, "missing required field: entry (an array)");
    }

    @ParameterizedTest
    @Event(value = "events/x-missing-id.json", type = APIGatewayV2HTTPEvent.class)
    void aTweetWithoutId(APIGatewayV2HTTPEvent event) {
        assertRefusedAndNothingStored(send(signedForX(event)), 400, "no usable change in the delivery");
    }

    @ParameterizedTest
    @Event(value = "events/meta-unknown-object.json", type = APIGatewayV2HTTPEvent.class)
    void anUnknownObject(APIGatewayV2HTTPEvent event) {
        assertRefusedAndNothingStored(send(signedForMeta(event)), 400, "unknown object: expected page or instagram");
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-comment.json", type = APIGatewayV2HTTPEvent.class)
    void aChangeMissingItsCommentId(APIGatewayV2HTTPEvent event) {
        String noCommentId = event.getBody().replace("\"comment_id\":\"" + FACEBOOK_COMMENT + "\",", "");
        assertRefusedAndNothingStored(send(signedForMeta(withBody(event, noCommentId))), 400, "no usable change in the delivery");
    }

    @Test
    void theRawDraftHoldsNoTextOutsideTheCommentAndDraftFields() {
        // guard against a store mapping that copies text into key or index attributes
        ok(send(signedForMeta(SampleEventFiles.load("meta-page-comment.json"))));
        Map<String, AttributeValue> raw = table.rawDraft(DraftIds.of(PRACTICE_ID, Platform.FACEBOOK, FACEBOOK_COMMENT));
        raw.forEach((name, value) -> {
            if (!name.equals("commentText") && value.s() != null) {
                assertFalse(value.s().contains("new patients"), name);
            }
        });
    }
}
