package com.safereply.webhook.http;

import java.util.Map;

/**
 * An answer as it goes back to API Gateway: status, every header (content type and length included) and the body's
 * text. {@link HttpApiEventJson} writes it as the HTTP API's response JSON; the local run sends it as HTTP.
 */
public record WebhookResponse(int status, Map<String, String> headers, String body) {

    public WebhookResponse {
        headers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
    }
}
