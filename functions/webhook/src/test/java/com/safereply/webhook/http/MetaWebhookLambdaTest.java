package com.safereply.webhook.http;

import static com.safereply.testing.lambda.ApiGatewayEvents.withBody;
import static com.safereply.testing.lambda.ApiGatewayEvents.withHeader;
import static com.safereply.webhook.http.SampleEvents.signedForMeta;
import static com.safereply.webhook.http.SampleEvents.withQuery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import com.safereply.app.CommentVerb;
import com.safereply.app.InboundComment;
import com.safereply.app.IngestOutcome;
import com.safereply.app.Platform;
import com.safereply.app.StoreUnavailableException;
import com.safereply.testing.lambda.LambdaInvoker;
import com.safereply.testing.lambda.LambdaInvoker.LambdaResponse;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Meta deliveries and handshakes, as API Gateway v2 events through the Lambda runtime and WebhookHandler. */
@QuarkusTest
@TestProfile(SignedTestProfile.class)
class MetaWebhookLambdaTest {

    private static final String SAMPLE_TEXT_FRAGMENT = "new patients";

    @Inject
    RecordingCommentIngest ingest;

    @BeforeEach
    void reset() {
        ingest.reset();
    }

    private static LambdaResponse send(APIGatewayV2HTTPEvent event) {
        return LambdaInvoker.invoke(event);
    }

    private void assertOk(LambdaResponse response) {
        assertEquals(200, response.statusCode(), response.body());
        assertFalse(response.body().contains(SAMPLE_TEXT_FRAGMENT), "the summary must not echo comment text");
    }

