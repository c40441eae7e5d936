package com.safereply.webhook.http;

import java.util.List;
import java.util.Set;

/** The real ingest (IngestService over the DynamoDB adapters) against DynamoDB Local, with the test secrets. */
public class DynamoDbIngestProfile extends SignedTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(StubIngestTriager.class);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(DynamoDbLocalResource.class));
    }

    /** As above, but the function's DynamoDB endpoint is a closed loopback port: storage is down. */
    public static class StorageDown extends DynamoDbIngestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DynamoDbLocalResource.Unreachable.class));
        }
    }
}
