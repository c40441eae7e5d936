package com.safereply.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import com.safereply.store.testing.LoopbackPorts;

/**
 * The packaged local run ({@code quarkus-run.jar}, what {@code infra/local/run.sh} starts) in its own JVM on free
 * loopback ports with data in memory, for tests that drive it from outside: post signed comments as Meta would, read
 * what it printed, call the review API as the demo approver.
 */
final class LocalRunProcess implements AutoCloseable {

    static final String DEMO_SECRET = "local-meta-app-secret";
    static final String APPROVER = "demo-approver;sunrise-dental;approver@sunrise-dental.example";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> output = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Process process;
    final String base;
    final String sns;

    private LocalRunProcess(Process process, String base, String sns) {
        this.process = process;
        this.base = base;
        this.sns = sns;
    }

    static LocalRunProcess start() throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new AssertionError("package the module first: " + jar.toAbsolutePath());
        }
        int httpPort = LoopbackPorts.free();
        int snsPort = LoopbackPorts.free();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + httpPort,
                "-Dsafereply.local.dynamodb-port=" + LoopbackPorts.free(),
                "-Dsafereply.local.sns-port=" + snsPort,
                "-Dsafereply.local.platforms-port=" + LoopbackPorts.free(),
                "-Dsafereply.local.cognito-port=" + LoopbackPorts.free(),
                "-Dsafereply.local.google-port=" + LoopbackPorts.free(),
                "-jar", jar.toString(), "--in-memory")
                .redirectErrorStream(true)
                .start();
        LocalRunProcess run = new LocalRunProcess(process, "http://localhost:" + httpPort, "http://127.0.0.1:" + snsPort);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    run.output.add(line);
                }
            } catch (IOException e) {
                run.output.add("[output closed: " + e.getClass().getSimpleName() + "]");
            }
        }, "local-run-output");
        reader.setDaemon(true);
        reader.start();
        run.await(Duration.ofSeconds(60), () -> run.printed("Ctrl-C stops") && run.answers("/app/config.json"),
                "the local run did not start");
        return run;
    }

    List<String> output() {
        return output;
    }

    boolean printed(String text) {
        return output.stream().anyMatch(l -> l.contains(text));
    }

    /** Posts one new Meta page comment (the sample's shape, this id and text), signed with the demo secret. */
    void postComment(String commentId, String message) throws Exception {
        JsonNode sample = JSON.readTree(Files.readString(Path.of("..", "..", "events", "meta-page-comment.json")));
        ObjectNode root = (ObjectNode) JSON.readTree(sample.get("body").asText());
        ObjectNode value = (ObjectNode) root.at("/entry/0/changes/0/value");
        value.put("comment_id", commentId);
        value.put("message", message);
        String body = JSON.writeValueAsString(root);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(DEMO_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base + "/webhooks/meta"))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(
                        mac.doFinal(body.getBytes(StandardCharsets.UTF_8))))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (posted.statusCode() != 200) {
            throw new AssertionError("webhook answered " + posted.statusCode() + ": " + posted.body());
        }
    }

    /** GET as the demo approver (X-Dev-Approver), JSON. */
    JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("X-Dev-Approver", APPROVER).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** POST without a body (the local run's own operator routes, e.g. {@code /_local/digest/<practice>}), JSON. */
    JsonNode post(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    HttpResponse<String> raw(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    boolean answers(String path) {
        try {
            return raw(path).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    void await(Duration timeout, BooleanSupplier condition, String failure) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new AssertionError(failure + ":\n" + String.join("\n", output));
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.toHandle().destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
