package com.safereply.sns;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Where approver notifications go. Read from the environment that {@code template.yaml} sets: {@code TOPIC_ARN}
 * (required), {@code AWS_REGION} (Lambda sets it; default us-east-1 outside), {@code SNS_ENDPOINT} (empty in AWS; a
 * local stand-in for {@code sam local} and tests).
 *
 * @param maxAttempts    SDK attempts per publish (standard retry mode, backoff between them)
 * @param apiCallTimeout bound on one publish including the SDK's retries; past it the stream retries the record
 */
public record SnsConfig(String topicArn, String region, Optional<URI> endpoint, int maxAttempts,
                        Duration apiCallTimeout) {

    public static final String TOPIC_ARN = "TOPIC_ARN";
    public static final String AWS_REGION = "AWS_REGION";
    public static final String SNS_ENDPOINT = "SNS_ENDPOINT";
    public static final String DEFAULT_REGION = "us-east-1";
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    public static final Duration DEFAULT_API_CALL_TIMEOUT = Duration.ofSeconds(8);

    public SnsConfig {
        if (topicArn == null || topicArn.isBlank()) {
            throw new IllegalStateException(TOPIC_ARN + " is not set");
        }
        region = region == null || region.isBlank() ? DEFAULT_REGION : region;
        endpoint = endpoint == null ? Optional.empty() : endpoint;
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1");
        }
        apiCallTimeout = apiCallTimeout == null ? DEFAULT_API_CALL_TIMEOUT : apiCallTimeout;
    }

    public static SnsConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    public static SnsConfig fromEnvironment(Map<String, String> env) {
        return of(env.get(TOPIC_ARN), env.get(AWS_REGION), env.get(SNS_ENDPOINT));
    }

    /** From plain values (e.g. Quarkus configuration); a blank endpoint means SNS's regional endpoint. */
    public static SnsConfig of(String topicArn, String region, String endpoint) {
        return new SnsConfig(topicArn, region,
                endpoint == null || endpoint.isBlank() ? Optional.empty() : Optional.of(URI.create(endpoint.strip())),
                DEFAULT_MAX_ATTEMPTS, DEFAULT_API_CALL_TIMEOUT);
    }
}
