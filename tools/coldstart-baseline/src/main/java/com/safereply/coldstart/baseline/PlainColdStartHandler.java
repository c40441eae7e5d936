package com.safereply.coldstart.baseline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.SnsClientBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The plain-Java yardstick for SafeReply's cold start: no framework, no dependency injection, just the SDK clients
 * SafeReply's functions build (DynamoDB always, SNS when {@code TOPIC_ARN} is set), configured like
 * {@code DynamoDbClients} and {@code SnsClients} (url-connection HTTP client with the same timeouts, environment
 * credentials, standard retries, a bounded call time), built once per container in static initialisation, and the same
 * kind of first call: a consistent GetItem of the seeded practice, then one Publish.
 *
 * <p>It reads the environment the SafeReply functions get: {@code TABLE_NAME}, {@code AWS_REGION},
 * {@code DYNAMODB_ENDPOINT}, {@code TOPIC_ARN}, {@code SNS_ENDPOINT} (the endpoints point at local stand-ins).
 */
public final class PlainColdStartHandler implements RequestStreamHandler {

    /** The practice the cold-start harness seeds; the GetItem reads it so the call returns a real item. */
    static final String PRACTICE_KEY = "PRACTICE#demo-practice";

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(4);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

    private static final String TABLE_NAME = System.getenv("TABLE_NAME");
    private static final Optional<String> TOPIC_ARN = env("TOPIC_ARN");
    private static final DynamoDbClient DYNAMO_DB = dynamoDb();
    private static final Optional<SnsClient> SNS = TOPIC_ARN.map(topic -> sns());

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        input.readAllBytes();
        GetItemResponse practice = DYNAMO_DB.getItem(b -> b.tableName(TABLE_NAME).consistentRead(true)
                .key(Map.of("PK", AttributeValue.fromS(PRACTICE_KEY), "SK", AttributeValue.fromS("PRACTICE"))));
        String messageId = SNS.map(sns -> sns.publish(b -> b.topicArn(TOPIC_ARN.get())
                .subject("Cold-start baseline").message("baseline " + context.getAwsRequestId())).messageId())
                .orElse("");
        output.write(("{\"practiceFound\":" + practice.hasItem() + ",\"published\":" + !messageId.isEmpty() + "}")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static DynamoDbClient dynamoDb() {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClient(httpClient())
                .region(region())
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                .overrideConfiguration(overrides());
        env("DYNAMODB_ENDPOINT").map(URI::create).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static SnsClient sns() {
        SnsClientBuilder builder = SnsClient.builder()
                .httpClient(httpClient())
                .region(region())
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                .overrideConfiguration(overrides());
        env("SNS_ENDPOINT").map(URI::create).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static software.amazon.awssdk.http.SdkHttpClient httpClient() {
        return UrlConnectionHttpClient.builder().connectionTimeout(CONNECT_TIMEOUT).socketTimeout(SOCKET_TIMEOUT).build();
    }

    private static ClientOverrideConfiguration overrides() {
        return ClientOverrideConfiguration.builder().apiCallTimeout(CALL_TIMEOUT)
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy()).build();
    }

    private static Region region() {
        return Region.of(env("AWS_REGION").orElse("us-east-1"));
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
