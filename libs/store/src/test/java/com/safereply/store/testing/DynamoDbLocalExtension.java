package com.safereply.store.testing;

import com.safereply.store.DynamoDbStores;
import com.safereply.store.StoreConfig;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.net.URI;
import java.time.Clock;
import java.util.Map;

/**
 * JUnit extension: a fresh SafeReply table on the shared DynamoDB Local server for each test class, and a real SDK
 * client for it. Register it as a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();
 *
 * DynamoDbStores stores = dynamo.stores(clock);       // DraftStore + PracticeDirectory on the class's table
 * dynamo.client(); dynamo.tableName(); dynamo.environment();
 * }</pre>
 * Tests in one class share the table: give each test its own practice id (or call {@link #freshTable()}).
 */
public final class DynamoDbLocalExtension implements BeforeAllCallback, AfterAllCallback {

    private DynamoDbLocalServer server;
    private String tableName;
    private DynamoDbClient client;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = DynamoDbLocalServer.shared();
        tableName = server.createTable();
        client = server.newClient(tableName);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (client != null) {
            client.close();
            server.deleteTable(tableName);
        }
    }

    public DynamoDbClient client() {
        return client;
    }

    public String tableName() {
        return tableName;
    }

    public URI endpoint() {
        return server.endpoint();
    }

    public StoreConfig config() {
        return server.config(tableName);
    }

    /** TABLE_NAME, DYNAMODB_ENDPOINT and AWS_REGION for this class's table. */
    public Map<String, String> environment() {
        return server.environment(tableName);
    }

    public DynamoDbStores stores(Clock clock) {
        return new DynamoDbStores(client, tableName, clock);
    }

    public DynamoDbStores stores() {
        return stores(Clock.systemUTC());
    }

    /** Another empty table on the same server, for a test that needs one to itself (deleted with the server). */
    public String freshTable() {
        return server.createTable();
    }

    public DynamoDbLocalServer server() {
        return server;
    }
}
