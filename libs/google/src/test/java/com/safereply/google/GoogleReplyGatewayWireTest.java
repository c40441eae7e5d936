package com.safereply.google;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.safereply.app.Platform;
import com.safereply.app.publish.InMemoryPublishingPauses;
import com.safereply.app.publish.InMemoryPublishLedger;
import com.safereply.app.publish.PlatformOutcome;
import com.safereply.app.publish.PlatformToken;
import com.safereply.app.publish.PublishJob;
import com.safereply.app.publish.PublishObserver;
import com.safereply.app.publish.PublishResult;
import com.safereply.app.publish.PublishService;
import com.safereply.app.publish.ReadBack;
import com.safereply.app.publish.Refusal;
import com.safereply.app.publish.ReplyTarget;
import com.safereply.app.publish.moderation.ModerationReading;
import com.safereply.app.publish.moderation.ReplyModeration;
import com.safereply.platforms.PlatformHttp;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Google's token endpoint and the Business Profile reviews API at the wire, in their documented shapes. */
class GoogleReplyGatewayWireTest {
    private static final String REVIEW = "accounts/111/locations/222/reviews/AbCdEf";
    private static final ReplyTarget TARGET = new ReplyTarget(Platform.GOOGLE, "222", REVIEW);
    private static final PlatformToken REFRESH = new PlatformToken("1//refresh-token");

    private WireMockServer wire;
    private GoogleReplyGateway gateway;
    private GoogleReviewsApi api;

