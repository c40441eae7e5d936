package com.safereply.webhook.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.safereply.testing.lambda.ApiGatewayEvents;
import com.safereply.testing.lambda.LambdaInvoker;
import com.safereply.testing.lambda.LambdaInvoker.LambdaResponse;
import com.safereply.webhook.signature.MetaSignatureVerifier;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A deployment whose secrets were never set starts, and then trusts nothing. */
@QuarkusTest
@TestProfile(UnconfiguredSecretsLambdaTest.NoSecrets.class)
class UnconfiguredSecretsLambdaTest {

    public static class NoSecrets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("safereply.meta.app-secret", "", "safereply.meta.verify-token", "", "safereply.x.consumer-secret", "");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(RecordingCommentIngest.class);
        }
    }

    @Inject
    RecordingCommentIngest ingest;

    @BeforeEach
    void reset() {
        ingest.reset();
    }

    @ParameterizedTest
    @Event(value = "events/meta-verify-get.json", type = APIGatewayV2HTTPEvent.class)
    void anEmptyVerifyTokenNeverMatchesAnEmptyParameter(APIGatewayV2HTTPEvent event) {
        SampleEvents.withQuery(event, "hub.mode=subscribe&hub.challenge=1&hub.verify_token=",
                Map.of("hub.mode", "subscribe", "hub.challenge", "1", "hub.verify_token", ""));

        LambdaResponse response = LambdaInvoker.invoke(event);

        assertEquals(403, response.statusCode());
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-comment.json", type = APIGatewayV2HTTPEvent.class)
    void noAppSecretMeansNoDeliveryIsTrusted(APIGatewayV2HTTPEvent event) {
        // Even a signature made with an empty key is refused.
        String emptyKeyHeader = "sha256=" + java.util.HexFormat.of().formatHex(emptyKeyMac(event.getBody()));
        ApiGatewayEvents.withHeader(event, MetaSignatureVerifier.HEADER.toLowerCase(), emptyKeyHeader);

        LambdaResponse response = LambdaInvoker.invoke(event);

        assertEquals(401, response.statusCode());
        assertEquals("signature cannot be verified", response.json().get("error").asText());
        assertTrue(ingest.calls().isEmpty());
    }

    @ParameterizedTest
    @Event(value = "events/x-crc-get.json", type = APIGatewayV2HTTPEvent.class)
    void noConsumerSecretMeansTheCrcFails(APIGatewayV2HTTPEvent event) {
        assertEquals(403, LambdaInvoker.invoke(event).statusCode());
    }

    /** HMAC with an empty key: javax.crypto refuses empty SecretKeySpec keys, so use a one-zero-byte key (equivalent). */
    private static byte[] emptyKeyMac(String body) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(new byte[1], "HmacSHA256"));
            return mac.doFinal(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
