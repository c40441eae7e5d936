package com.safereply.webhook.http;

import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Test secrets, different from the local/demo ones the sample events are signed with, so tests must re-sign. The edge
 * tests under this profile answer from {@link RecordingCommentIngest}, not the store.
 */
public class SignedTestProfile implements QuarkusTestProfile {

    public static final String META_APP_SECRET = "test-meta-app-secret";
    public static final String META_VERIFY_TOKEN = "test-meta-verify-token";
    public static final String X_CONSUMER_SECRET = "test-x-consumer-secret";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "safereply.meta.app-secret", META_APP_SECRET,
                "safereply.meta.verify-token", META_VERIFY_TOKEN,
                "safereply.x.consumer-secret", X_CONSUMER_SECRET);
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(RecordingCommentIngest.class);
    }
}
