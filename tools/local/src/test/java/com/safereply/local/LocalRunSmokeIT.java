package com.safereply.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
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
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The README's local run, end to end, as a developer runs it: the packaged app ({@code quarkus-run.jar}, what
 * {@code infra/local/run.sh} starts) in its own JVM on free loopback ports, data in memory. Posts the signed sample
 * comment, finds its draft in the demo approver's queue, sees the printed notification, approves the draft with its
 * version, sees APPROVED, then stops it as Ctrl-C does and expects a clean
 * shutdown. Everything the process printed (logs
 * and the notification) is then searched for the comment's words and the commenter's name: none may appear.
 */
class LocalRunSmokeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEMO_SECRET = "local-meta-app-secret";
    private static final String APPROVER = "demo-approver;sunrise-dental;approver@sunrise-dental.example";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final List<String> output = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private Thread reader;
    private String base;
    private String sns;

    @BeforeEach
    void startTheLocalRun() throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertTrue(Files.exists(jar), "package the module first: " + jar.toAbsolutePath());
        int httpPort = freePort();
        base = "http://127.0.0.1:" + httpPort;
        int snsPort = freePort();
        sns = "http://127.0.0.1:" + snsPort;
        process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + httpPort,
                "-Dsafereply.local.dynamodb-port=" + freePort(),
                "-Dsafereply.local.sns-port=" + snsPort,
                "-jar", jar.toString(), "--in-memory")
                .redirectErrorStream(true)
                .start();
        reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    output.add(line);
                }
            } catch (IOException e) {
                output.add("[output closed: " + e.getClass().getSimpleName() + "]");
            }
        }, "local-run-output");
        reader.setDaemon(true);
        reader.start();
        await(START_TIMEOUT, () -> output.stream().anyMatch(l -> l.contains("Ctrl-C stops")) && answers("/openapi"),
                "the local run did not start");
    }

    @AfterEach
    void stopIfStillRunning() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    @Test
    void aSignedCommentBecomesADraftANotificationAndAnApprovalThenCtrlCStopsCleanly() throws Exception {
        JsonNode sample = JSON.readTree(Files.readString(Path.of("..", "..", "events", "meta-page-comment.json")));
        String body = sample.get("body").asText();
        JsonNode value = JSON.readTree(body).at("/entry/0/changes/0/value");

        // 1. the platform posts a signed comment
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base + "/webhooks/meta"))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", "sha256=" + hmacHex(DEMO_SECRET, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, posted.statusCode(), posted.body());
        assertEquals(1, JSON.readTree(posted.body()).get("created").asInt(), posted.body());

        // 2. the demo approver sees it in the queue
        JsonNode queue = getJson("/practices/sunrise-dental/drafts?status=PENDING_APPROVAL&limit=20", 200);
        assertEquals(1, queue.get("items").size(), queue.toString());
        String draftId = queue.get("items").get(0).get("draftId").asText();

        // 3. the approver notification is printed by the local SNS stand-in
        await(Duration.ofSeconds(15), () -> output.stream().anyMatch(l -> l.contains("notification to approvers")),
                "no notification printed");
        String notification = notificationBlock();
        assertTrue(notification.contains("practiceId=sunrise-dental"), notification);
        assertTrue(notification.contains("kind=new"), notification);
        assertTrue(notification.contains("/drafts/" + draftId), "the message links to the draft: " + notification);
        // ... and listed by ids for load runs, at the address the banner prints
        assertTrue(output.stream().anyMatch(l -> l.contains(sns + "/local/published")), "the banner names the listing");
        JsonNode listing = JSON.readTree(send(HttpRequest.newBuilder(URI.create(sns + "/local/published")).GET().build())
                .body());
        assertEquals(1, listing.get("total").asInt(), listing.toString());
        assertEquals(draftId, listing.at("/items/0/draftId").asText(), listing.toString());
        assertEquals("new", listing.at("/items/0/kind").asText(), listing.toString());

        // 4. view it (ETag = version) and approve that version
        HttpResponse<String> viewed = send(HttpRequest.newBuilder(URI.create(base + "/drafts/" + draftId))
                .header("X-Dev-Approver", APPROVER).GET().build());
        assertEquals(200, viewed.statusCode(), viewed.body());
        String etag = viewed.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> approved = send(HttpRequest.newBuilder(URI.create(base + "/drafts/" + draftId + "/approve"))
                .header("X-Dev-Approver", APPROVER).header("If-Match", etag)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("APPROVED", JSON.readTree(approved.body()).get("state").asText());
        assertEquals("APPROVED", getJson("/drafts/" + draftId, 200).get("state").asText());
        assertEquals(0, getJson("/practices/sunrise-dental/drafts", 200).get("items").size(), "it left the queue");

        // 5. review errors keep the review API's own answers next to the webhook's mappers
        HttpResponse<String> again = send(HttpRequest.newBuilder(URI.create(base + "/drafts/" + draftId + "/approve"))
                .header("X-Dev-Approver", APPROVER).header("If-Match", etag)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(409, again.statusCode(), again.body());
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(base + "/drafts/" + draftId)).GET().build());
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(anonymous.body().contains("missing approver identity"), anonymous.body());

        // 6. stop it as Ctrl-C does. SIGTERM rather than SIGINT: a JVM started from a background job (CI, an IDE)
        // inherits an ignored SIGINT, while Quarkus shuts down the same way on both.
        // Through the handle: Process.destroy() would also close our end of its output before the last lines.
        process.toHandle().destroy();
        assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the local run did not stop within 20 s");
        reader.join(5_000);   // everything it printed
        assertTrue(output.stream().anyMatch(l -> l.contains("safereply-local stopped")), "no clean shutdown: " + output);
        String all = String.join("\n", output);
        assertFalse(all.contains("Exception") || all.contains("\tat "), "no stack traces: " + all);
        assertFalse(answers("/openapi"), "the API port is closed");

        // 7. no comment words and no name anywhere in what the run printed (logs, metrics, the notification)
        // The name as a whole: its parts can be ordinary words ("Sample Commenter"; the notification itself says
        // "no comment text or commenter details").
        Set<String> phi = words(value.get("message").asText());
        phi.add(value.at("/from/name").asText().toLowerCase(Locale.ROOT));
        String printed = all.toLowerCase(Locale.ROOT);
        for (String word : phi) {
            assertFalse(printed.contains(word), "'" + word + "' from the comment was printed:\n" + all);
        }
        assertTrue(all.contains("\"DraftsCreated\":1"), "an EMF line counted the draft: " + all);
    }

    // ------------------------------------------------------------------ helpers

    /** Words of five letters or more: the comment's content (short words like "you" also occur in any sentence). */
    private static Set<String> words(String text) {
        Set<String> words = new TreeSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() >= 5) {
                words.add(word);
            }
        }
        assertFalse(words.isEmpty());
        return words;
    }

    private String notificationBlock() {
        StringBuilder block = new StringBuilder();
        boolean in = false;
        for (String line : output) {
            if (line.contains("notification to approvers")) {
                in = true;
            } else if (in && line.equals("---")) {
                break;
            }
            if (in) {
                block.append(line).append('\n');
            }
        }
        return block.toString();
    }

    private JsonNode getJson(String path, int status) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("X-Dev-Approver", APPROVER).GET().build());
        assertEquals(status, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private boolean answers(String path) {
        try {
            return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(2)).GET().build())
                    .statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private void await(Duration timeout, BooleanSupplier condition, String failure) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new AssertionError(failure + ":\n" + String.join("\n", output));
            }
            Thread.sleep(100);
        }
    }

    private static String hmacHex(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
