package com.safereply.coldstart;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * SNS on loopback at the wire, enough for one SDK {@code Publish}: the AWS Query protocol's form-encoded
 * {@code POST /} answered with a {@code PublishResponse} document. It counts publishes so a run can prove the function
 * really published. Nothing of the message is kept.
 */
public final class SnsStub implements AutoCloseable {

    private static final String NS = "http://sns.amazonaws.com/doc/2010-03-31/";

    private final HttpServer server;
    private final AtomicInteger publishes = new AtomicInteger();

    private SnsStub(HttpServer server) {
        this.server = server;
    }

    public static SnsStub start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        SnsStub stub = new SnsStub(server);
        server.createContext("/", stub::handle);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "sns-stub");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return stub;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public int publishCount() {
        return publishes.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean publish = "POST".equals(exchange.getRequestMethod()) && form.contains("Action=Publish");
            String xml = publish
                    ? "<PublishResponse xmlns=\"" + NS + "\"><PublishResult><MessageId>" + UUID.randomUUID()
                      + "</MessageId></PublishResult><ResponseMetadata><RequestId>" + UUID.randomUUID()
                      + "</RequestId></ResponseMetadata></PublishResponse>"
                    : "<ErrorResponse xmlns=\"" + NS + "\"><Error><Type>Sender</Type><Code>InvalidAction</Code>"
                      + "<Message>only Publish is stubbed</Message></Error><RequestId>" + UUID.randomUUID()
                      + "</RequestId></ErrorResponse>";
            if (publish) {
                publishes.incrementAndGet();
            }
            byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders(publish ? 200 : 400, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
