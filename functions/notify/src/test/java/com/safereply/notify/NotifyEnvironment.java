package com.safereply.notify;

import com.safereply.sns.testing.SnsWireMock;
import com.safereply.store.testing.DynamoDbLocalServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * What the deployed function gets from the template, pointed at local stand-ins: a fresh table on the shared
 * DynamoDB Local server and a WireMock SNS. Static so the test can reach them (same JVM).
 */
public class NotifyEnvironment implements QuarkusTestResourceLifecycleManager {

    static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:safereply-test-approvers";
    static final String REVIEW_BASE = "https://review.example";
    static volatile String table;
    static volatile SnsWireMock sns;

    @Override
    public Map<String, String> start() {
        DynamoDbLocalServer server = DynamoDbLocalServer.shared();
        table = server.createTable();
        sns = SnsWireMock.start();
        return Map.of(
                "safereply.table-name", table,
                "safereply.dynamodb-endpoint", server.endpoint().toString(),
                "safereply.topic-arn", TOPIC,
                "safereply.sns-endpoint", sns.endpoint().toString(),
                "safereply.review-base-url", REVIEW_BASE);
    }

    @Override
    public void stop() {
        if (sns != null) {
            sns.close();
        }
    }
}
