package com.safereply.review.http;

import java.util.Map;

import com.safereply.store.testing.DynamoDbLocalServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A fresh table on the JVM's DynamoDB Local server; the function finds it through TABLE_NAME and DYNAMODB_ENDPOINT. */
public class DynamoDbLocalResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        DynamoDbLocalServer server = DynamoDbLocalServer.shared();
        return server.environment(server.createTable());
    }

    @Override
    public void stop() {
        // the shared server stops at JVM exit
    }
}
