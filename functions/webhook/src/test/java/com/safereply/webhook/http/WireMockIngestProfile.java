package com.safereply.webhook.http;

import java.util.List;

/**
 * The real ingest (as {@link DynamoDbIngestProfile}) with WireMock between the function and DynamoDB Local, so tests
 * can make DynamoDB fail at the wire while they inspect the real table.
 */
public class WireMockIngestProfile extends DynamoDbIngestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(InspectableWireMockResource.class));
    }
}