    private void assertRejected(LambdaResponse response, int status, String problem) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(problem, response.json().get("error").asText());
        assertFalse(response.body().contains("Exception"), "no stack trace or exception names in responses");
        assertTrue(ingest.calls().isEmpty(), "nothing may be ingested from a rejected delivery");
    }

    // ---- happy paths, one per platform and verb

    @ParameterizedTest
    @Event(value = "events/meta-page-comment.json", type = APIGatewayV2HTTPEvent.class)
    void aPageCommentIsIngested(APIGatewayV2HTTPEvent event) {
        LambdaResponse response = send(signedForMeta(event));

        assertOk(response);
        assertEquals(1, response.json().get("created").asInt());
        InboundComment c = ingest.calls().get(0);
        assertEquals(Platform.FACEBOOK, c.platform());
        assertEquals("104412345678901", c.channelId());
        assertEquals("711223344556677_998877665544332", c.commentId());
        assertEquals(CommentVerb.ADD, c.verb());
        assertEquals("facebook:711223344556677_998877665544332:add", c.deliveryKey());
        assertTrue(c.text().contains(SAMPLE_TEXT_FRAGMENT));
        assertTrue(c.permalink().startsWith("https://www.facebook.com/"));
        assertEquals(1, ingest.calls().size());
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-comment-edited.json", type = APIGatewayV2HTTPEvent.class)
    void anEditedCommentIsReTriaged(APIGatewayV2HTTPEvent event) {
        ingest.answerWith(c -> IngestOutcome.RETRIAGED);

        LambdaResponse response = send(signedForMeta(event));

        assertOk(response);
        assertEquals(1, response.json().get("retriaged").asInt());
        assertEquals(CommentVerb.EDIT, ingest.calls().get(0).verb());
        assertEquals("facebook:711223344556677_998877665544332:edited:1767261900:fd6f1c9ac744c431", ingest.calls().get(0).deliveryKey());
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-comment-remove.json", type = APIGatewayV2HTTPEvent.class)
    void aRemovedCommentRetracts(APIGatewayV2HTTPEvent event) {
        ingest.answerWith(c -> IngestOutcome.RETRACTED);

        LambdaResponse response = send(signedForMeta(event));

        assertOk(response);
        assertEquals(1, response.json().get("retracted").asInt());
        assertEquals(CommentVerb.REMOVE, ingest.calls().get(0).verb());
        assertNull(ingest.calls().get(0).text());
    }

    @ParameterizedTest
    @Event(value = "events/meta-instagram-comment.json", type = APIGatewayV2HTTPEvent.class)
    void anInstagramCommentIsIngested(APIGatewayV2HTTPEvent event) {
        LambdaResponse response = send(signedForMeta(event));

        assertOk(response);
        assertEquals(1, response.json().get("created").asInt());
        InboundComment c = ingest.calls().get(0);
        assertEquals(Platform.INSTAGRAM, c.platform());
        assertEquals("17841400000000001", c.channelId());
        assertEquals("instagram:17919697626119712", c.deliveryKey());
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-comment.json", type = APIGatewayV2HTTPEvent.class)
    void aBase64EncodedBodyIsVerifiedOverItsDecodedBytes(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent signed = signedForMeta(event);
        signed.setBody(Base64.getEncoder().encodeToString(signed.getBody().getBytes(StandardCharsets.UTF_8)));
        signed.setIsBase64Encoded(true);

        assertOk(send(signed));
        assertEquals(1, ingest.calls().size());
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-comment.json", type = APIGatewayV2HTTPEvent.class)
    void aRepeatedDeliveryKeepsItsKeySoIngestCanDeduplicate(APIGatewayV2HTTPEvent event) {
        ingest.answerWith(c -> ingest.calls().size() == 1 ? IngestOutcome.CREATED : IngestOutcome.DUPLICATE);
        String body = event.getBody();

        for (int i = 0; i < 5; i++) {
            LambdaResponse response = send(signedForMeta(withBody(event, body)));
            assertOk(response);
            assertEquals(i == 0 ? 1 : 0, response.json().get("created").asInt());
            assertEquals(i == 0 ? 0 : 1, response.json().get("duplicate").asInt());
        }
        assertEquals(1, ingest.calls().stream().map(InboundComment::deliveryKey).distinct().count());
    }

    // ---- filtering and partial batches

    @ParameterizedTest
    @Event(value = "events/meta-page-batch-partly-valid.json", type = APIGatewayV2HTTPEvent.class)
    void aPartlyValidBatchIngestsTheValidChangesAndReportsTheRest(APIGatewayV2HTTPEvent event) {
        LambdaResponse response = send(signedForMeta(event));

        assertOk(response);
        JsonNode summary = response.json();
        assertEquals(2, summary.get("created").asInt());
        assertEquals(2, summary.get("ignored").asInt()); // the page's own reply and a reaction
        assertEquals(1, summary.get("rejected").asInt());
        assertEquals("entry[0].changes[1]", summary.get("rejectedChanges").get(0).get("where").asText());
        assertEquals("missing required field: value.comment_id", summary.get("rejectedChanges").get(0).get("problem").asText());
        assertEquals(2, ingest.calls().size());
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-own-reply.json", type = APIGatewayV2HTTPEvent.class)
    void thePagesOwnReplyIsAcknowledgedButNotIngested(APIGatewayV2HTTPEvent event) {
        LambdaResponse response = send(signedForMeta(event));

        assertOk(response);
        assertEquals(1, response.json().get("ignored").asInt());
        assertTrue(ingest.calls().isEmpty());
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-comment-unknown-page.json", type = APIGatewayV2HTTPEvent.class)
    void anUnclaimedPageIsAcknowledgedAndCounted(APIGatewayV2HTTPEvent event) {
        LambdaResponse response = send(signedForMeta(event));

        assertOk(response);
        assertEquals(1, response.json().get("unknownChannel").asInt());
        assertEquals(0, response.json().get("created").asInt());
    }

    // ---- signatures

    @ParameterizedTest
    @Event(value = "events/meta-bad-signature.json", type = APIGatewayV2HTTPEvent.class)
    void aBadSignatureIs401AndNothingIsIngested(APIGatewayV2HTTPEvent event) {
        assertRejected(send(event), 401, "signature does not match the body");
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-comment.json", type = APIGatewayV2HTTPEvent.class)
    void aMissingSignatureIs401(APIGatewayV2HTTPEvent event) {
        assertRejected(send(withHeader(event, "x-hub-signature-256", null)), 401, "missing signature header");
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-comment.json", type = APIGatewayV2HTTPEvent.class)
    void aBodyChangedAfterSigningIs401(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent signed = signedForMeta(event);
        signed.setBody(signed.getBody().replace("\"verb\":\"add\"", "\"verb\":\"remove\""));
        assertRejected(send(signed), 401, "signature does not match the body");
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-comment.json", type = APIGatewayV2HTTPEvent.class)
    void theSampleSignedWithTheLocalSecretIsRefusedUnderAnotherSecret(APIGatewayV2HTTPEvent event) {
        assertRejected(send(event), 401, "signature does not match the body");
    }

    // ---- bad input from a correctly signing sender: 400 naming the problem

    @ParameterizedTest
    @Event(value = "events/meta-malformed-json.json", type = APIGatewayV2HTTPEvent.class)
    void malformedJsonIs400(APIGatewayV2HTTPEvent event) {
        assertRejected(send(signedForMeta(event)), 400, "body is not valid JSON");
    }

    @ParameterizedTest
    @Event(value = "events/meta-unknown-object.json", type = APIGatewayV2HTTPEvent.class)
    void anUnknownObjectIs400(APIGatewayV2HTTPEvent event) {
        assertRejected(send(signedForMeta(event)), 400, "unknown object: expected page or instagram");
    }

    @ParameterizedTest
    @Event(value = "events/meta-missing-entry.json", type = APIGatewayV2HTTPEvent.class)
    void aMissingEntryIs400(APIGatewayV2HTTPEvent event) {
        assertRejected(send(signedForMeta(event)), 400, "missing required field: entry (an array)");
    }

    @ParameterizedTest
    @Event(value = "events/meta-wrong-content-type.json", type = APIGatewayV2HTTPEvent.class)
    void aWrongContentTypeIs400(APIGatewayV2HTTPEvent event) {
        assertRejected(send(signedForMeta(event)), 400, "content type must be application/json");
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-comment.json", type = APIGatewayV2HTTPEvent.class)
    void aMissingContentTypeIs400(APIGatewayV2HTTPEvent event) {
        assertRejected(send(signedForMeta(withHeader(event, "content-type", null))), 400, "content type must be application/json");
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-comment.json", type = APIGatewayV2HTTPEvent.class)
    void aBodyOverOneMegabyteIs400(APIGatewayV2HTTPEvent event) {
        String padded = event.getBody().replace("Do you take", "x".repeat(DeliveryRoute.MAX_BODY_BYTES) + " Do you take");

        assertRejected(send(signedForMeta(withBody(event, padded))), 400, "body exceeds 1048576 bytes");
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-comment.json", type = APIGatewayV2HTTPEvent.class)
    void aDeliveryWhoseOnlyChangeLacksRequiredFieldsIs400(APIGatewayV2HTTPEvent event) {
        String noCommentId = event.getBody().replace("\"comment_id\":\"711223344556677_998877665544332\",", "");

        LambdaResponse response = send(signedForMeta(withBody(event, noCommentId)));

        assertRejected(response, 400, "no usable change in the delivery");
        assertEquals("missing required field: value.comment_id",
                response.json().get("rejectedChanges").get(0).get("problem").asText());
    }

    // ---- storage trouble: the only 5xx

    @ParameterizedTest
    @Event(value = "events/meta-page-comment.json", type = APIGatewayV2HTTPEvent.class)
    void storageDownIs503SoMetaRetries(APIGatewayV2HTTPEvent event) {
        ingest.answerWith(c -> {
            throw new StoreUnavailableException("dynamodb throttled", null);
        });

        LambdaResponse response = send(signedForMeta(event));

        assertEquals(503, response.statusCode());
        assertEquals("storage unavailable, retry later", response.json().get("error").asText());
        assertEquals("30", response.header("Retry-After"));
        assertFalse(response.body().contains("dynamodb"));
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-comment.json", type = APIGatewayV2HTTPEvent.class)
    void anUnexpectedFailureIs500WithoutDetails(APIGatewayV2HTTPEvent event) {
        ingest.answerWith(c -> {
            throw new IllegalStateException("bug near " + c.text());
        });

        LambdaResponse response = send(signedForMeta(event));

        assertEquals(500, response.statusCode());
        assertEquals("{\"error\":\"internal error\"}", response.body());
    }

    // ---- the GET handshake

    private static APIGatewayV2HTTPEvent verify(APIGatewayV2HTTPEvent event, String mode, String token, String challenge) {
        String raw = "hub.mode=" + mode + "&hub.challenge=" + challenge + "&hub.verify_token=" + token;
        return withQuery(event, raw, Map.of("hub.mode", mode, "hub.challenge", challenge, "hub.verify_token", token));
    }

    @ParameterizedTest
    @Event(value = "events/meta-verify-get.json", type = APIGatewayV2HTTPEvent.class)
    void theHandshakeEchoesTheChallengeForTheConfiguredToken(APIGatewayV2HTTPEvent event) {
        LambdaResponse response = send(verify(event, "subscribe", SignedTestProfile.META_VERIFY_TOKEN, "1158201444"));

        assertEquals(200, response.statusCode());
        assertEquals("1158201444", response.body());
        assertTrue(response.header("Content-Type").startsWith("text/plain"));
    }

    @ParameterizedTest
    @Event(value = "events/meta-verify-get.json", type = APIGatewayV2HTTPEvent.class)
    void theHandshakeRefusesTheSampleTokenBecauseThisDeploymentHasAnother(APIGatewayV2HTTPEvent event) {
        assertRejected(send(event), 403, "verification failed");
    }

    @ParameterizedTest
    @Event(value = "events/meta-verify-get.json", type = APIGatewayV2HTTPEvent.class)
    void theHandshakeRefusesAWrongMode(APIGatewayV2HTTPEvent event) {
        assertRejected(send(verify(event, "unsubscribe", SignedTestProfile.META_VERIFY_TOKEN, "1")), 403, "verification failed");
    }

    @ParameterizedTest
    @Event(value = "events/meta-verify-get.json", type = APIGatewayV2HTTPEvent.class)
    void theHandshakeRefusesAnEmptyToken(APIGatewayV2HTTPEvent event) {
        assertRejected(send(verify(event, "subscribe", "", "1")), 403, "verification failed");
    }

    // ---- framework edges stay JSON

    @Test
    void anUnknownPathIsAJson404() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/meta-verify-get.json");
        event.setRawPath("/webhooks/tiktok");
        event.getRequestContext().getHttp().setPath("/webhooks/tiktok");

        LambdaResponse response = send(event);

        assertEquals(404, response.statusCode());
        assertEquals("not found", response.json().get("error").asText());
    }
}
