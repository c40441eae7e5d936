package com.safereply.sns;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Which credentials the client signs with, per environment (Lambda on demand, Lambda SnapStart, local). */
class SnsClientsCredentialsTest {

    private static final SnsConfig AWS = SnsConfig.of("arn:aws:sns:us-east-1:123456789012:approvers", null, null);

    @Test
    void onDemandLambdaUsesTheRoleKeysInTheEnvironment() {
        assertInstanceOf(EnvironmentVariableCredentialsProvider.class, SnsClients.credentials(AWS,
                Map.of("AWS_LAMBDA_FUNCTION_NAME", "fn", "AWS_ACCESS_KEY_ID", "AKIA", "AWS_SECRET_ACCESS_KEY", "s")));
    }

    @Test
    void snapStartLambdaUsesTheContainerEndpointBecauseItSetsNoKeyVariables() {
        assertInstanceOf(ContainerCredentialsProvider.class, SnsClients.credentials(AWS,
                Map.of("AWS_LAMBDA_FUNCTION_NAME", "fn", "AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start",
                        "AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://127.0.0.1:9001/2021-04-23/credentials",
                        "AWS_CONTAINER_AUTHORIZATION_TOKEN", "token")));
    }

    @Test
    void aLocalStandInWithoutKeysSignsWithPlaceholderKeys() {
        assertInstanceOf(StaticCredentialsProvider.class, SnsClients.credentials(
                SnsConfig.of("arn:aws:sns:us-east-1:000000000000:t", null, "http://127.0.0.1:9911"), Map.of()));
    }
}
