package com.safereply.webhook.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.safereply.webhook.signature.MetaSignatureVerifier;
import com.safereply.webhook.signature.SignatureCheck;
import com.safereply.webhook.signature.XSignatureVerifier;

/**
 * The files in {@code events/} are what {@code sam local invoke} sends with the local/demo secrets: keep them real v2
 * events whose signatures hold for those secrets (or, for the bad-signature sample, deliberately do not).
 */
class SampleEventFilesTest {

    static final String LOCAL_META_APP_SECRET = "local-meta-app-secret";
    static final String LOCAL_X_CONSUMER_SECRET = "local-x-consumer-secret";

    @ParameterizedTest
    @CsvSource({
            "meta-page-comment.json, VALID",
            "meta-page-comment-edited.json, VALID",
            "meta-page-comment-remove.json, VALID",
            "meta-page-comment-unknown-page.json, VALID",
            "meta-page-own-reply.json, VALID",
            "meta-page-batch-partly-valid.json, VALID",
            "meta-instagram-comment.json, VALID",
            "meta-malformed-json.json, VALID",
            "meta-unknown-object.json, VALID",
            "meta-missing-entry.json, VALID",
            "meta-wrong-content-type.json, VALID",
            "meta-bad-signature.json, MISMATCH",
            "x-tweet-create.json, VALID",
            "x-own-tweet.json, VALID",
            "x-missing-id.json, VALID"})
    void postSamplesAreSignedForTheLocalSecrets(String file, SignatureCheck expected) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/" + file);
        assertV2(event, "POST");
        byte[] body = event.getBody().getBytes(StandardCharsets.UTF_8);
        SignatureCheck actual = file.startsWith("meta-")
                ? new MetaSignatureVerifier(LOCAL_META_APP_SECRET).check(event.getHeaders().get("x-hub-signature-256"), body)
                : new XSignatureVerifier(LOCAL_X_CONSUMER_SECRET).check(event.getHeaders().get("x-twitter-webhooks-signature"), body);
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @CsvSource({"meta-verify-get.json", "x-crc-get.json"})
    void handshakeSamplesAreGets(String file) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/" + file);
        assertV2(event, "GET");
        assertNotNull(event.getRawQueryString());
    }

    private static void assertV2(APIGatewayV2HTTPEvent event, String method) {
        assertEquals("2.0", event.getVersion());
        assertEquals(method, event.getRequestContext().getHttp().getMethod());
        assertEquals(event.getRawPath(), event.getRequestContext().getHttp().getPath());
        assertEquals(method + " " + event.getRawPath(), event.getRouteKey());
    }
}
