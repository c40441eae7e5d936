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
        table = createTable(server);
        sns = SnsWireMock.start();
        return Map.of(
                "safereply.table-name", table,
                "safereply.dynamodb-endpoint", server.endpoint().toString(),
                "safereply.topic-arn", TOPIC,
                "safereply.sns-endpoint", sns.endpoint().toString(),
                "safereply.review-base-url", REVIEW_BASE);
    }

    /**
     * The store fixture's admin client gives up after 5 s; on a build machine busy with parallel builds, DynamoDB
     * Local's first table creation in a fresh JVM can take longer, so try again (a new name each time).
     */
    private static String createTable(DynamoDbLocalServer server) {
        for (int attempt = 1; ; attempt++) {
            try {
                return server.createTable();
            } catch (software.amazon.awssdk.core.exception.SdkException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void stop() {
        if (sns != null) {
            sns.close();
        }
    }
}
