package com.safereply.platforms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.safereply.app.Platform;
import com.safereply.app.publish.PlatformOutcome;
import com.safereply.app.publish.PlatformToken;
import com.safereply.app.publish.ReadBack;
import com.safereply.app.publish.Refusal;
import com.safereply.app.publish.ReplyTarget;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Graph calls at the wire, with error bodies in the shape the Graph API documents and sends. */
class MetaGraphGatewayWireTest {
    private static final PlatformToken TOKEN = new PlatformToken("EAAB-page-token");
    private static final ReplyTarget FB = new ReplyTarget(Platform.FACEBOOK, "104412345678901", "104412345678901_55501");
    private static final ReplyTarget IG = new ReplyTarget(Platform.INSTAGRAM, "17841400000000001", "17900000000000001");

    private WireMockServer wire;
    private MetaGraphGateway gateway;

    @BeforeEach
    void start() {
        wire = new WireMockServer(options().dynamicPort());
        wire.start();
        gateway = new MetaGraphGateway(URI.create(wire.baseUrl()), "v25.0",
                new PlatformHttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() {
        wire.stop();
    }

    @Test
    void facebookReplyPostsTheMessageInTheBodyWithTheTokenInTheHeader() {
        wire.stubFor(post("/v25.0/104412345678901_55501/comments")
                .willReturn(okJson("{\"id\":\"104412345678901_55777\"}")));

        PlatformOutcome outcome = gateway.postReply(FB, "Please call us at (212) 555-0147.", TOKEN);

        assertEquals(new PlatformOutcome.Done("104412345678901_55777"), outcome);
        wire.verify(1, postRequestedFor(urlPathEqualTo("/v25.0/104412345678901_55501/comments"))
                .withHeader("Authorization", equalTo("Bearer EAAB-page-token"))
                .withRequestBody(equalTo("message=Please+call+us+at+%28212%29+555-0147.")));
        assertFalse(wire.getAllServeEvents().get(0).getRequest().getUrl().contains("message"),
                "reply text must not travel in the URL");
    }

    @Test
    void instagramReplyUsesTheRepliesEdge() {
        wire.stubFor(post("/v25.0/17900000000000001/replies").willReturn(okJson("{\"id\":\"17900000000000099\"}")));

        assertEquals(new PlatformOutcome.Done("17900000000000099"), gateway.postReply(IG, "Thank you!", TOKEN));
    }

    @ParameterizedTest(name = "Graph code {0}/{1} (HTTP {2}) proves nothing was written")
    @CsvSource({"4,-1,400", "17,-1,400", "32,-1,400", "613,-1,400", "80001,-1,400", "4,-1,429"})
    void throttlingCodesAreSafeToRetry(int code, int subcode, int status) {
        wire.stubFor(post("/v25.0/104412345678901_55501/comments").willReturn(graphError(status, code, subcode,
                "(#" + code + ") Application request limit reached", "OAuthException")));

        assertInstanceOf(PlatformOutcome.NothingWritten.class, gateway.postReply(FB, "Thank you!", TOKEN));
    }

    @Test
    void expiredTokenIsARefusalThatNeedsReauthorisation() {
        wire.stubFor(post("/v25.0/104412345678901_55501/comments").willReturn(graphError(400, 190, 463,
                "Error validating access token: Session has expired on Tuesday, 01-Dec-26 10:00:00 PST.",
                "OAuthException")));

        PlatformOutcome outcome = gateway.postReply(FB, "Thank you!", TOKEN);

        assertEquals(new PlatformOutcome.Refused(Refusal.TOKEN_INVALID, "graph 190/463"), outcome);
    }

    @Test
    void deletedCommentIsTargetGone() {
        wire.stubFor(post("/v25.0/104412345678901_55501/comments").willReturn(graphError(400, 100, 33,
                "Unsupported post request. Object with ID '104412345678901_55501' does not exist, cannot be loaded due"
                        + " to missing permissions, or does not support this operation.",
                "GraphMethodException")));

        PlatformOutcome outcome = gateway.postReply(FB, "Thank you!", TOKEN);

        assertEquals(Refusal.TARGET_GONE, ((PlatformOutcome.Refused) outcome).refusal());
        assertEquals("comment no longer available", Refusal.TARGET_GONE.approverReason());
    }

    @Test
    void policyBlockStopsPublishing() {
        wire.stubFor(post("/v25.0/104412345678901_55501/comments").willReturn(graphError(400, 368, 1390008,
                "It looks like you were misusing this feature by going too fast. You've been temporarily blocked from"
                        + " using it.", "OAuthException")));

        PlatformOutcome.Refused refused = (PlatformOutcome.Refused) gateway.postReply(FB, "Thank you!", TOKEN);

        assertEquals(Refusal.POLICY_BLOCKED, refused.refusal());
        assertEquals(true, refused.refusal().needsOperator());
    }

    @Test
    void permissionErrorIsARefusal() {
        wire.stubFor(post("/v25.0/104412345678901_55501/comments").willReturn(graphError(403, 200, -1,
                "(#200) Requires pages_manage_engagement permission to manage the object", "OAuthException")));

        assertEquals(Refusal.PERMISSION_MISSING,
                ((PlatformOutcome.Refused) gateway.postReply(FB, "Thank you!", TOKEN)).refusal());
    }

    @Test
    void serverErrorAndDuplicatePostLeaveTheWriteUnknown() {
        wire.stubFor(post("/v25.0/104412345678901_55501/comments").willReturn(graphError(500, 2, -1,
                "An unexpected error has occurred. Please retry your request later.", "OAuthException")));
        assertInstanceOf(PlatformOutcome.Unknown.class, gateway.postReply(FB, "Thank you!", TOKEN));

        wire.stubFor(post("/v25.0/104412345678901_55501/comments").willReturn(graphError(400, 506, -1,
                "Duplicate status message", "OAuthException")));
        assertInstanceOf(PlatformOutcome.Unknown.class, gateway.postReply(FB, "Thank you!", TOKEN));
    }

    @Test
    void timeoutAfterTheRequestWasSentLeavesTheWriteUnknown() {
        wire.stubFor(post("/v25.0/104412345678901_55501/comments")
                .willReturn(okJson("{\"id\":\"late\"}").withFixedDelay(2_000)));
        MetaGraphGateway impatient = new MetaGraphGateway(URI.create(wire.baseUrl()), "v25.0",
                new PlatformHttpSettings(Duration.ofSeconds(2), Duration.ofMillis(300)));

        assertInstanceOf(PlatformOutcome.Unknown.class, impatient.postReply(FB, "Thank you!", TOKEN));
    }

    @Test
    void connectionResetLeavesTheWriteUnknown() {
        wire.stubFor(post("/v25.0/104412345678901_55501/comments")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertInstanceOf(PlatformOutcome.Unknown.class, gateway.postReply(FB, "Thank you!", TOKEN));
    }

    @Test
    void connectionRefusedProvesNothingWasWritten() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        MetaGraphGateway nowhere = new MetaGraphGateway(URI.create("http://127.0.0.1:" + closedPort), "v25.0",
                PlatformHttpSettings.defaults());

        assertEquals(new PlatformOutcome.NothingWritten("connection refused"), nowhere.postReply(FB, "Hi", TOKEN));
    }

    @Test
    void unresolvableHostProvesNothingWasWritten() {
        MetaGraphGateway nowhere = new MetaGraphGateway(URI.create("http://graph.invalid"), "v25.0",
                PlatformHttpSettings.defaults());

        assertInstanceOf(PlatformOutcome.NothingWritten.class, nowhere.postReply(FB, "Hi", TOKEN));
    }

    @Test
    void readBackFindsThePagesOwnReplyAcrossPages() {
        wire.stubFor(get(urlPathEqualTo("/v25.0/104412345678901_55501/comments"))
                .withQueryParam("after", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .willReturn(okJson("{\"data\":[{\"id\":\"c1\",\"from\":{\"id\":\"999\",\"name\":\"Someone\"}}],"
                        + "\"paging\":{\"cursors\":{\"before\":\"b\",\"after\":\"cursor1\"},"
                        + "\"next\":\"https://graph.facebook.com/v25.0/x/comments?after=cursor1\"}}")));
        wire.stubFor(get(urlPathEqualTo("/v25.0/104412345678901_55501/comments"))
                .withQueryParam("after", equalTo("cursor1"))
                .willReturn(okJson("{\"data\":[{\"id\":\"c2\",\"from\":{\"id\":\"104412345678901\",\"name\":\"Sunrise\"}}],"
                        + "\"paging\":{\"cursors\":{\"before\":\"c\",\"after\":\"cursor2\"}}}")));

        assertEquals(new ReadBack.Found("c2"), gateway.findOwnReply(FB, TOKEN));
        wire.verify(2, getRequestedFor(urlPathEqualTo("/v25.0/104412345678901_55501/comments")));
    }

    @Test
    void readBackWithoutThePagesReplyIsAbsent() {
        wire.stubFor(get(urlPathEqualTo("/v25.0/17900000000000001/replies"))
                .willReturn(okJson("{\"data\":[{\"id\":\"r1\",\"from\":{\"id\":\"5\",\"username\":\"someone\"}}]}")));

        assertEquals(new ReadBack.Absent(), gateway.findOwnReply(IG, TOKEN));
    }

    @Test
    void readBackOfADeletedCommentSaysSo() {
        wire.stubFor(get(urlPathEqualTo("/v25.0/104412345678901_55501/comments")).willReturn(graphError(400, 100, 33,
                "Object with ID '104412345678901_55501' does not exist", "GraphMethodException")));

        assertEquals(new ReadBack.TargetGone(), gateway.findOwnReply(FB, TOKEN));
    }

    @Test
    void hideUsesEachPlatformsFlag() {
        wire.stubFor(post("/v25.0/104412345678901_55501").willReturn(okJson("{\"success\":true}")));
        wire.stubFor(post("/v25.0/17900000000000001").willReturn(okJson("{\"success\":true}")));

        assertEquals(new PlatformOutcome.Done(""), gateway.hide(FB, TOKEN));
        assertEquals(new PlatformOutcome.Done(""), gateway.hide(IG, TOKEN));
        wire.verify(postRequestedFor(urlPathEqualTo("/v25.0/104412345678901_55501"))
                .withRequestBody(equalTo("is_hidden=true")));
        wire.verify(postRequestedFor(urlPathEqualTo("/v25.0/17900000000000001")).withRequestBody(equalTo("hide=true")));
    }

    @Test
    void idsThatCouldChangeTheCallAreRefusedBeforeAnyRequest() {
        assertThrows(IllegalArgumentException.class,
                () -> new ReplyTarget(Platform.FACEBOOK, "104412345678901", "../me/feed"));
        assertThrows(IllegalArgumentException.class,
                () -> new MetaGraphGateway(URI.create(wire.baseUrl()), "latest", PlatformHttpSettings.defaults()));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder graphError(
            int status, int code, int subcode, String message, String type) {
        String sub = subcode >= 0 ? ",\"error_subcode\":" + subcode : "";
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type + "\",\"code\":" + code
                        + sub + ",\"fbtrace_id\":\"AbCdEfGh123\"}}");
    }
}
