package com.safereply.sns;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.SnsClientBuilder;

import java.time.Duration;
import java.util.Map;

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
                .credentialsProvider(credentials(config, System.getenv()))
                .overrideConfiguration(o -> o.apiCallTimeout(config.apiCallTimeout())
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(config.maxAttempts()).build()));
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /**
     * On Lambda the role's credentials come from the environment, and nothing probes the default chain's slower
     * sources. With SnapStart on, Lambda gives no key variables: it serves the credentials from a container endpoint
     * ({@code AWS_CONTAINER_CREDENTIALS_FULL_URI}), re-read after every restore, so pinning the environment provider
     * would fail every call of a SnapStart function.
     */
    static AwsCredentialsProvider credentials(SnsConfig config, Map<String, String> env) {
        if (env.get("AWS_LAMBDA_FUNCTION_NAME") != null) {
            return env.get("AWS_CONTAINER_CREDENTIALS_FULL_URI") != null
                    ? ContainerCredentialsProvider.builder().build()
                    : EnvironmentVariableCredentialsProvider.create();
        }
        if (config.endpoint().isPresent() && env.get("AWS_ACCESS_KEY_ID") == null) {
            // A local stand-in accepts any signature, but the SDK must sign with something.
            return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
