package com.safereply.webhook.http;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.safereply.app.Platform;
import com.safereply.app.draft.DraftRecord;
import com.safereply.core.model.Category;
import com.safereply.core.model.StarRating;
import com.safereply.store.ItemType;
import com.safereply.testing.lambda.LambdaInvoker;
import com.safereply.testing.lambda.LambdaInvoker.LambdaResponse;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * {@code POST /webhooks/google} as API Gateway delivers a Pub/Sub push (the sample events/webhook-google-review.json),
 * with Google at the wire and the real ingest on DynamoDB Local: a valid token gives one draft, a repeated messageId
 * still one; every bad token is 401 with nothing fetched or stored; a malformed envelope is 400.
 */
@QuarkusTest
@TestProfile(GooglePushProfile.class)
class GoogleWebhookLambdaTest {

    private IngestTable table;
    private String reviewId;

    @BeforeEach
    void emptyTable() {
        table = IngestTable.fromTestConfig().resetWithSamplePractice();
        GoogleStandIn.wire.resetRequests();
        TestRefreshTokens.use(TestRefreshTokens.REFRESH_TOKEN);
        reviewId = "AIe9_BG" + UUID.randomUUID().toString().replace("-", "");
        GoogleStandIn.review(reviewId, "TWO", "Waited an hour past my appointment time.", "2026-12-01T10:00:00Z");
    }

    /** The token is static (the bean reads it), so a test that changed it must not hand its token to the next class. */
    @AfterEach
    void restoreTheRefreshToken() {
        TestRefreshTokens.use(TestRefreshTokens.REFRESH_TOKEN);
    }

    @Test
    void aValidPushGivesOneDraftAndTheSameMessageIdAgainStillOne() {
        String body = envelope("NEW_REVIEW", reviewId, "9876543210123");
        LambdaResponse first = send(push(body, "Bearer " + GoogleStandIn.token(GoogleStandIn.googleKey, c -> c)));
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("CREATED", first.json().path("outcome").asText());
        LambdaResponse again = send(push(body, "Bearer " + GoogleStandIn.token(GoogleStandIn.googleKey, c -> c)));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("DUPLICATE", again.json().path("outcome").asText());

        DraftRecord draft = table.draft(Platform.GOOGLE, reviewName());
        assertEquals(IngestTable.PRACTICE_ID, draft.practiceId());
        assertEquals(1, table.queue().size(), "one draft for one review");
        assertFalse(draft.draft().text().isBlank());
        assertEquals(new StarRating(2), draft.comment().rating(), "Google's starRating TWO, stored with the review");
        assertTrue(draft.triage().signals().stream().anyMatch(s -> s.contains("2/5")), draft.triage().signals().toString());
        GoogleStandIn.wire.verify(2, getRequestedFor(urlPathMatching("/v4/.*/reviews/" + reviewId)));
    }

    @Test
    void anUpdatedReviewRetriagesItsPendingDraft() {
        send(push(envelope("NEW_REVIEW", reviewId, "111"), "Bearer " + GoogleStandIn.token(GoogleStandIn.googleKey, c -> c)));
        table.afterTriage();
        GoogleStandIn.review(reviewId, "ONE", "Still waiting for a call back about my bill.", "2026-12-01T11:00:00Z");
        LambdaResponse updated = send(push(envelope("UPDATED_REVIEW", reviewId, "222"),
                "Bearer " + GoogleStandIn.token(GoogleStandIn.googleKey, c -> c)));
        assertEquals("RETRIAGED", updated.json().path("outcome").asText(), updated.body());
        assertEquals(1, table.queue().size());
        assertEquals(new StarRating(1), table.draft(Platform.GOOGLE, reviewName()).comment().rating(),
                "the updated review's rating replaces the old one");
    }

