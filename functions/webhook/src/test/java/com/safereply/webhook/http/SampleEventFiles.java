package com.safereply.webhook.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;

/** A second sample event in a test whose first comes from {@code @Event}: same loader, same folder. */
final class SampleEventFiles {

    private SampleEventFiles() {
    }

    static APIGatewayV2HTTPEvent load(String file) {
        return EventLoader.loadApiGatewayHttpEvent("events/" + file);
    }
}
