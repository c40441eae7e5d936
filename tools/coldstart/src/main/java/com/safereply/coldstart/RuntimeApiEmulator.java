package com.safereply.coldstart;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A loopback stand-in for the Lambda Runtime API (version 2018-06-01) that serves exactly one invocation, the first
 * event of a cold container, and timestamps the protocol: the runtime's first {@code GET invocation/next} ends the init
 * phase; the {@code POST invocation/{id}/response} (or {@code /error}) ends the first invocation. Later {@code next}
 * calls wait until {@link #close()}, as a real container waits for its next event.
 *
 * <p>Times are {@link System#nanoTime()} of this JVM, so they compare with the harness's spawn time of the runtime.
 */
public final class RuntimeApiEmulator implements AutoCloseable {

    static final String PREFIX = "/2018-06-01/runtime/";
    static final String REQUEST_ID = "8f5e2a9c-0000-4000-8000-coldstart001";

    /** How the first invocation ended. */
    public enum Outcome { PENDING, RESPONSE, INVOCATION_ERROR, INIT_ERROR }

    private final HttpServer server;
    private final ExecutorService executor;
    private final byte[] event;
    private final String functionArn;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final AtomicInteger nextCalls = new AtomicInteger();
    private final AtomicLong firstNextNanos = new AtomicLong();
    private final AtomicLong finishedNanos = new AtomicLong();
    private final AtomicReference<Outcome> outcome = new AtomicReference<>(Outcome.PENDING);
    private final AtomicReference<byte[]> body = new AtomicReference<>(new byte[0]);

    private RuntimeApiEmulator(HttpServer server, ExecutorService executor, byte[] event, String functionArn) {
        this.server = server;
        this.executor = executor;
        this.event = event;
        this.functionArn = functionArn;
    }

    /** Started on a free loopback port; {@code event} is the payload of the one invocation. */
    public static RuntimeApiEmulator start(byte[] event, String functionName) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        // A thread per exchange: a runtime may hold a `next` open while it posts on another connection.
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "runtime-api");
            thread.setDaemon(true);
            return thread;
        });
        RuntimeApiEmulator emulator = new RuntimeApiEmulator(server, executor, event.clone(),
                "arn:aws:lambda:us-east-1:000000000000:function:" + functionName);
        server.createContext(PREFIX, emulator::handle);
        server.setExecutor(executor);
        server.start();
        return emulator;
    }

    /** {@code host:port}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Waits for the first invocation to end (response or error, or an init error). */
    public boolean awaitFinished(long timeout, TimeUnit unit) throws InterruptedException {
        return finished.await(timeout, unit);
    }

    public Outcome outcome() {
        return outcome.get();
    }

    /** When the runtime first asked for an event (end of init), or empty if it never did. */
    public Optional<Long> initDoneNanos() {
        long at = firstNextNanos.get();
        return at == 0 ? Optional.empty() : Optional.of(at);
    }

    /** When the first invocation's response or error arrived, or empty. */
    public Optional<Long> finishedNanos() {
        long at = finishedNanos.get();
        return at == 0 ? Optional.empty() : Optional.of(at);
    }

    /** The body the runtime posted (the function's response or error document). */
    public byte[] postedBody() {
        return body.get().clone();
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long now = System.nanoTime();
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            String method = exchange.getRequestMethod();
            if ("GET".equals(method) && "invocation/next".equals(path)) {
                next(exchange, now);
            } else if ("POST".equals(method) && path.equals("invocation/" + REQUEST_ID + "/response")) {
                finish(exchange, now, Outcome.RESPONSE);
            } else if ("POST".equals(method) && path.equals("invocation/" + REQUEST_ID + "/error")) {
                finish(exchange, now, Outcome.INVOCATION_ERROR);
            } else if ("POST".equals(method) && "init/error".equals(path)) {
                finish(exchange, now, Outcome.INIT_ERROR);
            } else {
                reply(exchange, 404, "{\"errorMessage\":\"unknown path\"}");
            }
        }
    }

    private void next(HttpExchange exchange, long now) throws IOException {
        if (nextCalls.getAndIncrement() > 0) {
            // A warm container waiting for its next event: hold the call until the harness is done with us.
            awaitQuietly(closed);
            return;
        }
        firstNextNanos.set(now);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", REQUEST_ID);
        exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms",
                Long.toString(System.currentTimeMillis() + 60_000));
        exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn", functionArn);
        exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id",
                "Root=1-00000000-000000000000000000000001;Parent=0000000000000001;Sampled=0");
        exchange.sendResponseHeaders(200, event.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(event);
        }
    }

    private void finish(HttpExchange exchange, long now, Outcome how) throws IOException {
        byte[] posted = exchange.getRequestBody().readAllBytes();
        if (outcome.compareAndSet(Outcome.PENDING, how)) {
            finishedNanos.set(now);
            body.set(posted);
            finished.countDown();
        }
        reply(exchange, 202, "{\"status\":\"OK\"}");
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