    @BeforeEach
    void start() {
        wire = new WireMockServer(options().dynamicPort());
        wire.start();
        wire.stubFor(post("/token").willReturn(okJson("{\"access_token\":\"ya29.access\",\"expires_in\":3599,"
                + "\"scope\":\"https://www.googleapis.com/auth/business.manage\",\"token_type\":\"Bearer\"}")));
        api = new GoogleReviewsApi(URI.create(wire.baseUrl()),
                PlatformHttp.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)));
        gateway = new GoogleReplyGateway(api, new GoogleAccessTokens(URI.create(wire.baseUrl() + "/token"),
                new GoogleAccessTokens.OAuthClient("client-id.apps.googleusercontent.com", "client-secret"),
                Clock.systemUTC()));
    }

    @AfterEach
    void stop() {
        wire.stop();
    }

    @Test
    void approvedReplyIsOnePutWithTheCommentThroughThePublishStage() {
        wire.stubFor(get("/v4/" + REVIEW).willReturn(okJson(review(""))));
        wire.stubFor(put("/v4/" + REVIEW + "/reply").willReturn(okJson("{\"comment\":\"Thank you for your review.\","
                + "\"updateTime\":\"2026-12-03T10:00:00Z\"}")));
        InMemoryPublishLedger ledger = new InMemoryPublishLedger();
        ledger.approve("d1");
        PublishService service = new PublishService(ledger, gateway, (practice, platform) -> Optional.of(REFRESH),
                new InMemoryPublishingPauses(), PublishObserver.NONE, Clock.systemUTC(), attempt -> { });

        PublishResult result = service.publish(new PublishJob("p", "d1", TARGET, "Thank you for your review.", false));
        service.publish(new PublishJob("p", "d1", TARGET, "Thank you for your review.", false));

        assertEquals(new PublishResult.Published(REVIEW + "/reply"), result);
        wire.verify(1, putRequestedFor(urlEqualTo("/v4/" + REVIEW + "/reply"))
                .withHeader("Authorization", equalTo("Bearer ya29.access"))
                .withRequestBody(equalToJson("{\"comment\":\"Thank you for your review.\"}")));
        wire.verify(1, postRequestedFor(urlEqualTo("/token")));
    }

    @Test
    void revokedRefreshTokenIsATokenRefusal() {
        wire.stubFor(post("/token").willReturn(aResponse().withStatus(400).withHeader("Content-Type",
                "application/json").withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Token has been"
                        + " expired or revoked.\"}")));

        assertEquals(Refusal.TOKEN_INVALID,
                ((PlatformOutcome.Refused) gateway.postReply(TARGET, "Thanks", REFRESH)).refusal());
    }

    @Test
    void deletedReviewIsTargetGoneAndRateLimitIsRetryable() {
        wire.stubFor(put("/v4/" + REVIEW + "/reply").willReturn(googleError(404, "Requested entity was not found.",
                "NOT_FOUND")));
        assertEquals(Refusal.TARGET_GONE,
                ((PlatformOutcome.Refused) gateway.postReply(TARGET, "Thanks", REFRESH)).refusal());

        wire.stubFor(put("/v4/" + REVIEW + "/reply").willReturn(googleError(429, "Quota exceeded",
                "RESOURCE_EXHAUSTED")));
        assertInstanceOf(PlatformOutcome.NothingWritten.class, gateway.postReply(TARGET, "Thanks", REFRESH));
    }

    @Test
    void replyOverGooglesLimitIsRefusedWithoutACall() {
        String tooLong = "é".repeat(GoogleReplyGateway.MAX_REPLY_BYTES / 2 + 1);

        assertEquals(Refusal.REJECTED, ((PlatformOutcome.Refused) gateway.postReply(TARGET, tooLong, REFRESH)).refusal());
        wire.verify(0, putRequestedFor(anyUrl()));
    }

    @Test
    void aReplyOfExactlyGooglesLimitIsPostedWhole() {
        String atTheLimit = "é".repeat(GoogleReplyGateway.MAX_REPLY_BYTES / 2);
        wire.stubFor(put("/v4/" + REVIEW + "/reply").willReturn(okJson("{\"comment\":\"" + atTheLimit + "\","
                + "\"updateTime\":\"2026-12-03T10:00:00Z\"}")));

        PlatformOutcome outcome = gateway.postReply(TARGET, atTheLimit, REFRESH);

        assertTrue(outcome instanceof PlatformOutcome.Done, outcome.toString());
        wire.verify(1, putRequestedFor(urlEqualTo("/v4/" + REVIEW + "/reply"))
                .withRequestBody(equalToJson("{\"comment\":\"" + atTheLimit + "\"}")));
    }

    @Test
    void moderationRejectionShowsOnReadBackAndOnTheFetchedReview() throws Exception {
        wire.stubFor(get("/v4/" + REVIEW).willReturn(okJson(review(",\"reviewReply\":{\"comment\":\"Thanks\","
                + "\"updateTime\":\"2026-12-03T10:00:00Z\",\"state\":\"REJECTED\"}"))));

        assertEquals(new ReadBack.Absent(), gateway.findOwnReply(TARGET, REFRESH));
        GoogleReview fetched = api.fetch(REVIEW, new PlatformToken("ya29.access")).orElseThrow();
        assertTrue(fetched.reply().orElseThrow().rejected());
        assertEquals(java.util.Optional.of(new com.safereply.core.model.StarRating(2)), fetched.starRating());
        assertEquals(Optional.of("Waited an hour past my appointment."), fetched.comment());
    }

    /**
     * The later moderation pass reads the same review: Google's reviewReply with its moderation state
     * ({@code reviewReplyState}, or {@code state}) as the pass sees it, one GET with the exchanged access token.
     */
    @Test
    void theModerationReadBackReportsGooglesStateOfTheReply() {
        String reply = ",\"reviewReply\":{\"comment\":\"Thank you for your review.\","
                + "\"updateTime\":\"2026-12-03T10:00:00Z\",\"reviewReplyState\":\"%s\"}";
        wire.stubFor(get("/v4/" + REVIEW).willReturn(okJson(review(reply.formatted("REJECTED")))));
        assertEquals(new ModerationReading.Reported(ReplyModeration.REJECTED), gateway.read(TARGET, REFRESH));
        wire.verify(1, getRequestedFor(urlEqualTo("/v4/" + REVIEW))
                .withHeader("Authorization", equalTo("Bearer ya29.access")));

        wire.stubFor(get("/v4/" + REVIEW).willReturn(okJson(review(reply.formatted("PENDING")))));
        assertEquals(new ModerationReading.Reported(ReplyModeration.PENDING), gateway.read(TARGET, REFRESH));
        wire.stubFor(get("/v4/" + REVIEW).willReturn(okJson(review(reply.formatted("APPROVED")))));
        assertEquals(new ModerationReading.Reported(ReplyModeration.APPROVED), gateway.read(TARGET, REFRESH));
        wire.stubFor(get("/v4/" + REVIEW).willReturn(okJson(review(",\"reviewReply\":{\"comment\":\"Thanks\","
                + "\"updateTime\":\"2026-12-03T10:00:00Z\",\"state\":\"REJECTED\"}"))));
        assertEquals(new ModerationReading.Reported(ReplyModeration.REJECTED), gateway.read(TARGET, REFRESH),
                "the other spelling");
        wire.stubFor(get("/v4/" + REVIEW).willReturn(okJson(review(",\"reviewReply\":{\"comment\":\"Thanks\","
                + "\"updateTime\":\"2026-12-03T10:00:00Z\"}"))));
        assertEquals(new ModerationReading.Reported(ReplyModeration.PENDING), gateway.read(TARGET, REFRESH),
                "no state reported: nothing concluded");

        wire.stubFor(get("/v4/" + REVIEW).willReturn(okJson(review(""))));
        assertEquals(new ModerationReading.NoReply(), gateway.read(TARGET, REFRESH), "the reply was deleted");
        wire.stubFor(get("/v4/" + REVIEW).willReturn(googleError(404, "Requested entity was not found.", "NOT_FOUND")));
        assertEquals(new ModerationReading.NoReply(), gateway.read(TARGET, REFRESH), "the review was deleted");
        wire.stubFor(get("/v4/" + REVIEW).willReturn(googleError(503, "The service is unavailable.", "UNAVAILABLE")));
        assertInstanceOf(ModerationReading.Unreadable.class, gateway.read(TARGET, REFRESH));
        wire.verify(0, putRequestedFor(anyUrl()));
    }

    @Test
    void hidingIsNotOfferedOnGoogle() {
        assertInstanceOf(PlatformOutcome.Refused.class, gateway.hide(TARGET, REFRESH));
        wire.verify(0, putRequestedFor(anyUrl()));
    }

    private static String review(String extra) {
        return "{\"name\":\"" + REVIEW + "\",\"reviewId\":\"AbCdEf\",\"reviewer\":{\"displayName\":\"A Reviewer\","
                + "\"isAnonymous\":false},\"starRating\":\"TWO\",\"comment\":\"Waited an hour past my appointment.\","
                + "\"createTime\":\"2026-12-01T09:00:00Z\",\"updateTime\":\"2026-12-01T09:00:00Z\"" + extra + "}";
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder googleError(
            int status, String message, String code) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":" + status + ",\"message\":\"" + message + "\",\"status\":\"" + code
                        + "\"}}");
    }
}