    /**
     * Pub/Sub redelivers by messageId, and a redelivery may find the review changed meanwhile: it is still the delivery
     * already applied. The changed text is served and fetched, and changes nothing; only a new messageId re-triages.
     */
    @Test
    void theSameMessageIdAgainAsAnUpdatedReviewWithChangedTextIsADuplicate() {
        String messageId = "5550001112223";
        send(push(envelope("NEW_REVIEW", reviewId, messageId), "Bearer " + GoogleStandIn.token(GoogleStandIn.googleKey, c -> c)));
        DraftRecord before = table.draft(Platform.GOOGLE, reviewName());
        GoogleStandIn.review(reviewId, "ONE", "Now I am even angrier about the wait.", "2026-12-01T11:30:00Z");

        LambdaResponse again = send(push(envelope("UPDATED_REVIEW", reviewId, messageId),
                "Bearer " + GoogleStandIn.token(GoogleStandIn.googleKey, c -> c)));

        assertEquals(200, again.statusCode(), again.body());
        assertEquals("DUPLICATE", again.json().path("outcome").asText(), "not RETRIAGED: " + again.body());
        assertEquals(1, table.queue().size(), "one draft");
        DraftRecord after = table.draft(Platform.GOOGLE, reviewName());
        assertEquals(before.version(), after.version(), "the draft was not re-drafted");
        assertEquals(before.draft().text(), after.draft().text());
        assertEquals("Waited an hour past my appointment time.", after.comment().text(), "the first text stays");
        assertEquals(new StarRating(2), after.comment().rating());
        GoogleStandIn.wire.verify(2, getRequestedFor(urlEqualTo("/v4/" + reviewName())));
    }

    /**
     * The push path's Google calls at the wire: the practice's refresh token (from its secret; a stand-in here) is
     * exchanged at the token endpoint with SafeReply's OAuth client, and the review is read with that access token.
     */
    @Test
    void theReviewIsFetchedWithTheAccessTokenThePracticesRefreshTokenBuys() {
        String refreshToken = "1//refresh-" + UUID.randomUUID();
        String accessToken = "ya29.for-" + UUID.randomUUID();
        TestRefreshTokens.use(refreshToken);
        GoogleStandIn.wire.stubFor(post(urlEqualTo("/token"))
                .withRequestBody(containing("refresh_token=" + form(refreshToken)))
                .willReturn(okJson("{\"access_token\": \"" + accessToken + "\", \"expires_in\": 3599,"
                        + " \"scope\": \"https://www.googleapis.com/auth/business.manage\", \"token_type\": \"Bearer\"}")));

        LambdaResponse created = send(push(envelope("NEW_REVIEW", reviewId, "777"),
                "Bearer " + GoogleStandIn.token(GoogleStandIn.googleKey, c -> c)));
        assertEquals("CREATED", created.json().path("outcome").asText(), created.body());

        GoogleStandIn.wire.verify(1, postRequestedFor(urlEqualTo("/token"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=" + form(refreshToken)))
                .withRequestBody(containing("client_id=" + form("test-client.apps.googleusercontent.com")))
                .withRequestBody(containing("client_secret=" + form("test-client-secret"))));
        GoogleStandIn.wire.verify(1, getRequestedFor(urlEqualTo("/v4/" + reviewName()))
                .withHeader("Authorization", equalTo("Bearer " + accessToken)));
    }

    @Test
    void aOneStarReviewWithoutTextIsTriagedAsAComplaint() {
        GoogleStandIn.review(reviewId, "ONE", "", "2026-12-01T12:00:00Z");
        LambdaResponse created = send(push(envelope("NEW_REVIEW", reviewId, "444"),
                "Bearer " + GoogleStandIn.token(GoogleStandIn.googleKey, c -> c)));
        assertEquals("CREATED", created.json().path("outcome").asText(), created.body());

        DraftRecord draft = table.draft(Platform.GOOGLE, reviewName());
        assertEquals(Category.COMPLAINT, draft.triage().category(), draft.triage().signals().toString());
        assertTrue(draft.draft().templateId().startsWith("complaint."), draft.draft().templateId());
    }

    @Test
    void everyBadTokenIs401AndNothingIsFetchedOrStored() {
        String body = envelope("NEW_REVIEW", reviewId, "333");
        Instant past = Instant.now().minusSeconds(7_200);
        Map<String, String> tokens = new HashMap<>();
        tokens.put("wrong audience", "Bearer " + GoogleStandIn.token(GoogleStandIn.googleKey,
                c -> c.audience("https://evil.example/webhooks/google")));
        tokens.put("wrong issuer", "Bearer " + GoogleStandIn.token(GoogleStandIn.googleKey,
                c -> c.issuer("https://login.example.com")));
        tokens.put("wrong e-mail", "Bearer " + GoogleStandIn.token(GoogleStandIn.googleKey,
                c -> c.claim("email", "someone@attacker.iam.gserviceaccount.com")));
        tokens.put("expired", "Bearer " + GoogleStandIn.token(GoogleStandIn.googleKey,
                c -> c.issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(3_600)))));
        tokens.put("unknown key", "Bearer " + GoogleStandIn.token(GoogleStandIn.strangerKey, c -> c));
        tokens.put("no token", null);
        tokens.forEach((what, authorization) -> {
            LambdaResponse refused = send(push(body, authorization));
            assertEquals(401, refused.statusCode(), what + ": " + refused.body());
        });
        assertEquals(0, table.writtenByDeliveries(), "nothing stored");
        GoogleStandIn.wire.verify(0, getRequestedFor(urlPathMatching("/v4/.*")));
    }

