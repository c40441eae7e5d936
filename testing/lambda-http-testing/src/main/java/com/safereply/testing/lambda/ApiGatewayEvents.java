package com.safereply.testing.lambda;

import java.util.HashMap;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

/** Edits to a sample API Gateway v2 event that the webhook and review tests both make; each returns the event. */
public final class ApiGatewayEvents {

    private ApiGatewayEvents() {
    }

    public static APIGatewayV2HTTPEvent withBody(APIGatewayV2HTTPEvent event, String body) {
        event.setBody(body);
        return event;
    }

    /** Sets {@code name} to {@code value}, or removes the header when {@code value} is null. */
    public static APIGatewayV2HTTPEvent withHeader(APIGatewayV2HTTPEvent event, String name, String value) {
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        event.setHeaders(headers);
        return event;
    }
}
