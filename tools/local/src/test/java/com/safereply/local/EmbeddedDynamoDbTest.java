package com.safereply.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.safereply.store.DynamoDbClients;
import com.safereply.store.StoreConfig;
import com.safereply.store.TableDefinition;
import com.safereply.store.testing.LoopbackPorts;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Issue 11: DynamoDB Local has no authentication, so it must not be reachable from the network, and its data folder
 * (comment texts, author names) must be readable by its owner only.
 */
class EmbeddedDynamoDbTest {

    @TempDir
    Path temp;

    @Test
    void listensOnLoopbackOnlyAndNotOnTheMachinesNetworkAddresses() throws Exception {
        List<InetAddress> network = nonLoopbackAddresses();
        assertFalse(network.isEmpty(), "this test needs a machine with a network address besides loopback");
        int port = LoopbackPorts.free();
        EmbeddedDynamoDb db = EmbeddedDynamoDb.start(port, null, false);
        try {
            try (Socket loopback = new Socket()) {
                loopback.connect(new InetSocketAddress(EmbeddedDynamoDb.LOOPBACK, port), 2_000);
                assertTrue(loopback.isConnected());
            }
            for (InetAddress address : network) {
                assertThrows(ConnectException.class, () -> {
                    try (Socket outside = new Socket()) {
                        outside.connect(new InetSocketAddress(address, port), 2_000);
                    }
                }, "DynamoDB Local answered on " + address);
            }
        } finally {
            db.stop();
        }
    }

    @Test
    void theDataFolderAndItsDatabaseAreOwnerOnly() throws Exception {
        Path dataDir = temp.resolve("local-data");
        int port = LoopbackPorts.free();
        EmbeddedDynamoDb db = EmbeddedDynamoDb.start(port, dataDir, false);
        try (DynamoDbClient client = DynamoDbClients.create(StoreConfig.local("perm-test", db.endpoint()))) {
            TableDefinition.create(client, "perm-test");
        } finally {
            db.stop();
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir)));
        Path file = dataDir.resolve(EmbeddedDynamoDb.DATA_FILE);
        assertTrue(Files.exists(file));

        // A folder left world-readable by an earlier run is tightened at the next start, with its files.
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        EmbeddedDynamoDb.start(port, dataDir, false).stop();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(nic -> {
                    try {
                        return nic.isUp() && !nic.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLinkLocalAddress())
                .toList();
    }
}
