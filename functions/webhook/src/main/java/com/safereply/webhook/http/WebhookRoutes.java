package com.safereply.webhook.http;

import java.util.Map;

/**
 * The routes the webhook serves, keyed as API Gateway writes route keys ({@code "POST /webhooks/meta"}); template.yaml
 * declares the same keys (tools/template-check compares them).
 */
public record WebhookRoutes(Map<String, WebhookHandler.Route> byKey) {

    public WebhookRoutes {
        byKey = Map.copyOf(byKey);
    }

    /** Whether some method is served on this path: then another method is 405, not 404. */
    public boolean servesPath(String path) {
        return byKey.keySet().stream().anyMatch(key -> key.substring(key.indexOf(' ') + 1).equals(path));
    }
}
