package com.safereply.webhook.http;

import java.util.List;
import java.util.Map;

/**
 * The real ingest (as {@link DynamoDbIngestProfile}) with WireMock between the function and DynamoDB Local, so tests
 * can make DynamoDB fail at the wire while they inspect the real table. The channel cache is off, so every delivery
 * makes every store call and a fault on any of them shows.
 */
public class WireMockIngestProfile extends DynamoDbIngestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new java.util.HashMap<>(super.getConfigOverrides());
        overrides.put(IngestWiring.CHANNEL_CACHE_SECONDS, "0");
        return overrides;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(InspectableWireMockResource.class));
    }
}
