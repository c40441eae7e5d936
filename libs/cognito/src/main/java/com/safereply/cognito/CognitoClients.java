package com.safereply.cognito;

import com.safereply.aws.LambdaCredentials;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClientBuilder;

/** Builds the Cognito user pool client once per container, with the same HTTP client and credential rules as the others. */
public final class CognitoClients {
    private CognitoClients() {}

    /** @param endpoint a stand-in's endpoint (tests, the local run); empty in AWS */
    public static CognitoIdentityProviderClient create(String region, Optional<URI> endpoint) {
        CognitoIdentityProviderClientBuilder builder = CognitoIdentityProviderClient.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(4))
                        .build())
                .region(Region.of(region))
                .credentialsProvider(LambdaCredentials.choose(endpoint.isPresent(), System.getenv()))
                .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(8)));
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
