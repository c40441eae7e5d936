package com.safereply.store;

import com.safereply.aws.LambdaCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
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

    /** See {@link LambdaCredentials#choose}: the one place that decides, for every SDK client. */
    static AwsCredentialsProvider credentials(StoreConfig config, Map<String, String> env) {
        return LambdaCredentials.choose(config.endpoint().isPresent(), env);
    }
}
