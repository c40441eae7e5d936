package com.safereply.loadtest;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WebhookPosterTest {

    private HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private volatile int status = 200;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/webhooks/meta", exchange -> {
            clientPorts.add(exchange.getRemoteAddress().getPort());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + exchange.getRequestHeaders().getFirst("X-Hub-Signature-256") + " " + body);
            byte[] answer = (status == 200 ? "{\"created\":1}" : "{\"problem\":\"no\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void postsTheSignedBodyAndReadsTheAnswerOverOneKeptConnection() throws IOException {
        WebhookPoster poster = poster();

        for (int i = 0; i < 3; i++) {
            WebhookPoster.Response response = poster.post(("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8),
                    Map.of("Content-Type", "application/json", "X-Hub-Signature-256", "sha256=ab" + i));
            assertEquals(new WebhookPoster.Response(200, "{\"created\":1}"), response);
        }

        assertEquals(List.of("POST application/json sha256=ab0 {\"n\":0}", "POST application/json sha256=ab1 {\"n\":1}",
                "POST application/json sha256=ab2 {\"n\":2}"), received);
        assertEquals(1, clientPorts.size(), "one connection, kept alive: " + clientPorts);
    }

    @Test
    void anErrorStatusIsReportedWithItsBody() throws IOException {
        status = 503;

        WebhookPoster.Response response = poster().post("{}".getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/json"));

        assertEquals(new WebhookPoster.Response(503, "{\"problem\":\"no\"}"), response);
    }

    @Test
    void aRefusedSignatureIsReportedByItsStatus() throws IOException {
        status = 401;

        assertEquals(401, poster().post("{}".getBytes(StandardCharsets.UTF_8), Map.of()).status());
    }

    @Test
    void aServerThatIsNotThereIsAnIoError() {
        int port = server.getAddress().getPort();
        server.stop(0);
        WebhookPoster poster = new WebhookPoster(URI.create("http://127.0.0.1:" + port + "/webhooks/meta"),
                Duration.ofSeconds(1), Duration.ofSeconds(1));

        assertThrows(IOException.class, () -> poster.post("{}".getBytes(StandardCharsets.UTF_8), Map.of()));
    }

    private WebhookPoster poster() {
        return new WebhookPoster(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/meta"),
                Duration.ofSeconds(2), Duration.ofSeconds(5));
    }
}
