package com.safereply.store;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

import java.time.Duration;
import java.util.Map;

/**
 * Builds the DynamoDB client: once per container (callers keep it), with the URL-connection HTTP client (smallest
 * cold start) and explicit credentials so nothing probes the default chain's slow sources on Lambda.
 */
public final class DynamoDbClients {

    private DynamoDbClients() {
    }

    public static DynamoDbClient create(StoreConfig config) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(4))
                        .build())
                .region(Region.of(config.region()))
                .credentialsProvider(credentials(config, System.getenv()))
                // Standard mode: 3 attempts. DynamoDB's legacy default retries 8 times, which keeps a webhook waiting
                // seconds on a store that is down instead of answering 5xx and letting the platform retry.
                .overrideConfiguration(o -> o.apiCallTimeout(config.apiCallTimeout()).retryStrategy(RetryMode.STANDARD));
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /**
     * On Lambda the role's credentials come from the environment, and nothing probes the default chain's slower
     * sources. With SnapStart on, Lambda gives no key variables: it serves the credentials from a container endpoint
     * ({@code AWS_CONTAINER_CREDENTIALS_FULL_URI}), re-read after every restore, so pinning the environment provider
     * would fail every call of a SnapStart function.
     */
    static AwsCredentialsProvider credentials(StoreConfig config, Map<String, String> env) {
        if (env.get("AWS_LAMBDA_FUNCTION_NAME") != null) {
            return env.get("AWS_CONTAINER_CREDENTIALS_FULL_URI") != null
                    ? ContainerCredentialsProvider.builder().build()
                    : EnvironmentVariableCredentialsProvider.create();
        }
        if (config.endpoint().isPresent() && env.get("AWS_ACCESS_KEY_ID") == null) {
            // DynamoDB Local accepts any signature, but the SDK must sign with something.
            return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
