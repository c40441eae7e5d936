package com.safereply.local;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/** DynamoDB Local as a loopback-only HTTP server in this JVM, its data in one sqlite file under {@code dataDir}. */
final class EmbeddedDynamoDb {

    /** The file DynamoDB Local writes with {@code -sharedDb} (one database for every access key and region). */
    static final String DATA_FILE = "shared-local-instance.db";

    static final String LOOPBACK = "127.0.0.1";

    private final DynamoDBProxyServer server;
    private final URI endpoint;

    private EmbeddedDynamoDb(DynamoDBProxyServer server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
    }

    /**
     * @param dataDir where the data persists, or null to keep it in memory
     * @param fresh   delete the previous run's data first
     */
    static EmbeddedDynamoDb start(int port, Path dataDir, boolean fresh) {
        try {
            String[] storage = {"-inMemory"};
            if (dataDir != null) {
                OwnerOnlyDirectory.create(dataDir);
                if (fresh) {
                    Files.deleteIfExists(dataDir.resolve(DATA_FILE));
                }
                storage = new String[] {"-dbPath", dataDir.toString()};
            }
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(storage), java.util.stream.Stream.of(
                    "-port", Integer.toString(port), "-sharedDb", "-disableTelemetry")).toArray(String[]::new);
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(args);
            bindToLoopback(server);
            server.start();
            return new EmbeddedDynamoDb(server, URI.create("http://" + LOOPBACK + ":" + port));
        } catch (IOException e) {
            throw new IllegalStateException("cannot use data directory " + dataDir, e);
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not start on port " + port + " (is the port taken?)", e);
        }
    }

    /**
     * DynamoDB Local has no option for the address it listens on and no authentication: left alone its Jetty listens
     * on every interface, and anyone on the network can scan comment texts. Its connectors are not started yet here,
     * so set their host to loopback. The server is only reachable through a private field: if a DynamoDB Local upgrade
     * moves it, refuse to start rather than listen on the network.
     */
    static void bindToLoopback(DynamoDBProxyServer proxy) {
        try {
            Field field = DynamoDBProxyServer.class.getDeclaredField("server");
            field.setAccessible(true);
            Server jetty = (Server) field.get(proxy);
            Connector[] connectors = jetty.getConnectors();
            if (connectors.length == 0) {
                throw new IllegalStateException("DynamoDB Local has no connector to bind");
            }
            for (Connector connector : connectors) {
                if (!(connector instanceof ServerConnector network)) {
                    throw new IllegalStateException("cannot bind DynamoDB Local's " + connector + " to loopback");
                }
                network.setHost(LOOPBACK);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot bind DynamoDB Local to " + LOOPBACK + "; refusing to listen on the network", e);
        }
    }

    URI endpoint() {
        return endpoint;
    }

    void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not stop cleanly", e);
        }
    }
}
