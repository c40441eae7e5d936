package com.safereply.webhook.http;

import static com.safereply.webhook.http.SampleEvents.signedForMeta;
import static com.safereply.webhook.http.SampleEvents.signedForX;
import static com.safereply.webhook.http.SampleEvents.withQuery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.safereply.app.IngestOutcome;
import com.safereply.app.StoreUnavailableException;
import com.safereply.testing.lambda.ApiGatewayEvents;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Every route and every answer of the webhook, compared field by field with the responses the JAX-RS stack
 * ({@code quarkus-amazon-lambda-http} + RESTEasy) gave for the same events before the webhook became a plain handler
 * (recorded at commit 1e6e59a into {@code recorded-responses.json}): status, headers (names case-insensitive, as
 * HTTP has them) and body (JSON compared as JSON, since a map's key order is not part of the answer).
 *
 * <p>The deliberate differences, each unreachable through API Gateway, are in {@link #INTENDED_CHANGES} with the answer
 * now given. Re-record only when an answer is meant to change: {@code -Dwebhook.record-responses=true}.
 */
@QuarkusTest
@TestProfile(SignedTestProfile.class)
class RecordedResponsesLambdaTest {

    static final String RECORDING = "recorded-responses.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final PojoSerializer<APIGatewayV2HTTPEvent> EVENTS =
            LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, RecordedResponsesLambdaTest.class.getClassLoader());
    /**
     * Answers deliberately not kept from the JAX-RS stack, with the answer now given. None of them is reachable through
     * API Gateway with the template's routes (GET and POST only, bodies base64-encoded correctly).
     */
    static final Map<String, String> INTENDED_CHANGES = Map.ofEntries(
            // A Content-Type that is no media type at all was refused with 415 by the JAX-RS layer before the signature
            // check; now it is checked after the signature like every other content type that is not JSON
            Map.entry("meta POST unparseable content type",
                    "{\"statusCode\":400,\"headers\":{\"content-length\":\"49\",\"content-type\":\"application/json\"},\"json\":{\"error\":\"content type must be application/json\"}}"),
            // A body flagged base64 that is not (API Gateway never sends one) was a 500 from the HTTP layer; now a 400
            Map.entry("meta POST invalid base64",
                    "{\"statusCode\":400,\"headers\":{\"content-length\":\"36\",\"content-type\":\"application/json\"},\"json\":{\"error\":\"body is not valid base64\"}}"),
            // JAX-RS answered HEAD and OPTIONS by itself; the template routes only GET and POST, so API Gateway never
            // sends them: now 405 like any other method a path does not serve
            Map.entry("HEAD meta",
                    "{\"statusCode\":405,\"headers\":{\"content-length\":\"30\",\"content-type\":\"application/json\"},\"json\":{\"error\":\"method not allowed\"}}"),
            Map.entry("OPTIONS meta",
                    "{\"statusCode\":405,\"headers\":{\"content-length\":\"30\",\"content-type\":\"application/json\"},\"json\":{\"error\":\"method not allowed\"}}"),
            Map.entry("HEAD google",
                    "{\"statusCode\":405,\"headers\":{\"content-length\":\"30\",\"content-type\":\"application/json\"},\"json\":{\"error\":\"method not allowed\"}}"),
            Map.entry("OPTIONS google",
                    "{\"statusCode\":405,\"headers\":{\"content-length\":\"30\",\"content-type\":\"application/json\"},\"json\":{\"error\":\"method not allowed\"}}"));

    @Inject
    RecordingCommentIngest ingest;

    @Test
    void everyAnswerIsTheOneRecorded() throws IOException {
        Map<String, JsonNode> now = new TreeMap<>();
        cases().forEach((name, event) -> {
            ingest.reset();
            if (name.endsWith("storage down")) {
                ingest.answerWith(c -> {
                    throw new StoreUnavailableException("dynamodb throttled", null);
                });
            } else if (name.endsWith("unexpected failure")) {
                ingest.answerWith(c -> {
                    throw new IllegalStateException("bug near " + c.text());
                });
            } else if (name.endsWith("duplicate")) {
                ingest.answerWith(c -> IngestOutcome.DUPLICATE);
            }
            now.put(name, normalised(invokeRaw(event.get())));
        });
        if (Boolean.getBoolean("webhook.record-responses")) {
            Path file = Path.of("src/test/resources", RECORDING);
            Files.createDirectories(file.getParent());
            JSON.writeValue(file.toFile(), now);
            return;
        }
        JsonNode recorded;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RECORDING)) {
            recorded = JSON.readTree(in);
        }
        assertEquals(sorted(recorded.fieldNames()), now.keySet(), "the same cases as recorded");
        for (Map.Entry<String, JsonNode> c : now.entrySet()) {
            if (INTENDED_CHANGES.containsKey(c.getKey())) {
                assertEquals(JSON.readTree(INTENDED_CHANGES.get(c.getKey())), c.getValue(), c.getKey() + " (intended change)");
                continue;
            }
            assertEquals(recorded.get(c.getKey()), c.getValue(), c.getKey());
        }
        assertTrue(now.size() >= 30, "every route and error is covered");
    }

    /** What the platform sees, comparable: status, lower-cased header names with values, body (JSON as a tree). */
    private static JsonNode normalised(JsonNode raw) {
        ObjectNode out = JSON.createObjectNode();
        out.put("statusCode", raw.path("statusCode").asInt());
        ObjectNode headers = out.putObject("headers");
        Map<String, String> sortedHeaders = new TreeMap<>();
        raw.path("headers").fields().forEachRemaining(h -> sortedHeaders.put(h.getKey().toLowerCase(), h.getValue().asText()));
        raw.path("multiValueHeaders").fields().forEachRemaining(h -> {
            StringBuilder joined = new StringBuilder();
            h.getValue().forEach(v -> joined.append(joined.length() == 0 ? "" : ",").append(v.asText()));
            sortedHeaders.putIfAbsent(h.getKey().toLowerCase(), joined.toString());
        });
        sortedHeaders.forEach(headers::put);
        String body = raw.path("body").asText("");
        if (raw.path("isBase64Encoded").asBoolean(false)) {
            body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        try {
            out.set("json", JSON.readTree(body));
        } catch (IOException notJson) {
            out.put("text", body);
        }
        if (out.get("json") == null || out.get("json").isMissingNode()) {
            out.remove("json");
            out.put("text", body);
        }
        return out;
    }

    private static java.util.Set<String> sorted(java.util.Iterator<String> names) {
        java.util.Set<String> set = new java.util.TreeSet<>();
        names.forEachRemaining(set::add);
        return set;
    }

    /** The event through the mock event server, the handler's response JSON as it is. */
    private static JsonNode invokeRaw(APIGatewayV2HTTPEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EVENTS.toJson(event, out);
        int port = ConfigProvider.getConfig().getValue("quarkus.lambda.mock-event-server.test-port", Integer.class);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/_lambda_"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build();
        try {
            return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray()).body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    // ------------------------------------------------------------------ the cases

    private static APIGatewayV2HTTPEvent load(String file) {
        return EventLoader.loadApiGatewayHttpEvent("events/" + file);
    }

    private static APIGatewayV2HTTPEvent method(APIGatewayV2HTTPEvent event, String method, String path) {
        event.getRequestContext().getHttp().setMethod(method);
        event.getRequestContext().getHttp().setPath(path);
        event.setRawPath(path);
        event.setRouteKey(method + " " + path);
        return event;
    }

    private static APIGatewayV2HTTPEvent handshake(String mode, String token, String challenge) {
        String raw = "hub.mode=" + mode + "&hub.challenge=" + challenge + "&hub.verify_token=" + token;
        return withQuery(load("meta-verify-get.json"), raw, Map.of());
    }

    private static APIGatewayV2HTTPEvent metaBody(String body) {
        return signedForMeta(ApiGatewayEvents.withBody(load("meta-page-comment.json"), body));
    }

    static Map<String, Supplier<APIGatewayV2HTTPEvent>> cases() {
        Map<String, Supplier<APIGatewayV2HTTPEvent>> c = new LinkedHashMap<>();
        String token = SignedTestProfile.META_VERIFY_TOKEN;
        // GET /webhooks/meta
        c.put("meta GET handshake accepted", () -> handshake("subscribe", token, "1158201444"));
        c.put("meta GET handshake unsafe challenge", () -> handshake("subscribe", token, "%3Cscript%3E"));
        c.put("meta GET handshake missing challenge", () -> withQuery(load("meta-verify-get.json"),
                "hub.mode=subscribe&hub.verify_token=" + token, Map.of()));
        c.put("meta GET handshake wrong token", () -> handshake("subscribe", "nope", "1"));
        c.put("meta GET handshake wrong mode", () -> handshake("unsubscribe", token, "1"));
        c.put("meta GET handshake no query", () -> withQuery(load("meta-verify-get.json"), "", Map.of()));
        c.put("meta GET handshake repeated parameters, first wins", () -> withQuery(load("meta-verify-get.json"),
                "hub.mode=subscribe&hub.mode=x&hub.challenge=12&hub.challenge=34&hub.verify_token=" + token, Map.of()));
        c.put("meta GET handshake encoded token", () -> withQuery(load("meta-verify-get.json"),
                "hub.mode=subscribe&hub.challenge=7&hub.verify_token=" + token.replace("-", "%2D"), Map.of()));
        // POST /webhooks/meta
        c.put("meta POST page comment", () -> signedForMeta(load("meta-page-comment.json")));
        c.put("meta POST page comment duplicate", () -> signedForMeta(load("meta-page-comment.json")));
        c.put("meta POST base64 body", () -> {
            APIGatewayV2HTTPEvent e = signedForMeta(load("meta-page-comment.json"));
            e.setBody(Base64.getEncoder().encodeToString(e.getBody().getBytes(StandardCharsets.UTF_8)));
            e.setIsBase64Encoded(true);
            return e;
        });
        c.put("meta POST invalid base64", () -> {
            APIGatewayV2HTTPEvent e = signedForMeta(load("meta-page-comment.json"));
            e.setBody("not base64 at all!");
            e.setIsBase64Encoded(true);
            return e;
        });
        c.put("meta POST header names in mixed case", () -> {
            APIGatewayV2HTTPEvent e = signedForMeta(load("meta-page-comment.json"));
            String signature = e.getHeaders().get("x-hub-signature-256");
            ApiGatewayEvents.withHeader(e, "x-hub-signature-256", null);
            ApiGatewayEvents.withHeader(e, "content-type", null);
            ApiGatewayEvents.withHeader(e, "X-Hub-Signature-256", signature);
            return ApiGatewayEvents.withHeader(e, "Content-Type", "application/json");
        });
        c.put("meta POST edit", () -> signedForMeta(load("meta-page-comment-edited.json")));
        c.put("meta POST remove", () -> signedForMeta(load("meta-page-comment-remove.json")));
        c.put("meta POST instagram", () -> signedForMeta(load("meta-instagram-comment.json")));
        c.put("meta POST partly valid batch", () -> signedForMeta(load("meta-page-batch-partly-valid.json")));
        c.put("meta POST own reply", () -> signedForMeta(load("meta-page-own-reply.json")));
        c.put("meta POST unknown page", () -> signedForMeta(load("meta-page-comment-unknown-page.json")));
        c.put("meta POST bad signature", () -> load("meta-bad-signature.json"));
        c.put("meta POST missing signature", () -> ApiGatewayEvents.withHeader(load("meta-page-comment.json"), "x-hub-signature-256", null));
        c.put("meta POST malformed signature", () -> ApiGatewayEvents.withHeader(load("meta-page-comment.json"), "x-hub-signature-256", "sha1=abc"));
        c.put("meta POST malformed json", () -> signedForMeta(load("meta-malformed-json.json")));
        c.put("meta POST unknown object", () -> signedForMeta(load("meta-unknown-object.json")));
        c.put("meta POST missing entry", () -> signedForMeta(load("meta-missing-entry.json")));
        c.put("meta POST wrong content type", () -> signedForMeta(load("meta-wrong-content-type.json")));
        c.put("meta POST missing content type", () -> signedForMeta(ApiGatewayEvents.withHeader(load("meta-page-comment.json"), "content-type", null)));
        c.put("meta POST json content type with charset", () -> signedForMeta(ApiGatewayEvents.withHeader(load("meta-page-comment.json"), "content-type", "application/json; charset=utf-8")));
        c.put("meta POST vendor json content type", () -> signedForMeta(ApiGatewayEvents.withHeader(load("meta-page-comment.json"), "content-type", "application/vnd.meta+json")));
        c.put("meta POST unparseable content type", () -> signedForMeta(ApiGatewayEvents.withHeader(load("meta-page-comment.json"), "content-type", "json")));
        c.put("meta POST oversized body", () -> {
            APIGatewayV2HTTPEvent e = load("meta-page-comment.json");
            return metaBody(e.getBody().replace("Do you take", "x".repeat(1_048_576) + " Do you take"));
        });
        c.put("meta POST no usable change", () -> {
            APIGatewayV2HTTPEvent e = load("meta-page-comment.json");
            return metaBody(e.getBody().replace("\"comment_id\":\"711223344556677_998877665544332\",", ""));
        });
        c.put("meta POST empty body", () -> metaBody(""));
        c.put("meta POST storage down", () -> signedForMeta(load("meta-page-comment.json")));
        c.put("meta POST unexpected failure", () -> signedForMeta(load("meta-page-comment.json")));
        // GET /webhooks/x
        c.put("x GET crc answered", () -> load("x-crc-get.json"));
        c.put("x GET crc missing token", () -> withQuery(load("x-crc-get.json"), "", Map.of()));
        c.put("x GET crc empty token", () -> withQuery(load("x-crc-get.json"), "crc_token=", Map.of()));
        c.put("x GET crc unsafe token", () -> withQuery(load("x-crc-get.json"), "crc_token=%7B%22a%22%3A1%7D", Map.of()));
        c.put("x GET crc plus decodes as space", () -> withQuery(load("x-crc-get.json"), "crc_token=a+b", Map.of()));
        // POST /webhooks/x
        c.put("x POST mention", () -> signedForX(load("x-tweet-create.json")));
        c.put("x POST own tweet", () -> signedForX(load("x-own-tweet.json")));
        c.put("x POST missing id", () -> signedForX(load("x-missing-id.json")));
        c.put("x POST unknown payload", () -> signedForX(ApiGatewayEvents.withBody(load("x-tweet-create.json"), "{\"direct_message_events\":[]}")));
        c.put("x POST sample signed with another secret", () -> load("x-tweet-create.json"));
        c.put("x POST storage down", () -> signedForX(load("x-tweet-create.json")));
        // POST /webhooks/google (no push audience in this profile: every push refused)
        c.put("google POST without verifier settings", () -> load("webhook-google-review.json"));
        c.put("google POST no token", () -> load("webhook-google-no-token.json"));
        // unknown paths and methods
        c.put("unknown path GET", () -> method(load("meta-verify-get.json"), "GET", "/webhooks/tiktok"));
        c.put("unknown path POST", () -> method(signedForMeta(load("meta-page-comment.json")), "POST", "/webhooks/tiktok"));
        c.put("root path", () -> method(load("meta-verify-get.json"), "GET", "/"));
        c.put("webhooks path", () -> method(load("meta-verify-get.json"), "GET", "/webhooks"));
        c.put("upper-case path", () -> method(load("meta-verify-get.json"), "GET", "/webhooks/META"));
        c.put("trailing slash", () -> method(signedForMeta(load("meta-page-comment.json")), "POST", "/webhooks/meta/"));
        c.put("wrong method PUT meta", () -> method(signedForMeta(load("meta-page-comment.json")), "PUT", "/webhooks/meta"));
        c.put("wrong method DELETE x", () -> method(load("x-crc-get.json"), "DELETE", "/webhooks/x"));
        c.put("wrong method GET google", () -> method(load("webhook-google-review.json"), "GET", "/webhooks/google"));
        c.put("HEAD meta", () -> method(handshake("subscribe", token, "5"), "HEAD", "/webhooks/meta"));
        c.put("OPTIONS meta", () -> method(load("meta-verify-get.json"), "OPTIONS", "/webhooks/meta"));
        c.put("HEAD google", () -> method(load("webhook-google-review.json"), "HEAD", "/webhooks/google"));
        c.put("OPTIONS google", () -> method(load("webhook-google-review.json"), "OPTIONS", "/webhooks/google"));
        c.put("wrong method PATCH google", () -> method(load("webhook-google-review.json"), "PATCH", "/webhooks/google"));
        return c;
    }
}
