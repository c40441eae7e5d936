package com.safereply.webhook.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The HTTP API event read from its JSON as the SDK's typed event was read, the response JSON API Gateway reads, and
 * the stream handler in between (without Quarkus: the routes answer directly).
 */
class WebhookEventJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String text) throws IOException {
        return MAPPER.readTree(text);
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSampleEventGivesTheSameRequestAsTheSdksTypedEvent() throws IOException {
        for (String file : new String[] {"meta-page-comment.json", "meta-verify-get.json", "meta-wrong-content-type.json"}) {
            WebhookRequest fromJson;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("events/" + file)) {
                fromJson = WebhookRequest.fromEvent(MAPPER.readTree(in));
            }
            APIGatewayV2HTTPEvent typed = EventLoader.loadApiGatewayHttpEvent("events/" + file);
            WebhookRequest fromTyped = WebhookRequest.of(typed.getRequestContext().getHttp().getMethod(), typed.getRawPath(),
                    typed.getHeaders(), typed.getRawQueryString(), typed.getBody(), typed.getIsBase64Encoded());

            assertEquals(fromTyped.method(), fromJson.method(), file);
            assertEquals(fromTyped.path(), fromJson.path(), file);
            assertEquals(fromTyped.headers(), fromJson.headers(), file);
            assertEquals(fromTyped.query(), fromJson.query(), file);
            assertArrayEquals(fromTyped.body(), fromJson.body(), file);
        }
    }

    @Test
    void fieldNamesInAnyCaseUnknownFieldsAndScalarsWhereTextBelongsAreReadAsTheTypedEventDid() throws IOException {
        WebhookRequest request = WebhookRequest.fromEvent(json("""
                {"RAWPATH": "/webhooks/x/", "rawquerystring": "crc_token=abc", "unknown": {"a": [1]},
                 "headers": {"Content-Type": "application/json", "x-count": 3, "x-null": null},
                 "requestContext": {"Http": {"Method": "GET"}}, "body": "e30=", "isBase64Encoded": true}"""));

        assertEquals("GET", request.method());
        assertEquals("/webhooks/x", request.path());
        assertEquals("abc", request.queryParameter("crc_token"));
        assertEquals("application/json", request.header("content-type"));
        assertEquals("3", request.header("x-count"));
        assertNull(request.header("x-null"));
        assertArrayEquals("{}".getBytes(StandardCharsets.UTF_8), request.body());
    }

    @Test
    void aMinimalEventIsAnEmptyRequestAndABadBase64BodyIsTheCallersMistake() throws IOException {
        WebhookRequest empty = WebhookRequest.fromEvent(json("{}"));
        assertEquals("", empty.method());
        assertEquals("/", empty.path());
        assertEquals(0, empty.body().length);

        assertThrows(WebhookRequest.UndecodableBodyException.class,
                () -> WebhookRequest.fromEvent(json("{\"body\": \"not base64!\", \"isBase64Encoded\": true}")));
    }

    @Test
    void theResponseIsTheHttpApisResponseJson() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Retry-After", "30");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out)) {
            new WebhookResponse(503, headers, "{\"error\":\"é \\\"quoted\\\"\"}").writeEvent(generator);
        }

        assertEquals(json("""
                {"statusCode": 503, "headers": {"Content-Type": "application/json", "Retry-After": "30"},
                 "body": "{\\"error\\":\\"é \\\\\\"quoted\\\\\\"\\"}", "isBase64Encoded": false}"""),
                MAPPER.readTree(out.toByteArray()));
    }

    @Test
    void theStreamHandlerAnswersTheEventsRequestAndFailsAnEventThatIsNoJsonObject() throws IOException {
        WebhookHandler handler = new WebhookHandler(new WebhookRoutes(Map.of(
                "GET /webhooks/x", request -> WebhookAnswer.json(200, Map.of("crc", request.queryParameter("crc_token"))))),
                MAPPER);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(bytes("""
                {"rawPath": "/webhooks/x", "rawQueryString": "crc_token=t%C3%A9",
                 "requestContext": {"http": {"method": "GET"}}}"""), out, null);
        JsonNode answered = MAPPER.readTree(out.toByteArray());
        assertEquals(200, answered.path("statusCode").asInt());
        assertEquals(json("{\"crc\":\"té\"}"), json(answered.path("body").asText()));
        assertEquals("application/json", answered.path("headers").path("Content-Type").asText());
        assertEquals("13", answered.path("headers").path("Content-Length").asText());

        ByteArrayOutputStream badBase64 = new ByteArrayOutputStream();
        handler.handleRequest(bytes("{\"rawPath\": \"/webhooks/x\", \"body\": \"!\", \"isBase64Encoded\": true}"), badBase64, null);
        assertEquals(400, MAPPER.readTree(badBase64.toByteArray()).path("statusCode").asInt());

        for (String notAnObject : new String[] {"[1, 2]", "", "{\"rawPath\": "}) {
            assertThrows(IOException.class, () -> handler.handleRequest(bytes(notAnObject), new ByteArrayOutputStream(), null),
                    notAnObject);
        }
    }
}
