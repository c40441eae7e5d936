package com.safereply.store;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Which credentials the client signs with, per environment (Lambda on demand, Lambda SnapStart, local). */
class DynamoDbClientsCredentialsTest {

    private static final StoreConfig AWS = new StoreConfig("drafts", "us-east-1", Optional.empty(), null);

    @Test
    void onDemandLambdaUsesTheRoleKeysInTheEnvironment() {
        assertInstanceOf(EnvironmentVariableCredentialsProvider.class, DynamoDbClients.credentials(AWS,
                Map.of("AWS_LAMBDA_FUNCTION_NAME", "fn", "AWS_ACCESS_KEY_ID", "AKIA", "AWS_SECRET_ACCESS_KEY", "s")));
    }

    @Test
    void snapStartLambdaUsesTheContainerEndpointBecauseItSetsNoKeyVariables() {
        assertInstanceOf(ContainerCredentialsProvider.class, DynamoDbClients.credentials(AWS,
                Map.of("AWS_LAMBDA_FUNCTION_NAME", "fn", "AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start",
                        "AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://127.0.0.1:9001/2021-04-23/credentials",
                        "AWS_CONTAINER_AUTHORIZATION_TOKEN", "token")));
    }

    @Test
    void dynamoDbLocalWithoutKeysSignsWithPlaceholderKeys() {
        assertInstanceOf(StaticCredentialsProvider.class, DynamoDbClients.credentials(
                StoreConfig.local("drafts", URI.create("http://127.0.0.1:8000")), Map.of()));
    }
}
