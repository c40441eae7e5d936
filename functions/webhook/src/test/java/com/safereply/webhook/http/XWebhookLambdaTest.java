package com.safereply.webhook.http;

import static com.safereply.testing.lambda.ApiGatewayEvents.withBody;
import static com.safereply.webhook.http.SampleEvents.signedForMeta;
import static com.safereply.webhook.http.SampleEvents.signedForX;
import static com.safereply.webhook.http.SampleEvents.withQuery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.safereply.app.CommentVerb;
import com.safereply.app.InboundComment;
import com.safereply.app.Platform;
import com.safereply.testing.lambda.ApiGatewayEvents;
import com.safereply.testing.lambda.LambdaInvoker;
import com.safereply.testing.lambda.LambdaInvoker.LambdaResponse;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** X deliveries and the CRC, as API Gateway v2 events through the Lambda runtime and WebhookHandler. */
@QuarkusTest
@TestProfile(SignedTestProfile.class)
class XWebhookLambdaTest {

    @Inject
    RecordingCommentIngest ingest;

    @BeforeEach
    void reset() {
        ingest.reset();
    }

    private void assertRejected(LambdaResponse response, int status, String problem) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(problem, response.json().get("error").asText());
        assertTrue(ingest.calls().isEmpty());
    }

    @ParameterizedTest
    @Event(value = "events/x-tweet-create.json", type = APIGatewayV2HTTPEvent.class)
    void aMentionIsIngested(APIGatewayV2HTTPEvent event) {
        LambdaResponse response = LambdaInvoker.invoke(signedForX(event));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(1, response.json().get("created").asInt());
        assertFalse(response.body().contains("Saturday"));
        InboundComment c = ingest.calls().get(0);
        assertEquals(Platform.X, c.platform());
        assertEquals("2244994945", c.channelId());
        assertEquals(CommentVerb.ADD, c.verb());
        assertEquals("x:1874000000000000001", c.deliveryKey());
    }

    @ParameterizedTest
    @Event(value = "events/x-own-tweet.json", type = APIGatewayV2HTTPEvent.class)
    void theAccountsOwnTweetIsAcknowledgedButNotIngested(APIGatewayV2HTTPEvent event) {
        LambdaResponse response = LambdaInvoker.invoke(signedForX(event));

        assertEquals(200, response.statusCode());
        assertEquals(1, response.json().get("ignored").asInt());
        assertTrue(ingest.calls().isEmpty());
    }

    @ParameterizedTest
    @Event(value = "events/x-missing-id.json", type = APIGatewayV2HTTPEvent.class)
    void aTweetWithoutIdIs400(APIGatewayV2HTTPEvent event) {
        LambdaResponse response = LambdaInvoker.invoke(signedForX(event));

        assertRejected(response, 400, "no usable change in the delivery");
        assertEquals("tweet_create_events[0]", response.json().get("rejectedChanges").get(0).get("where").asText());
    }

    @ParameterizedTest
    @Event(value = "events/x-tweet-create.json", type = APIGatewayV2HTTPEvent.class)
    void anUnknownPayloadIs400(APIGatewayV2HTTPEvent event) {
        LambdaResponse response = LambdaInvoker.invoke(signedForX(withBody(event, "{\"direct_message_events\":[]}")));

        assertRejected(response, 400, "unknown payload: expected for_user_id (Account Activity API) or data (X Activity API)");
    }

    @ParameterizedTest
    @Event(value = "events/x-tweet-create.json", type = APIGatewayV2HTTPEvent.class)
    void theSampleSignedWithTheLocalSecretIs401Here(APIGatewayV2HTTPEvent event) {
        assertRejected(LambdaInvoker.invoke(event), 401, "signature does not match the body");
    }

    @ParameterizedTest
    @Event(value = "events/x-tweet-create.json", type = APIGatewayV2HTTPEvent.class)
    void aMetaStyleSignatureIsNotAnXSignature(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent metaSigned = signedForMeta(event);
        String metaHeader = metaSigned.getHeaders().get("x-hub-signature-256");

        LambdaResponse response = LambdaInvoker.invoke(ApiGatewayEvents.withHeader(metaSigned, "x-twitter-webhooks-signature", metaHeader));

        assertRejected(response, 401, "malformed signature header");
    }

    @ParameterizedTest
    @Event(value = "events/x-crc-get.json", type = APIGatewayV2HTTPEvent.class)
    void theCrcIsAnsweredWithTheConsumerSecret(APIGatewayV2HTTPEvent event) {
        LambdaResponse response = LambdaInvoker.invoke(event);

        assertEquals(200, response.statusCode());
        // Python hmac over the sample crc_token with the test consumer secret.
        assertEquals("sha256=XelNwiuN3jb+nKd1QuEkLyf4RzscdU131KYFP8fHpPQ=", response.json().get("response_token").asText());
    }

    /**
     * The signing oracle of issue 11: X signs deliveries with the same key and function the CRC uses, so a CRC that
     * answers any token signs any delivery. Try exactly that: the mention's body as crc_token, then post the body with
     * the signature the CRC returned.
     */
    @ParameterizedTest
    @Event(value = "events/x-tweet-create.json", type = APIGatewayV2HTTPEvent.class)
    void theCrcCannotBeUsedToSignADelivery(APIGatewayV2HTTPEvent delivery) throws Exception {
        String body = delivery.getBody();
        APIGatewayV2HTTPEvent crc = EventLoader.loadApiGatewayHttpEvent("events/x-crc-get.json");
        withQuery(crc, "crc_token=" + URLEncoder.encode(body, StandardCharsets.UTF_8), Map.of("crc_token", body));

        LambdaResponse crcResponse = LambdaInvoker.invoke(crc);
        String stolen = crcResponse.json().path("response_token").asText("");
        LambdaResponse forged = LambdaInvoker.invoke(
                ApiGatewayEvents.withHeader(delivery, "x-twitter-webhooks-signature", stolen));

        assertEquals(400, crcResponse.statusCode(), crcResponse.body());
        assertEquals("crc_token is not a plain token", crcResponse.json().get("error").asText());
        assertEquals(401, forged.statusCode(), forged.body());
        assertTrue(ingest.calls().isEmpty());
    }

    @ParameterizedTest
    @Event(value = "events/x-crc-get.json", type = APIGatewayV2HTTPEvent.class)
    void aCrcWithoutTokenIs400(APIGatewayV2HTTPEvent event) {
        assertRejected(LambdaInvoker.invoke(withQuery(event, "", Map.of())), 400, "missing required query parameter: crc_token");
    }
}
