package com.safereply.webhook.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * API Gateway's HTTP API event (payload format 2.0) and its response, as JSON, read and written without binding them
 * to the SDK's {@code APIGatewayV2HTTPEvent} / {@code APIGatewayV2HTTPResponse} classes: a typed handler makes
 * Quarkus build databind's bean deserializer for the whole event (request context, authorizers, their builders) and a
 * bean serializer for the response at init; the webhook reads six fields (docs/benchmarks.md, "Cold start").
 *
 * <p>Read as Quarkus's Lambda mapper read the typed event: field names in any case, unknown fields ignored, a number or
 * boolean where a string belongs taken as its text. Written: {@code statusCode}, {@code headers}, {@code body},
 * {@code isBase64Encoded} (false: every answer is text).
 */
public final class HttpApiEventJson {

    private final ObjectMapper json;

    public HttpApiEventJson(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @throws IOException                             when the event is not JSON (the runtime reports the invocation as failed)
     * @throws WebhookRequest.UndecodableBodyException when the body is flagged base64 but is not
     */
    public WebhookRequest read(InputStream event) throws IOException {
        JsonNode root = json.readTree(event);
        if (root == null || !root.isObject()) {
            throw new IOException("the event is not a JSON object");
        }
        JsonNode http = field(field(root, "requestContext"), "http");
        return WebhookRequest.of(text(field(http, "method")), text(field(root, "rawPath")), headers(field(root, "headers")),
                text(field(root, "rawQueryString")), text(field(root, "body")), field(root, "isBase64Encoded").asBoolean(false));
    }

    public void write(WebhookResponse response, OutputStream out) throws IOException {
        try (JsonGenerator generator = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.writeStartObject();
            generator.writeNumberField("statusCode", response.status());
            generator.writeObjectFieldStart("headers");
            for (Map.Entry<String, String> header : response.headers().entrySet()) {
                generator.writeStringField(header.getKey(), header.getValue());
            }
            generator.writeEndObject();
            generator.writeStringField("body", response.body());
            generator.writeBooleanField("isBase64Encoded", false);
            generator.writeEndObject();
        }
    }

    /** The object's field of that name in any case (exact match first); a missing node when absent. */
    private static JsonNode field(JsonNode object, String name) {
        JsonNode exact = object.path(name);
        if (!exact.isMissingNode() || !object.isObject()) {
            return exact;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue();
            }
        }
        return exact;
    }

    /** A scalar's text; null for null, absent, or an object or array (API Gateway sends none there). */
    private static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asText() : null;
    }

    private static Map<String, String> headers(JsonNode node) {
        Map<String, String> headers = new HashMap<>();
        node.fields().forEachRemaining(header -> headers.put(header.getKey(), text(header.getValue())));
        return headers;
    }
}
