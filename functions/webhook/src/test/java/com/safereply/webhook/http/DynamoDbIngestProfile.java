package com.safereply.webhook.http;

import java.util.List;
import java.util.Set;

/**
 * The real ingest as production wires it (IngestService, the DynamoDB adapters, the real TriageEngine) against DynamoDB
 * Local, with the test secrets. No test alternatives: the edge tests' recording ingest stays off.
 */
public class DynamoDbIngestProfile extends SignedTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of();
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
