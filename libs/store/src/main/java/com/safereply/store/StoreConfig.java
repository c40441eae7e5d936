package com.safereply.store;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Where the table is. Read from the environment that {@code template.yaml} sets: {@code TABLE_NAME} (required),
 * {@code AWS_REGION} (Lambda sets it; default us-east-1 outside), {@code DYNAMODB_ENDPOINT} (only for DynamoDB Local).
 *
 * @param apiCallTimeout bound on one SDK call including retries: webhooks must answer fast, and a hung store should
 *                       fail the call so the platform retries, rather than hold the function to its timeout
 */
public record StoreConfig(String tableName, String region, Optional<URI> endpoint, Duration apiCallTimeout) {

    public static final String TABLE_NAME = "TABLE_NAME";
    public static final String AWS_REGION = "AWS_REGION";
    public static final String DYNAMODB_ENDPOINT = "DYNAMODB_ENDPOINT";
    public static final String DEFAULT_REGION = "us-east-1";
    public static final Duration DEFAULT_API_CALL_TIMEOUT = Duration.ofSeconds(5);

    public StoreConfig {
        if (tableName == null || tableName.isBlank()) {
            throw new IllegalStateException(TABLE_NAME + " is not set");
        }
        region = region == null || region.isBlank() ? DEFAULT_REGION : region;
        endpoint = endpoint == null ? Optional.empty() : endpoint;
        apiCallTimeout = apiCallTimeout == null ? DEFAULT_API_CALL_TIMEOUT : apiCallTimeout;
    }

    public static StoreConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    public static StoreConfig fromEnvironment(Map<String, String> env) {
        return of(Optional.ofNullable(env.get(TABLE_NAME)), Optional.ofNullable(env.get(AWS_REGION)),
                Optional.ofNullable(env.get(DYNAMODB_ENDPOINT)));
    }

    /**
     * From a Quarkus function's config properties ({@code safereply.table-name}, {@code safereply.region},
     * {@code safereply.dynamodb-endpoint}), each absent when its environment variable is unset; a blank endpoint
     * counts as absent. {@link #fromEnvironment(Map)} reads the environment through this.
     */
    public static StoreConfig of(Optional<String> tableName, Optional<String> region, Optional<String> endpoint) {
        return new StoreConfig(tableName.orElse(null), region.orElse(null),
                endpoint.filter(e -> !e.isBlank()).map(URI::create), DEFAULT_API_CALL_TIMEOUT);
    }

    /** A local table at {@code endpoint} (DynamoDB Local). */
    public static StoreConfig local(String tableName, URI endpoint) {
        return new StoreConfig(tableName, DEFAULT_REGION, Optional.of(endpoint), DEFAULT_API_CALL_TIMEOUT);
    }
}
