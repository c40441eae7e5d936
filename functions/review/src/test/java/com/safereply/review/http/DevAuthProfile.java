package com.safereply.review.http;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** What the local run turns on: the X-Dev-Approver header is trusted. */
public class DevAuthProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("safereply.review.dev-auth", "true");
    }
}
