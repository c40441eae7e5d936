package com.safereply.platforms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.safereply.app.Platform;
import com.safereply.app.publish.PlatformOutcome;
import com.safereply.app.publish.PlatformToken;
import com.safereply.app.publish.ReadBack;
import com.safereply.app.publish.Refusal;
import com.safereply.app.publish.ReplyTarget;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** X API v2 at the wire, with the problem-details bodies X sends for each refusal. */
class XGatewayWireTest {
    private static final PlatformToken TOKEN = new PlatformToken("x-user-access-token");
    private static final ReplyTarget MENTION = new ReplyTarget(Platform.X, "1500000000000000001", "1860000000000000123");

    private WireMockServer wire;
    private XGateway gateway;

    @BeforeEach
    void start() {
        wire = new WireMockServer(options().dynamicPort());
        wire.start();
        gateway = new XGateway(URI.create(wire.baseUrl()),
                new PlatformHttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() {
        wire.stop();
    }

    @Test
    void replyPostsToTheMentionWithAUserToken() {
        wire.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201).withHeader("Content-Type",
                "application/json").withBody("{\"data\":{\"id\":\"1860000000000000999\",\"text\":\"Thank you!\","
                        + "\"edit_history_tweet_ids\":[\"1860000000000000999\"]}}")));

        PlatformOutcome outcome = gateway.postReply(MENTION, "Thank you!", TOKEN);

        assertEquals(new PlatformOutcome.Done("1860000000000000999"), outcome);
        wire.verify(postRequestedFor(urlPathEqualTo("/2/tweets"))
                .withHeader("Authorization", equalTo("Bearer x-user-access-token"))
                .withRequestBody(equalToJson(
                        "{\"text\":\"Thank you!\",\"reply\":{\"in_reply_to_tweet_id\":\"1860000000000000123\"}}")));
    }

    @Test
    void replyToAPostThatDidNotMentionTheAccountIsNotAllowed() {
        wire.stubFor(post("/2/tweets").willReturn(problem(403, "Forbidden", "Reply to this conversation is not allowed"
                + " because you have not been mentioned or otherwise engaged by the author of the post you are"
                + " replying to.")));

        assertEquals(Refusal.REPLY_NOT_ALLOWED,
                ((PlatformOutcome.Refused) gateway.postReply(MENTION, "Thank you!", TOKEN)).refusal());
    }

    @Test
    void deletedTargetIsGone() {
        wire.stubFor(post("/2/tweets").willReturn(problem(403, "Forbidden",
                "You attempted to reply to a Tweet that is deleted or not visible to you.")));

        assertEquals(Refusal.TARGET_GONE,
                ((PlatformOutcome.Refused) gateway.postReply(MENTION, "Thank you!", TOKEN)).refusal());
    }

    @Test
    void duplicateContentMeansProbablyPostedSoReadBack() {
        wire.stubFor(post("/2/tweets").willReturn(problem(403, "Forbidden",
                "You are not allowed to create a Tweet with duplicate content.")));

        assertInstanceOf(PlatformOutcome.Unknown.class, gateway.postReply(MENTION, "Thank you!", TOKEN));
    }

    @Test
    void unauthorisedIsATokenRefusal() {
        wire.stubFor(post("/2/tweets").willReturn(problem(401, "Unauthorized", "Unauthorized")));

        assertEquals(Refusal.TOKEN_INVALID,
                ((PlatformOutcome.Refused) gateway.postReply(MENTION, "Thank you!", TOKEN)).refusal());
    }

    @Test
    void rateLimitIsSafeToRetryAndServerErrorIsUnknown() {
        wire.stubFor(post("/2/tweets").willReturn(problem(429, "Too Many Requests", "Too Many Requests")));
        assertInstanceOf(PlatformOutcome.NothingWritten.class, gateway.postReply(MENTION, "Thank you!", TOKEN));

        wire.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(503).withBody("upstream unavailable")));
        assertInstanceOf(PlatformOutcome.Unknown.class, gateway.postReply(MENTION, "Thank you!", TOKEN));
    }

    @Test
    void readBackFindsTheAccountsReplyToTheMentionInItsTimeline() {
        wire.stubFor(get(urlPathEqualTo("/2/users/1500000000000000001/tweets"))
                .withQueryParam("tweet.fields", equalTo("referenced_tweets"))
                .willReturn(okJson("{\"data\":[{\"id\":\"1\",\"text\":\"other\",\"referenced_tweets\":[{\"type\":"
                        + "\"replied_to\",\"id\":\"1700\"}]},{\"id\":\"1860000000000000999\",\"text\":\"Thank you!\","
                        + "\"referenced_tweets\":[{\"type\":\"replied_to\",\"id\":\"1860000000000000123\"}]}],"
                        + "\"meta\":{\"result_count\":2}}")));

        assertEquals(new ReadBack.Found("1860000000000000999"), gateway.findOwnReply(MENTION, TOKEN));
    }

    @Test
    void readBackWithoutAReplyIsAbsentAndAFailedReadIsUnreadable() {
        wire.stubFor(get(urlPathEqualTo("/2/users/1500000000000000001/tweets"))
                .willReturn(okJson("{\"meta\":{\"result_count\":0}}")));
        assertEquals(new ReadBack.Absent(), gateway.findOwnReply(MENTION, TOKEN));

        wire.stubFor(get(urlPathEqualTo("/2/users/1500000000000000001/tweets"))
                .willReturn(problem(429, "Too Many Requests", "Too Many Requests")));
        assertInstanceOf(ReadBack.Unreadable.class, gateway.findOwnReply(MENTION, TOKEN));
    }

    @Test
    void hideReplyPutsHiddenTrue() {
        wire.stubFor(put("/2/tweets/1860000000000000123/hidden").withRequestBody(equalToJson("{\"hidden\":true}"))
                .willReturn(okJson("{\"data\":{\"hidden\":true}}")));

        assertEquals(new PlatformOutcome.Done(""), gateway.hide(MENTION, TOKEN));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problem(
            int status, String title, String detail) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"" + title + "\",\"detail\":\"" + detail + "\",\"type\":\"about:blank\","
                        + "\"status\":" + status + "}");
    }
}
