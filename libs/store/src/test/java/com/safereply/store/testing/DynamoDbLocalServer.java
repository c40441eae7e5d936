package com.safereply.store.testing;

import com.safereply.store.DynamoDbClients;
import com.safereply.store.StoreConfig;
import com.safereply.store.TableDefinition;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * DynamoDB Local as an in-memory loopback HTTP server, so tests exercise the real SDK client over HTTP. One server per
 * JVM ({@link #shared()}, started on first use in about 0.2 s, stopped at JVM exit); isolation between test classes
 * comes from a fresh table each ({@link #createTable()}).
 *
 * <p>Quarkus tests can start it from a {@code QuarkusTestResourceLifecycleManager}:
 * <pre>{@code
 * public Map<String, String> start() {
 *     DynamoDbLocalServer server = DynamoDbLocalServer.shared();
 *     return server.environment(server.createTable());   // TABLE_NAME, DYNAMODB_ENDPOINT, AWS_REGION
 * }
 * }</pre>
 */
public final class DynamoDbLocalServer {

    private static final AtomicInteger TABLES = new AtomicInteger();
    private static DynamoDbLocalServer shared;

    private final DynamoDBProxyServer server;
    private final URI endpoint;
    private final DynamoDbClient admin;

    private DynamoDbLocalServer(DynamoDBProxyServer server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
        this.admin = DynamoDbClients.create(StoreConfig.local("admin", endpoint));
    }

    /** The JVM-wide server, started on first use. */
    public static synchronized DynamoDbLocalServer shared() {
        if (shared == null) {
            shared = start();
            DynamoDbLocalServer started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "dynamodb-local-stop"));
        }
        return shared;
    }

    /** A server of your own (stop it yourself); prefer {@link #shared()}. */
    public static DynamoDbLocalServer start() {
        int port = LoopbackPorts.free();
        try {
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                    new String[] {"-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
            server.start();
            return new DynamoDbLocalServer(server, URI.create("http://127.0.0.1:" + port));
        } catch (Exception e) {
            throw new IllegalStateException("could not start DynamoDB Local on port " + port, e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Creates a new, empty table with the production definition and returns its name. */
    public String createTable() {
        String name = "safereply-test-" + TABLES.incrementAndGet();
        try {
            TableDefinition.create(admin, name);
        } catch (software.amazon.awssdk.services.dynamodb.model.ResourceInUseException retried) {
            // On a loaded machine the SDK can retry a CreateTable whose first attempt succeeded but answered late: a
            // table with this fresh name can only be ours, so finish what create() does after the call.
            admin.waiter().waitUntilTableExists(b -> b.tableName(name));
            admin.updateTimeToLive(b -> b.tableName(name).timeToLiveSpecification(
                    t -> t.attributeName(TableDefinition.TTL_ATTRIBUTE).enabled(true)));
        }
        return name;
    }

    public void deleteTable(String name) {
        admin.deleteTable(b -> b.tableName(name));
    }

    /** A client built by the production factory, pointed at this server. */
    public DynamoDbClient newClient(String tableName) {
        return DynamoDbClients.create(config(tableName));
    }

    public StoreConfig config(String tableName) {
        return StoreConfig.local(tableName, endpoint);
    }

    /** The environment a function needs to use {@code tableName} on this server. */
    public Map<String, String> environment(String tableName) {
        return Map.of(StoreConfig.TABLE_NAME, tableName,
                StoreConfig.DYNAMODB_ENDPOINT, endpoint.toString(),
                StoreConfig.AWS_REGION, StoreConfig.DEFAULT_REGION);
    }

    public void stop() {
        try {
            admin.close();
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop DynamoDB Local", e);
        }
    }

    /** A loopback endpoint where nothing listens: for "storage is down" tests. */
    public static URI unreachableEndpoint() {
        return URI.create("http://127.0.0.1:" + LoopbackPorts.free());
    }
}
