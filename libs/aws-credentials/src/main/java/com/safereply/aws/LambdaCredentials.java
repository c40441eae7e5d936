package com.safereply.aws;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.util.Map;

/**
 * Which credentials an SDK client uses. One place for every client (DynamoDB, SNS), so a fix here reaches all of
 * them: the SnapStart case below once had to be fixed in each client factory separately.
 */
public final class LambdaCredentials {

    private LambdaCredentials() {
    }

    /**
     * On Lambda the role's credentials come from the environment, and nothing probes the default chain's slower
     * sources. With SnapStart on, Lambda gives no key variables: it serves the credentials from a container endpoint
     * ({@code AWS_CONTAINER_CREDENTIALS_FULL_URI}), re-read after every restore, so pinning the environment provider
     * would fail every call of a SnapStart function. Against a local stand-in (an endpoint override and no keys) the
     * SDK must still sign with something, and the stand-in accepts any signature.
     *
     * @param localEndpoint whether the client talks to an overridden endpoint (DynamoDB Local, an SNS stand-in)
     * @param env           the process environment
     */
    public static AwsCredentialsProvider choose(boolean localEndpoint, Map<String, String> env) {
        if (env.get("AWS_LAMBDA_FUNCTION_NAME") != null) {
            return env.get("AWS_CONTAINER_CREDENTIALS_FULL_URI") != null
                    ? ContainerCredentialsProvider.builder().build()
                    : EnvironmentVariableCredentialsProvider.create();
        }
        if (localEndpoint && env.get("AWS_ACCESS_KEY_ID") == null) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
