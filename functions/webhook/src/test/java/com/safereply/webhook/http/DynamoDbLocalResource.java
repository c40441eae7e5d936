package com.safereply.webhook.http;

import java.util.HashMap;
import java.util.Map;

import com.safereply.store.StoreConfig;
import com.safereply.store.testing.DynamoDbLocalServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts DynamoDB Local (one loopback server per JVM) and a fresh table with the production definition, and gives the
 * function the variables the template would: {@code TABLE_NAME}, {@code DYNAMODB_ENDPOINT}, {@code AWS_REGION}.
 * {@link IngestTable#INSPECT_ENDPOINT} tells the test where to look at the table, which is not always where the
 * function writes (see {@link Unreachable}).
 */
public class DynamoDbLocalResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        DynamoDbLocalServer server = DynamoDbLocalServer.shared();
        String table = server.createTable();
        Map<String, String> config = new HashMap<>(server.environment(table));
        config.put(IngestTable.INSPECT_ENDPOINT, server.endpoint().toString());
        return config;
    }

    @Override
    public void stop() {
        // the shared server stops at JVM exit
    }

    /** The table exists on the running server, but the function is pointed at a loopback port where nothing listens. */
    public static class Unreachable extends DynamoDbLocalResource {
        @Override
        public Map<String, String> start() {
            Map<String, String> config = new HashMap<>(super.start());
            config.put(StoreConfig.DYNAMODB_ENDPOINT, DynamoDbLocalServer.unreachableEndpoint().toString());
            return config;
        }
    }
}
