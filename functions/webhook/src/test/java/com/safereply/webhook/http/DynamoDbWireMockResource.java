package com.safereply.webhook.http;

import java.util.HashMap;
import java.util.Map;

import com.safereply.store.StoreConfig;
import com.safereply.store.testing.DynamoDbLocalServer;
import com.safereply.store.testing.DynamoDbWireMock;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A fresh table on DynamoDB Local with WireMock in front of it: the function's {@code DYNAMODB_ENDPOINT} is the
 * WireMock, which proxies everything to the engine until a test makes an operation fail ({@link #wire}). The test
 * inspects the table directly ({@link IngestTable#INSPECT_ENDPOINT}), never through the faults.
 */
public class DynamoDbWireMockResource implements QuarkusTestResourceLifecycleManager {

    /** The running wire, for the tests of this profile (test resources run in the test JVM). */
    public static DynamoDbWireMock wire;

    @Override
    public Map<String, String> start() {
        DynamoDbLocalServer server = DynamoDbLocalServer.shared();
        String table = server.createTable();
        wire = DynamoDbWireMock.start(server);
        Map<String, String> config = new HashMap<>(server.environment(table));
        config.put(StoreConfig.DYNAMODB_ENDPOINT, wire.endpoint().toString());
        config.put(IngestTable.INSPECT_ENDPOINT, server.endpoint().toString());
        return config;
    }

    @Override
    public void stop() {
        if (wire != null) {
            wire.close();
        }
    }
}
