package com.safereply.webhook.http;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * An answer as it goes back to API Gateway: status, every header (content type and length included) and the body's
 * text. The Lambda handler writes it as the HTTP API's response JSON ({@link #writeEvent}); the local run sends it as HTTP.
 */
public record WebhookResponse(int status, Map<String, String> headers, String body) {

    public WebhookResponse {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /**
     * The HTTP API's response (payload format 2.0): {@code statusCode}, {@code headers}, {@code body} and
     * {@code isBase64Encoded} (false: every answer is text). Written field by field, not by databind's bean serializer
     * for the SDK's {@code APIGatewayV2HTTPResponse}, which a cold start would pay for.
     */
    public void writeEvent(JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeNumberField("statusCode", status);
        out.writeObjectFieldStart("headers");
        for (Map.Entry<String, String> header : headers.entrySet()) {
            out.writeStringField(header.getKey(), header.getValue());
        }
        out.writeEndObject();
        out.writeStringField("body", body);
        out.writeBooleanField("isBase64Encoded", false);
        out.writeEndObject();
    }
}
