package com.safereply.webhook.http;

import java.util.Map;

/**
 * What a route answers: status, the body (JSON that writes itself, or plain text; exactly one of them) and any header
 * beyond the content type and length, which {@link WebhookHandler} adds.
 */
public record WebhookAnswer(int status, JsonBody json, String text, Map<String, String> headers) {

    public WebhookAnswer {
        if ((json == null) == (text == null)) {
            throw new IllegalArgumentException("an answer has either a JSON body or a text body");
        }
        headers = Map.copyOf(headers);
    }

    public static WebhookAnswer json(int status, JsonBody body) {
        return new WebhookAnswer(status, body, null, Map.of());
    }

    /** {@code {"name": "value", ...}}. */
    public static WebhookAnswer json(int status, Map<String, String> fields) {
        return json(status, JsonBody.fields(fields));
    }

    public static WebhookAnswer text(int status, String text) {
        return new WebhookAnswer(status, null, text, Map.of());
    }

    /** Every non-2xx of the webhook's own routes: {@code {"error": "..."}}, words safe to show the sender. */
    public static WebhookAnswer error(int status, String problem) {
        return json(status, new ErrorBody(problem));
    }

    public boolean plainText() {
        return text != null;
    }

    public WebhookAnswer withHeader(String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new WebhookAnswer(status, json, text, more);
    }
}
