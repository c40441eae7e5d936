package com.safereply.store.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * WireMock in front of DynamoDB Local, at the wire: by default every request is proxied to the real engine, so the
 * production SDK client works unchanged; a test then makes one operation (matched on {@code X-Amz-Target}) fail the
 * way DynamoDB's JSON protocol fails (HTTP 400 with a {@code __type} body, 500, 503, a dropped connection, a slow
 * answer), always or for the first {@code n} calls only, and counts the attempts that reached the wire.
 *
 * <pre>{@code
 * DynamoDbWireMock wire = DynamoDbWireMock.start(DynamoDbLocalServer.shared());
 * wire.fail(DynamoDbWireMock.TRANSACT_WRITE_ITEMS, DynamoDbWireMock.throttled(), 3);   // then proxied again
 * ... point the client at wire.endpoint() ...
 * wire.attempts(DynamoDbWireMock.TRANSACT_WRITE_ITEMS);
 * }</pre>
 */
public final class DynamoDbWireMock implements AutoCloseable {

    public static final String GET_ITEM = "GetItem";
    public static final String PUT_ITEM = "PutItem";
    public static final String QUERY = "Query";
    public static final String TRANSACT_WRITE_ITEMS = "TransactWriteItems";

    private static final String TARGET_HEADER = "X-Amz-Target";
    private static final String TARGET_PREFIX = "DynamoDB_20120810.";
    private static final String JSON_1_0 = "application/x-amz-json-1.0";

    private final WireMockServer server;
    private final URI engine;
    private int scenarios;

    private DynamoDbWireMock(WireMockServer server, URI engine) {
        this.server = server;
        this.engine = engine;
    }

    /** Started on a free loopback port, proxying everything to {@code engine}. */
    public static DynamoDbWireMock start(DynamoDbLocalServer engine) {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .containerThreads(32).asynchronousResponseEnabled(false));
        server.start();
        DynamoDbWireMock wire = new DynamoDbWireMock(server, engine.endpoint());
        wire.heal();
        return wire;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** Forget every fault and every recorded request: all calls reach DynamoDB Local again. */
    public void heal() {
        server.resetAll();
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(engine.toString())));
    }

    /** Every call of {@code operation} gets {@code response}. */
    public void fail(String operation, ResponseDefinitionBuilder response) {
        server.stubFor(call(operation).atPriority(1).willReturn(response));
    }

    /** Every call of every operation gets {@code response}. */
    public void failEverything(ResponseDefinitionBuilder response) {
        server.stubFor(any(anyUrl()).atPriority(1).willReturn(response));
    }

    /** The first {@code times} calls of {@code operation} get {@code response}; later ones reach DynamoDB Local. */
    public void fail(String operation, ResponseDefinitionBuilder response, int times) {
        String scenario = "fail-" + operation + "-" + (++scenarios);
        for (int i = 0; i < times; i++) {
            server.stubFor(call(operation).atPriority(1).inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "failed-" + i)
                    .willSetStateTo("failed-" + (i + 1))
                    .willReturn(response));
        }
    }

    /** HTTP requests of {@code operation} that reached the wire (every SDK attempt is one). */
    public int attempts(String operation) {
        return (int) requests().stream()
                .filter(e -> (TARGET_PREFIX + operation).equals(e.getRequest().getHeader(TARGET_HEADER)))
                .count();
    }

    /** Every HTTP request received since the last {@link #heal()}. */
    public int attempts() {
        return requests().size();
    }

    @Override
    public void close() {
        server.stop();
    }

    private List<ServeEvent> requests() {
        return server.getAllServeEvents();
    }

    private static MappingBuilder call(String operation) {
        return post(anyUrl()).withHeader(TARGET_HEADER, equalTo(TARGET_PREFIX + operation));
    }

    // ------------------------------------------------------------------ DynamoDB's failures, as its JSON protocol sends them

    /** {@code ProvisionedThroughputExceededException}: a hot partition or a provisioned table over its capacity. */
    public static ResponseDefinitionBuilder throttled() {
        return error(400, "ProvisionedThroughputExceededException",
                "The level of configured provisioned throughput for the table was exceeded.");
    }

    /** {@code ThrottlingException}: control-plane or on-demand account-level throttling. */
    public static ResponseDefinitionBuilder throttling() {
        return error(400, "ThrottlingException", "Rate of requests exceeds the allowed throughput.");
    }

    public static ResponseDefinitionBuilder internalError() {
        return error(500, "InternalServerError", "Internal server error");
    }

    public static ResponseDefinitionBuilder serviceUnavailable() {
        return error(503, "ServiceUnavailable", "Service unavailable");
    }

    /** A cancelled transaction whose first item was throttled (the others would have passed). */
    public static ResponseDefinitionBuilder transactionThrottled(int items) {
        StringBuilder reasons = new StringBuilder("[{\"Code\":\"ThrottlingError\",\"Message\":\"Throughput exceeds the current capacity for one or more global secondary indexes.\"}");
        for (int i = 1; i < items; i++) {
            reasons.append(",{\"Code\":\"None\"}");
        }
        reasons.append(']');
        return aResponse().withStatus(400).withHeader("Content-Type", JSON_1_0)
                .withHeader("x-amzn-ErrorType", "TransactionCanceledException")
                .withBody("{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\","
                        + "\"CancellationReasons\":" + reasons + ","
                        + "\"Message\":\"Transaction cancelled, please refer cancellation reasons for specific reasons\"}");
    }

    /** The connection is reset with nothing answered: what a crashed or unreachable front end looks like. */
    public static ResponseDefinitionBuilder connectionReset() {
        return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
    }

    /** A healthy answer that arrives after {@code delay}: the engine did the work, the client may have gone. */
    public ResponseDefinitionBuilder slowButSuccessful(Duration delay) {
        return aResponse().proxiedFrom(engine.toString()).withFixedDelay((int) delay.toMillis());
    }

    /** No answer within {@code delay}, and nothing done by the engine. */
    public static ResponseDefinitionBuilder slowFailure(Duration delay) {
        return serviceUnavailable().withFixedDelay((int) delay.toMillis());
    }

    private static ResponseDefinitionBuilder error(int status, String type, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", JSON_1_0)
                .withHeader("x-amzn-ErrorType", type)
                .withBody("{\"__type\":\"com.amazonaws.dynamodb.v20120810#" + type + "\",\"message\":\"" + message + "\"}");
    }
}
