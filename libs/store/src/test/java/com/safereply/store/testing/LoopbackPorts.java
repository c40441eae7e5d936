package com.safereply.store.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Free ports for servers a test starts, or tells a process it starts to listen on.
 *
 * <p>A port the OS hands out for {@code new ServerSocket(0)} comes from its ephemeral range, the range outgoing
 * connections take their local ports from: between the test reading it and the server binding it, any connection on
 * the machine may take it (CI saw the local run's Google stand-in fail to bind one, its own DynamoDB client having
 * connected in between). These ports come from below the ephemeral ranges of Linux (32768 up), macOS and Windows
 * (49152 up), where no connection takes a port by itself; each is checked free, and one JVM never hands one out
 * twice. A random start keeps two test JVMs at once (two Maven forks) apart.
 */
public final class LoopbackPorts {

    private static final int FIRST = 20_000;
    private static final int COUNT = 12_000;
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(COUNT));

    private LoopbackPorts() {
    }

    /** A port nothing listens on now, not handed out before by this JVM. */
    public static int free() {
        for (int tried = 0; tried < COUNT; tried++) {
            int port = FIRST + Math.floorMod(NEXT.getAndIncrement(), COUNT);
            if (bindable(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port in " + FIRST + "-" + (FIRST + COUNT - 1));
    }

    /**
     * Whether a server could listen on {@code port} on loopback and on every address (the wildcard bind conflicts
     * with a listener on any one address).
     */
    private static boolean bindable(int port) {
        for (InetAddress address : new InetAddress[] {null, InetAddress.getLoopbackAddress()}) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(address, port), 1);
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }
}
