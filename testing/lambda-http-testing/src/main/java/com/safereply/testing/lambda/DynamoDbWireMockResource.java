package com.safereply.testing.lambda;

import java.util.HashMap;
import java.util.Map;

import com.safereply.store.StoreConfig;
import com.safereply.store.testing.DynamoDbLocalServer;
import com.safereply.store.testing.DynamoDbWireMock;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A fresh table on DynamoDB Local with WireMock in front of it, as a Quarkus test resource: the function's
 * {@code DYNAMODB_ENDPOINT} is the WireMock, which proxies everything to the engine until a test makes an operation
 * fail ({@link #wire}). A module that needs more configuration (an endpoint that bypasses the faults, say) extends
 * this and overrides {@link #configure}.
 */
public class DynamoDbWireMockResource implements QuarkusTestResourceLifecycleManager {

    /** The running wire, for the tests (test resources run in the test JVM). */
    public static DynamoDbWireMock wire;

    @Override
    public Map<String, String> start() {
        DynamoDbLocalServer server = DynamoDbLocalServer.shared();
        String table = server.createTable();
        wire = DynamoDbWireMock.start(server);
        Map<String, String> config = new HashMap<>(server.environment(table));
        config.put(StoreConfig.DYNAMODB_ENDPOINT, wire.endpoint().toString());
        configure(config, server);
        return config;
    }

    /** Adds to the function's configuration; the default adds nothing. */
    protected void configure(Map<String, String> config, DynamoDbLocalServer server) {
    }

    @Override
    public void stop() {
        if (wire != null) {
            wire.close();
        }
    }
}