    @Test
    void aMalformedEnvelopeIs400() {
        String token = "Bearer " + GoogleStandIn.token(GoogleStandIn.googleKey, c -> c);
        assertEquals(400, send(push("{\"message\": {\"messageId\": \"1\", \"data\": \"not base64!\"}}", token)).statusCode());
        assertEquals(400, send(push("not json", token)).statusCode());
        assertEquals(400, send(push("{\"message\": {\"messageId\": \"2\", \"data\": \""
                + b64("{\"notificationType\": \"NEW_REVIEW\", \"locationName\": \"accounts/1/locations/2\","
                + " \"reviewName\": \"accounts/9/locations/9/reviews/x\"}") + "\"}}", token)).statusCode(),
                "a review of another location");
        assertEquals(0, table.writtenByDeliveries());
    }

    // ------------------------------------------------------------------ helpers

    private String reviewName() {
        return GoogleStandIn.LOCATION + "/reviews/" + reviewId;
    }

    /** A Pub/Sub push body: the Business Profile notification base64-encoded in message.data. */
    private String envelope(String type, String review, String messageId) {
        String data = "{\"type\": \"" + type + "\", \"notificationType\": \"" + type + "\", \"locationName\": \""
                + GoogleStandIn.LOCATION + "\", \"reviewName\": \"" + GoogleStandIn.LOCATION + "/reviews/" + review + "\"}";
        return "{\"message\": {\"attributes\": {\"type\": \"" + type + "\"}, \"data\": \"" + b64(data)
                + "\", \"messageId\": \"" + messageId + "\", \"publishTime\": \"2026-12-01T10:00:01.123Z\"},"
                + " \"subscription\": \"projects/safereply-test/subscriptions/gbp-reviews-push\"}";
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static APIGatewayV2HTTPEvent push(String body, String authorization) {
        APIGatewayV2HTTPEvent event = com.amazonaws.services.lambda.runtime.tests.EventLoader.loadApiGatewayHttpEvent("events/webhook-google-review.json");
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.remove("authorization");
        if (authorization != null) {
            headers.put("authorization", authorization);
        }
        event.setHeaders(headers);
        event.setBody(body);
        event.setIsBase64Encoded(false);
        return event;
    }

    private static LambdaResponse send(APIGatewayV2HTTPEvent event) {
        LambdaResponse response = LambdaInvoker.invoke(event);
        assertFalse(response.body().contains("Waited"), "responses never echo review text");
        assertTrue(response.statusCode() < 500, response.body());
        return response;
    }
}
