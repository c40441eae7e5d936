package com.safereply.webhook.http;

import java.util.Map;

import com.safereply.store.testing.DynamoDbLocalServer;
import com.safereply.testing.lambda.DynamoDbWireMockResource;

/**
 * The shared WireMock-fronted table, plus the engine's own endpoint ({@link IngestTable#INSPECT_ENDPOINT}) so the
 * tests inspect the table directly, never through the faults they inject.
 */
public class InspectableWireMockResource extends DynamoDbWireMockResource {

    @Override
    protected void configure(Map<String, String> config, DynamoDbLocalServer server) {
        config.put(IngestTable.INSPECT_ENDPOINT, server.endpoint().toString());
    }
}
