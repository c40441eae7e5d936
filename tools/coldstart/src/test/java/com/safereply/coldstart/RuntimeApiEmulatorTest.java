package com.safereply.coldstart;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Runtime API side of the protocol, driven the way a runtime drives it. */
class RuntimeApiEmulatorTest {

    private static final byte[] EVENT = "{\"detail\":{}}".getBytes(StandardCharsets.UTF_8);
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesTheEventOnceAndTimesInitAndTheResponse() throws Exception {
        try (RuntimeApiEmulator api = RuntimeApiEmulator.start(EVENT, "fn")) {
            long before = System.nanoTime();
            HttpResponse<byte[]> next = http.send(get(api, "invocation/next"), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, next.statusCode());
            assertArrayEquals(EVENT, next.body());
            String requestId = next.headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow();
            assertTrue(next.headers().firstValue("Lambda-Runtime-Deadline-Ms").isPresent());
            assertEquals("arn:aws:lambda:us-east-1:000000000000:function:fn",
                    next.headers().firstValue("Lambda-Runtime-Invoked-Function-Arn").orElseThrow());
            assertFalse(api.awaitFinished(10, TimeUnit.MILLISECONDS), "not finished before the response");

            HttpResponse<String> posted = http.send(post(api, "invocation/" + requestId + "/response", "{\"ok\":true}"),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(202, posted.statusCode());
            assertTrue(api.awaitFinished(1, TimeUnit.SECONDS));
            assertEquals(RuntimeApiEmulator.Outcome.RESPONSE, api.outcome());
            long init = api.initDoneNanos().orElseThrow();
            long done = api.finishedNanos().orElseThrow();
            assertTrue(before <= init && init <= done, "init, then response, on this JVM's clock");
            assertEquals("{\"ok\":true}", new String(api.postedBody(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aSecondNextWaitsLikeAWarmContainerUntilClosed() throws Exception {
        RuntimeApiEmulator api = RuntimeApiEmulator.start(EVENT, "fn");
        http.send(get(api, "invocation/next"), HttpResponse.BodyHandlers.discarding());
        CompletableFuture<HttpResponse<Void>> second = http.sendAsync(get(api, "invocation/next"),
                HttpResponse.BodyHandlers.discarding());
        Thread.sleep(200);
        assertFalse(second.isDone(), "no second event is served");
        api.close();
    }

    @Test
    void anInvocationErrorAndAnInitErrorAreTold() throws Exception {
        try (RuntimeApiEmulator api = RuntimeApiEmulator.start(EVENT, "fn")) {
            http.send(get(api, "invocation/next"), HttpResponse.BodyHandlers.discarding());
            http.send(post(api, "invocation/" + RuntimeApiEmulator.REQUEST_ID + "/error", "{\"errorType\":\"X\"}"),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals(RuntimeApiEmulator.Outcome.INVOCATION_ERROR, api.outcome());
        }
        try (RuntimeApiEmulator api = RuntimeApiEmulator.start(EVENT, "fn")) {
            http.send(post(api, "init/error", "{\"errorType\":\"Boot\"}"), HttpResponse.BodyHandlers.discarding());
            assertTrue(api.awaitFinished(1, TimeUnit.SECONDS));
            assertEquals(RuntimeApiEmulator.Outcome.INIT_ERROR, api.outcome());
            assertTrue(api.initDoneNanos().isEmpty(), "a runtime that failed init never asked for an event");
        }
    }

    @Test
    void aResponseForAnotherRequestIdDoesNotCount() throws Exception {
        try (RuntimeApiEmulator api = RuntimeApiEmulator.start(EVENT, "fn")) {
            http.send(get(api, "invocation/next"), HttpResponse.BodyHandlers.discarding());
            HttpResponse<String> wrong = http.send(post(api, "invocation/other-id/response", "{}"),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, wrong.statusCode());
            assertEquals(RuntimeApiEmulator.Outcome.PENDING, api.outcome());
        }
    }

    private static HttpRequest get(RuntimeApiEmulator api, String path) {
        return HttpRequest.newBuilder(uri(api, path)).timeout(Duration.ofSeconds(5)).GET().build();
    }

    private static HttpRequest post(RuntimeApiEmulator api, String path, String body) {
        return HttpRequest.newBuilder(uri(api, path)).timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static URI uri(RuntimeApiEmulator api, String path) {
        return URI.create("http://" + api.address() + RuntimeApiEmulator.PREFIX + path);
    }
}
