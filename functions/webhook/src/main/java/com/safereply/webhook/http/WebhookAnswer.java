package com.safereply.webhook.http;

import java.util.Map;

/**
 * What a route answers: status, the body (a value written as JSON, or plain text) and any header beyond the content
 * type and length, which {@link WebhookHandler} adds.
 */
public record WebhookAnswer(int status, Object entity, boolean plainText, Map<String, String> headers) {

    public WebhookAnswer {
        headers = Map.copyOf(headers);
    }

    public static WebhookAnswer json(int status, Object entity) {
        return new WebhookAnswer(status, entity, false, Map.of());
    }

    public static WebhookAnswer text(int status, String text) {
        return new WebhookAnswer(status, text, true, Map.of());
    }

    /** Every non-2xx of the webhook's own routes: {@code {"error": "..."}}, words safe to show the sender. */
    public static WebhookAnswer error(int status, String problem) {
        return json(status, new ErrorBody(problem));
    }

    public WebhookAnswer withHeader(String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new WebhookAnswer(status, entity, plainText, more);
    }
}
