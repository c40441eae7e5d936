package com.safereply.webhook.http;

import java.util.List;
import java.util.Set;


/** The real ingest on DynamoDB Local, Google at the wire ({@link GoogleStandIn}), a refresh token for every practice. */
public class GooglePushProfile extends DynamoDbIngestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(TestRefreshTokens.class);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(DynamoDbLocalResource.class), new TestResourceEntry(GoogleStandIn.class));
    }
}
