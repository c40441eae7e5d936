package com.safereply.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

import com.safereply.store.testing.LoopbackPorts;

/**
 * The README's local run, end to end, as a developer runs it: the packaged app ({@code quarkus-run.jar}, what
 * {@code infra/local/run.sh} starts) in its own JVM on free loopback ports, data in memory. Posts the signed sample
 * comment, finds its draft in the demo approver's queue within 5 s (the webhook stores it, the stream poller feeds the
 * triage stage, then notify), sees the printed notification, posts the same comment again (nothing changes), posts an
 * edit and a removal of two new comments in the same delivery as the comments themselves (so before triage ran: the
 * edit is what gets drafted, the removed comment is never drafted), approves the first draft with its version, sees
 * APPROVED, then stops it as Ctrl-C does and expects a clean
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
    private String platforms;
    private int cognitoPort;
    private int googlePort;

    @BeforeEach
    void startTheLocalRun() throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertTrue(Files.exists(jar), "package the module first: " + jar.toAbsolutePath());
        int httpPort = LoopbackPorts.free();
        base = "http://127.0.0.1:" + httpPort;
        int snsPort = LoopbackPorts.free();
        sns = "http://127.0.0.1:" + snsPort;
        int platformsPort = LoopbackPorts.free();
        platforms = "http://127.0.0.1:" + platformsPort;
        process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + httpPort,
                "-Dsafereply.local.dynamodb-port=" + LoopbackPorts.free(),
                "-Dsafereply.local.sns-port=" + snsPort,
                "-Dsafereply.local.platforms-port=" + platformsPort,
                "-Dsafereply.local.cognito-port=" + (cognitoPort = LoopbackPorts.free()),
                "-Dsafereply.local.google-port=" + (googlePort = LoopbackPorts.free()),
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
        long postedAt = System.nanoTime();

        // 2. the demo approver sees it in the queue within 5 s: triage ran on the stream, after the webhook answered
        await(Duration.ofSeconds(5), () -> queueSize() == 1, "no pending draft in the queue within 5 s");
        System.out.printf("LocalRunSmokeIT: pending draft in the queue %d ms after the webhook answered%n",
                (System.nanoTime() - postedAt) / 1_000_000);
        JsonNode queue = getJson("/practices/sunrise-dental/drafts?status=PENDING_APPROVAL&limit=20", 200);
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

        // 3b. the same comment posted again changes nothing: no second draft, no second notification
        HttpResponse<String> again = postSigned(body);
        assertEquals(1, JSON.readTree(again.body()).get("duplicate").asInt(), again.body());
        assertEquals(0, JSON.readTree(again.body()).get("created").asInt(), again.body());

        // 3c. an edit and a removal that arrive before triage ran: two new comments, each with its edit or removal in
        // the same delivery (the webhook stores all four before it answers; the poller reads them afterwards)
        String early = earlyEditAndRemoval(body, value);
        HttpResponse<String> both = postSigned(early);
        JsonNode summary = JSON.readTree(both.body());
        assertEquals(List.of(2, 1, 1), List.of(summary.get("created").asInt(), summary.get("retriaged").asInt(),
                summary.get("retracted").asInt()), both.body());
        await(Duration.ofSeconds(5), () -> queueSize() == 2, "the edited comment's draft did not reach the queue");
        Thread.sleep(1_000);   // time for a draft of the removed comment to appear, were one ever made
        JsonNode drafts = getJson("/practices/sunrise-dental/drafts?limit=20", 200).get("items");
        assertEquals(2, drafts.size(), "the removed comment was never drafted: " + drafts);
        String editedId = drafts.get(0).get("draftId").asText().equals(draftId)
                ? drafts.get(1).get("draftId").asText() : drafts.get(0).get("draftId").asText();
        JsonNode editedDraft = getJson("/drafts/" + editedId, 200);
        assertEquals(EDITED_TEXT, editedDraft.at("/comment/text").asText(), "the edit is what was triaged");
        assertEquals(1, editedDraft.get("version").asInt(), "drafted once, from the edited text");
        await(Duration.ofSeconds(10), () -> publishedTotal() == 2, "one more notification, for the edited comment only");

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
        String approvedText = JSON.readTree(approved.body()).at("/draft/text").asText();
        assertEquals(1, getJson("/practices/sunrise-dental/drafts", 200).get("items").size(), "it left the queue");

        // 4b. the publish stage posts it to the platform stand-in, once, within 10 s
        await(Duration.ofSeconds(10), () -> {
            try {
                return "PUBLISHED".equals(getJson("/drafts/" + draftId, 200).get("state").asText());
            } catch (Exception e) {
                return false;
            }
        }, "the approved draft was not PUBLISHED within 10 s");
        JsonNode published = getJson("/drafts/" + draftId, 200);
        String replyId = published.at("/publish/platformReplyId").asText();
        assertFalse(replyId.isEmpty(), published.toString());
        JsonNode replies = JSON.readTree(send(HttpRequest.newBuilder(URI.create(platforms + "/_standin/replies"))
                .GET().build()).body()).get("replies");
        assertEquals(1, replies.size(), replies.toString());
        assertEquals(approvedText, replies.get(0).get("text").asText());
        assertEquals(replyId, replies.get(0).get("replyId").asText());

        // 5. review errors keep the review API's own answers next to the webhook's mappers
        HttpResponse<String> approveAgain = send(HttpRequest.newBuilder(URI.create(base + "/drafts/" + draftId + "/approve"))
                .header("X-Dev-Approver", APPROVER).header("If-Match", etag)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(409, approveAgain.statusCode(), approveAgain.body());
        Thread.sleep(1_000);
        assertEquals(1, JSON.readTree(send(HttpRequest.newBuilder(URI.create(platforms + "/_standin/replies"))
                .GET().build()).body()).get("replies").size(), "approving again posts nothing");
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

    private static final String EDITED_TEXT = "Is the office open on Monday mornings?";

    /**
     * One delivery: comment B added then edited, comment C added then removed (ids and texts of their own, shaped like
     * the sample).
     */
    private static String earlyEditAndRemoval(String sampleBody, JsonNode sampleValue) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(sampleBody);
        com.fasterxml.jackson.databind.node.ArrayNode changes =
                (com.fasterxml.jackson.databind.node.ArrayNode) root.at("/entry/0/changes");
        changes.removeAll();
        changes.add(change(sampleValue, "711223344556677_100000000000001", "add", "Is the office open on Sunday?"));
        changes.add(change(sampleValue, "711223344556677_100000000000001", "edited", EDITED_TEXT));
        changes.add(change(sampleValue, "711223344556677_100000000000002", "add", "Please call me back today"));
        changes.add(change(sampleValue, "711223344556677_100000000000002", "remove", null));
        return JSON.writeValueAsString(root);
    }

    /**
     * Onboarding as the must-show has it, through the routes only: an operator creates a practice, its admin
     * claims a Facebook page and invites an approver (the Cognito stand-in receives the real SDK call), a signed comment
     * on that page becomes a draft in the new practice's queue, and the demo practice's queue stays empty. The demo
     * practice itself was seeded through the same use case: its trail starts with its creation by the local run.
     */
    @Test
    void aPracticeOnboardedThroughTheApiGetsItsOwnDraftsAndTheDemoPracticeNone() throws Exception {
        String practice = "harbor-dental";
        String page = "204412345678901";
        String operator = "ops-1;-";
        String admin = "hana;" + practice;
        String document = """
                {"profile": {"practiceId": "harbor-dental", "name": "Harbor Dental", "jurisdiction": "US",
                             "languages": ["en"], "publishedPhones": ["(212) 555-0147"]},
                 "sla": {"normalMinutes": 60, "urgentMinutes": 10}}""";
        // The demo practice went in the way this one does, through the administration use case: audited, by the run.
        HttpResponse<String> demoTrail = admin("GET", "/practices/sunrise-dental/changes", null, operator,
                "platform-operators");
        assertEquals(200, demoTrail.statusCode(), demoTrail.body());
        JsonNode seeded = JSON.readTree(demoTrail.body()).path("items").path(0);
        assertEquals("CREATED", seeded.path("action").asText(), demoTrail.body());
        assertEquals(LocalRun.DEMO_OPERATOR, seeded.path("actor").asText(), demoTrail.body());

        HttpResponse<String> created = admin("POST", "/practices", document, operator, "platform-operators");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(403, admin("POST", "/practices", document, admin, "practice-admins").statusCode());

        HttpResponse<String> claimed = admin("PUT", "/practices/" + practice + "/channels/facebook/" + page, null,
                admin, "practice-admins");
        assertEquals(200, claimed.statusCode(), claimed.body());
        assertEquals(409, admin("PUT", "/practices/sunrise-dental/channels/facebook/" + page, null,
                "sam;sunrise-dental", "practice-admins").statusCode(), "the demo practice cannot take it");

        HttpResponse<String> invited = admin("POST", "/practices/" + practice + "/approvers",
                "{\"email\": \"ada@harbor-dental.example\"}", admin, "practice-admins");
        assertEquals(201, invited.statusCode(), invited.body());
        JsonNode users = JSON.readTree(send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + cognitoPort + "/_standin/users")).GET().build()).body());
        assertEquals(practice, users.at("/users/0/Attributes").findValuesAsText("Value").stream()
                .filter(practice::equals).findFirst().orElse(null), users.toString());
        String ada = JSON.readTree(invited.body()).get("username").asText() + ";" + practice;

        JsonNode sample = JSON.readTree(JSON.readTree(Files.readString(Path.of("..", "..", "events",
                "meta-page-comment.json"))).get("body").asText());
        com.fasterxml.jackson.databind.node.ObjectNode delivery = sample.deepCopy();
        com.fasterxml.jackson.databind.node.ObjectNode entry = (com.fasterxml.jackson.databind.node.ObjectNode) delivery
                .path("entry").path(0);
        entry.put("id", page);
        ((com.fasterxml.jackson.databind.node.ObjectNode) entry.at("/changes/0/value"))
                .put("post_id", page + "_811223344556677").put("parent_id", page + "_811223344556677")
                .put("comment_id", "811223344556677_" + System.nanoTime());
        assertTrue(postSigned(delivery.toString()).body().contains("\"created\":1"));

        await(Duration.ofSeconds(10), () -> queueSize(practice, ada) == 1, "no draft in the new practice's queue");
        assertEquals(0, queueSize(), "nothing in the demo practice's queue");
        assertEquals(404, send(HttpRequest.newBuilder(URI.create(base + "/practices/" + practice + "/drafts"))
                .header("X-Dev-Approver", APPROVER).GET().build()).statusCode(), "the demo approver cannot see it");
    }

    /**
     * A Google review end to end on the stand-ins: the demo practice's admin claims a location, the Google stand-in
     * makes a review and its signed push, the push becomes a draft, the approved reply is put on the review once.
     */
    @Test
    void aPushedGoogleReviewBecomesADraftAndItsApprovedReplyIsPutOnce() throws Exception {
        String location = "accounts/1029384756/locations/5647382910";
        assertEquals(200, admin("PUT", "/practices/sunrise-dental/channels/google/5647382910", null,
                "sam;sunrise-dental", "practice-admins").statusCode());
        String google = "http://127.0.0.1:" + googlePort;
        JsonNode push = JSON.readTree(send(HttpRequest.newBuilder(URI.create(google + "/_standin/google/reviews"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"reviewName\": \"" + location + "/reviews/AIe9local1\", \"starRating\": \"FOUR\","
                                + " \"comment\": \"Do you take new patients on Saturdays?\"}")).build()).body());
        HttpResponse<String> unsigned = send(HttpRequest.newBuilder(URI.create(base + "/webhooks/google"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(push.get("body").asText())).build());
        assertEquals(401, unsigned.statusCode(), "no token, nothing stored");
        HttpResponse<String> pushed = send(HttpRequest.newBuilder(URI.create(base + "/webhooks/google"))
                .header("Content-Type", "application/json").header("Authorization", push.get("authorization").asText())
                .POST(HttpRequest.BodyPublishers.ofString(push.get("body").asText())).build());
        assertEquals(200, pushed.statusCode(), pushed.body());
        assertEquals("CREATED", JSON.readTree(pushed.body()).get("outcome").asText());

        await(Duration.ofSeconds(10), () -> queueSize() == 1, "no draft for the Google review");
        JsonNode item = getJson("/practices/sunrise-dental/drafts?limit=20", 200).get("items").get(0);
        assertEquals("google", item.get("platform").asText());
        String id = item.get("draftId").asText();
        HttpResponse<String> approved = send(HttpRequest.newBuilder(URI.create(base + "/drafts/" + id + "/approve"))
                .header("X-Dev-Approver", APPROVER).header("If-Match", "\"" + item.get("version").asLong() + "\"")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, approved.statusCode(), approved.body());
        await(Duration.ofSeconds(10), () -> {
            try {
                return "PUBLISHED".equals(getJson("/drafts/" + id, 200).get("state").asText());
            } catch (Exception e) {
                return false;
            }
        }, "the Google reply was not published");
        JsonNode replies = JSON.readTree(send(HttpRequest.newBuilder(URI.create(google + "/_standin/google/replies"))
                .GET().build()).body()).get("replies");
        assertEquals(1, replies.size(), replies.toString());
        assertEquals(location + "/reviews/AIe9local1", replies.get(0).get("reviewName").asText());
        assertEquals("4/5", getJson("/drafts/" + id, 200).at("/comment/rating/label").asText(), "the stars are shown");

        // Google's moderation rejects the reply after it was posted: the moderation pass finds it and shows it.
        HttpResponse<String> moderated = send(HttpRequest.newBuilder(URI.create(google
                + "/_standin/google/moderate?review=" + location + "/reviews/AIe9local1&state=REJECTED"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, moderated.statusCode(), moderated.body());
        await(Duration.ofSeconds(30), () -> {
            try {
                return "REJECTED".equals(getJson("/drafts/" + id, 200).at("/publish/moderation").asText());
            } catch (Exception e) {
                return false;
            }
        }, "the moderation rejection was not shown on the draft");
        JsonNode after = JSON.readTree(send(HttpRequest.newBuilder(URI.create(google + "/_standin/google/replies"))
                .GET().build()).body()).get("replies");
        assertEquals(1, after.size(), "still exactly one PUT: the rejection is shown, nothing is re-posted");
    }

    private HttpResponse<String> admin(String method, String path, String body, String who, String groups)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("X-Dev-Approver", who).header("X-Dev-Approver-Groups", groups);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private int queueSize(String practice, String approver) {
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/practices/" + practice
                    + "/drafts?limit=20")).header("X-Dev-Approver", approver).GET().build());
            assertEquals(200, response.statusCode(), response.body());
            return JSON.readTree(response.body()).get("items").size();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode change(JsonNode sampleValue, String commentId, String verb, String message) {
        com.fasterxml.jackson.databind.node.ObjectNode value = sampleValue.deepCopy();
        value.put("comment_id", commentId).put("verb", verb);
        value.remove("permalink_url");
        if (message == null) {
            value.remove("message");
        } else {
            value.put("message", message);
        }
        if (!"add".equals(verb)) {
            value.put("created_time", "2026-01-01T10:05:00+0000");
        }
        return JSON.createObjectNode().put("field", "feed").set("value", value);
    }

    private HttpResponse<String> postSigned(String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/webhooks/meta"))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", "sha256=" + hmacHex(DEMO_SECRET, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private int queueSize() {
        try {
            return getJson("/practices/sunrise-dental/drafts?limit=20", 200).get("items").size();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int publishedTotal() {
        try {
            return JSON.readTree(send(HttpRequest.newBuilder(URI.create(sns + "/local/published")).GET().build()).body())
                    .get("total").asInt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

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
}
