package com.safereply.sns;

import com.safereply.aws.LambdaCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
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

    /** See {@link LambdaCredentials#choose}: the one place that decides, for every SDK client. */
    static AwsCredentialsProvider credentials(SnsConfig config, Map<String, String> env) {
        return LambdaCredentials.choose(config.endpoint().isPresent(), env);
    }
}
