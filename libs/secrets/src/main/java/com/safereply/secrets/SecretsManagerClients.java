package com.safereply.secrets;

import com.safereply.aws.LambdaCredentials;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;

/** Builds the Secrets Manager client once per container, with the same HTTP client and credential rules as the others. */
public final class SecretsManagerClients {
    private SecretsManagerClients() {}

    public static SecretsManagerClient create(String region, Optional<URI> endpoint) {
        SecretsManagerClientBuilder builder = SecretsManagerClient.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(4))
                        .build())
                .region(Region.of(region))
                .credentialsProvider(LambdaCredentials.choose(endpoint.isPresent(), System.getenv()))
                .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(6)));
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
