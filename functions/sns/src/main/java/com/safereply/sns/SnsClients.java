package com.safereply.sns;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.SnsClientBuilder;

import java.time.Duration;

/**
 * Builds the SNS client once per container: URL-connection HTTP client (smallest cold start), explicit credentials
 * on Lambda, standard retries with a bounded call time.
 */
public final class SnsClients {

    private SnsClients() {
    }

    public static SnsClient create(SnsConfig config) {
        SnsClientBuilder builder = SnsClient.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(4))
                        .build())
                .region(Region.of(config.region()))
                .credentialsProvider(credentials(config))
                .overrideConfiguration(o -> o.apiCallTimeout(config.apiCallTimeout())
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(config.maxAttempts()).build()));
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(SnsConfig config) {
        if (System.getenv("AWS_LAMBDA_FUNCTION_NAME") != null) {
            return EnvironmentVariableCredentialsProvider.create();
        }
        if (config.endpoint().isPresent() && System.getenv("AWS_ACCESS_KEY_ID") == null) {
            // A local stand-in accepts any signature, but the SDK must sign with something.
            return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
