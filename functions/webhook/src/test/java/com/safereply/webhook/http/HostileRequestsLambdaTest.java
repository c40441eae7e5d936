package com.safereply.webhook.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.safereply.testing.lambda.LambdaInvoker;
import com.safereply.testing.lambda.LambdaInvoker.LambdaResponse;
import com.safereply.webhook.hostile.Cases;
import com.safereply.webhook.hostile.HostileBodies;
import com.safereply.webhook.hostile.SampleBodies;
import com.safereply.webhook.signature.MetaSignatureVerifier;
import com.safereply.webhook.signature.XSignatureVerifier;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Hostile requests through the whole Lambda HTTP path (API Gateway v2 event, the Lambda runtime, WebhookHandler, verifier, parser):
 * unsigned or wrongly signed ones always get 401 and reach nothing; signed but mangled ones get 200 or 400, never a
 * 500; oversized, deeply nested and non-UTF-8 bodies get 400. Bounded: a few thousand requests, sequential.
 *
 * <p>Reproduce a failure with the seed in its message: {@code -Dhostile.seed=N}.
 */
@QuarkusTest
@TestProfile(SignedTestProfile.class)
class HostileRequestsLambdaTest {

    private static final List<byte[]> SAMPLES = SampleBodies.all();
    private static final MetaSignatureVerifier META = new MetaSignatureVerifier(SignedTestProfile.META_APP_SECRET);
    private static final XSignatureVerifier X = new XSignatureVerifier(SignedTestProfile.X_CONSUMER_SECRET);
    private static final MetaSignatureVerifier WRONG_META = new MetaSignatureVerifier("not-the-app-secret");
    private static final XSignatureVerifier WRONG_X = new XSignatureVerifier("not-the-consumer-secret");

    @Inject
    RecordingCommentIngest ingest;

    @BeforeEach
    void reset() {
        ingest.reset();
    }

    @Test
    void unsignedOrWronglySignedRequestsAreAlways401AndReachNothing() {
        long testSeed = Cases.BASE_SEED + 40;
        for (int i = 0; i < 1_000; i++) {
            long seed = Cases.caseSeed(testSeed, i);
            Random random = new Random(seed);
            byte[] original = SAMPLES.get(random.nextInt(SAMPLES.size()));
            byte[] body = random.nextInt(4) == 0 ? original : new HostileBodies(seed, SAMPLES).next();
            boolean meta = random.nextBoolean();
            String signature = switch (random.nextInt(5)) {
                case 0 -> null;
                case 1 -> meta ? WRONG_META.sign(body) : WRONG_X.sign(body);
                // signed, then tampered with; a mutation can leave the bytes as they were (a full-length copy), and
                // then the original's signature is simply right, so such a case goes unsigned instead
                case 2 -> Arrays.equals(body, original) ? null : rightlySigned(meta, original);
                case 3 -> "sha256=" + Long.toHexString(random.nextLong());
                default -> rightlySigned(!meta, body); // the other platform's encoding of the right MAC
            };
            LambdaResponse response = LambdaInvoker.invoke(request(meta, body, signature, random.nextBoolean()));
            assertEquals(401, response.statusCode(), "seed=" + seed + " " + response.body());
            assertNoLeak(response, seed);
        }
        assertTrue(ingest.calls().isEmpty(), "nothing from an unsigned request may reach ingest");
    }

    @Test
    void signedButMangledBodiesGet200Or400NeverA500() {
        long testSeed = Cases.BASE_SEED + 41;
        int accepted = 0;
        for (int i = 0; i < 1_000; i++) {
            long seed = Cases.caseSeed(testSeed, i);
            Random random = new Random(seed);
            byte[] body = new HostileBodies(seed, SAMPLES).next();
            boolean meta = random.nextBoolean();
            String signature = rightlySigned(meta, body);
            LambdaResponse response = LambdaInvoker.invoke(request(meta, body, signature, random.nextBoolean()));
            int status = response.statusCode();
            assertTrue(status == 200 || status == 400, "seed=" + seed + " status=" + status + " " + response.body());
            assertNoLeak(response, seed);
            accepted += status == 200 ? 1 : 0;
        }
        assertTrue(accepted > 0, "some mangled deliveries are still usable, and are accepted");
    }

    @Test
    void oversizedDeeplyNestedAndNonUtf8BodiesAre400SignedOr401Unsigned() {
        byte[] oversized = ("{\"object\":\"page\",\"entry\":[],\"pad\":\"" + "x".repeat(1_048_576) + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] nested = HostileBodies.deeplyNested(100_000, false, true);
        byte[] nonUtf8 = new HostileBodies(Cases.BASE_SEED + 42, SAMPLES).withInvalidUtf8(SAMPLES.get(0));
        for (boolean meta : new boolean[] {true, false}) {
            for (byte[] body : List.of(oversized, nested, nonUtf8)) {
                String signature = rightlySigned(meta, body);
                LambdaResponse signed = LambdaInvoker.invoke(request(meta, body, signature, true));
                assertEquals(400, signed.statusCode(), signed.body());
                assertNoLeak(signed, 0);
                int unsigned = LambdaInvoker.invoke(request(meta, body, null, true)).statusCode();
                assertEquals(body == oversized ? 400 : 401, unsigned, "the size limit comes before the signature check");
            }
        }
        assertTrue(ingest.calls().isEmpty());
    }

    private static String rightlySigned(boolean meta, byte[] body) {
        return meta ? META.sign(body) : X.sign(body);
    }

    private static void assertNoLeak(LambdaResponse response, long seed) {
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "),
                "no exception names or stack traces in answers: seed=" + seed + " " + response.body());
    }

    /** A POST to the platform's route carrying exactly these bytes: as text when they are UTF-8, else base64. */
    private static APIGatewayV2HTTPEvent request(boolean meta, byte[] body, String signature, boolean base64) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent(
                meta ? "events/meta-page-comment.json" : "events/x-tweet-create.json");
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.remove("x-hub-signature-256");
        headers.remove("x-twitter-webhooks-signature");
        if (signature != null) {
            headers.put(meta ? "x-hub-signature-256" : "x-twitter-webhooks-signature", signature);
        }
        event.setHeaders(headers);
        String text = base64 ? null : utf8(body);
        if (text == null) {
            event.setBody(Base64.getEncoder().encodeToString(body));
            event.setIsBase64Encoded(true);
        } else {
            event.setBody(text);
            event.setIsBase64Encoded(false);
        }
        return event;
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
