package com.safereply.aws;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class LambdaCredentialsTest {

    @Test
    void onLambdaWithSnapStartTheContainerEndpointIsUsed() {
        assertInstanceOf(ContainerCredentialsProvider.class, LambdaCredentials.choose(false, Map.of(
                "AWS_LAMBDA_FUNCTION_NAME", "fn", "AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://127.0.0.1:9001/creds")));
    }

    @Test
    void onLambdaWithoutSnapStartTheEnvironmentKeysAreUsed() {
        assertInstanceOf(EnvironmentVariableCredentialsProvider.class,
                LambdaCredentials.choose(false, Map.of("AWS_LAMBDA_FUNCTION_NAME", "fn")));
    }

    @Test
    void aLocalStandInWithoutKeysGetsPlaceholderCredentials() {
        assertInstanceOf(StaticCredentialsProvider.class, LambdaCredentials.choose(true, Map.of()));
    }

    @Test
    void elsewhereTheDefaultChainDecides() {
        assertInstanceOf(DefaultCredentialsProvider.class, LambdaCredentials.choose(false, Map.of()));
        assertInstanceOf(DefaultCredentialsProvider.class, LambdaCredentials.choose(true, Map.of("AWS_ACCESS_KEY_ID", "k")));
    }
}
