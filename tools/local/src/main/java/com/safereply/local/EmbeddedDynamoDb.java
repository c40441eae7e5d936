package com.safereply.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/** DynamoDB Local as a loopback HTTP server in this JVM, its data in one sqlite file under {@code dataDir}. */
final class EmbeddedDynamoDb {

    /** The file DynamoDB Local writes with {@code -sharedDb} (one database for every access key and region). */
    static final String DATA_FILE = "shared-local-instance.db";

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
                Files.createDirectories(dataDir);
                if (fresh) {
                    Files.deleteIfExists(dataDir.resolve(DATA_FILE));
                }
                storage = new String[] {"-dbPath", dataDir.toString()};
            }
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(storage), java.util.stream.Stream.of(
                    "-port", Integer.toString(port), "-sharedDb", "-disableTelemetry")).toArray(String[]::new);
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(args);
            server.start();
            return new EmbeddedDynamoDb(server, URI.create("http://127.0.0.1:" + port));
        } catch (IOException e) {
            throw new IllegalStateException("cannot use data directory " + dataDir, e);
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not start on port " + port + " (is the port taken?)", e);
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
