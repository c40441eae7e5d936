package com.safereply.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.app.Platform;
import com.safereply.app.draft.Urgency;
import com.safereply.app.notify.Notification;
import com.safereply.app.notify.NotificationKind;
import com.safereply.core.model.Category;
import com.safereply.sns.SnsConfig;
import com.safereply.sns.SnsNotifier;

/** The SNS stand-in through the real SnsClient: what it prints, and the listing a load run counts from. */
class LocalSnsEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPIC = "arn:aws:sns:us-east-1:000000000000:safereply-local-approvers";

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newHttpClient();
    private LocalSnsEndpoint sns;
    private SnsNotifier notifier;

    @BeforeEach
    void start() {
        sns = LocalSnsEndpoint.start(0, TOPIC, new PrintStream(printed, true, StandardCharsets.UTF_8));
        notifier = SnsNotifier.create(SnsConfig.of(TOPIC, "us-east-1", sns.endpoint().toString()));
    }

    @AfterEach
    void stop() {
        sns.close();
    }

    private static Notification notification(NotificationKind kind, String draftId, Urgency urgency) {
        return new Notification(kind, draftId, "sunrise-dental", "Sunrise Dental", Platform.FACEBOOK,
                Category.CLINICAL_QUESTION, urgency, Duration.ofMinutes(kind == NotificationKind.NEW ? 0 : 70),
                URI.create("http://localhost:8080/drafts/" + draftId), kind == NotificationKind.NEW ? 0 : 1,
                Duration.ofHours(1));
    }

    @Test
    void theListingHoldsEachPublishedMessageByIdsAndLabelsOnlyOldestFirst() throws Exception {
        notifier.publish(notification(NotificationKind.NEW, "draft-a", Urgency.NORMAL));
        notifier.publish(notification(NotificationKind.NEW, "draft-b", Urgency.URGENT));
        notifier.publish(notification(NotificationKind.ESCALATION, "draft-a", Urgency.NORMAL));

        JsonNode listing = get("/local/published");

        assertEquals(3, listing.get("total").asInt());
        assertEquals(0, listing.get("from").asInt());
        JsonNode first = listing.get("items").get(0);
        Set<String> fields = new TreeSet<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertEquals(Set.of("messageId", "kind", "draftId", "practiceId", "category", "urgency"), fields,
                "ids and labels only: no subject, no text, no link");
        assertEquals("new", first.get("kind").asText());
        assertEquals("draft-a", first.get("draftId").asText());
        assertEquals("sunrise-dental", first.get("practiceId").asText());
        assertEquals("clinical_question", first.get("category").asText());
        assertEquals("normal", first.get("urgency").asText());
        assertEquals(List.of("draft-a", "draft-b", "draft-a"),
                listing.get("items").findValuesAsText("draftId"));
        assertEquals(List.of("new", "new", "escalation"), listing.get("items").findValuesAsText("kind"));
        assertEquals("urgent", listing.get("items").get(1).get("urgency").asText());
        assertEquals(3, new TreeSet<>(listing.get("items").findValuesAsText("messageId")).size(),
                "a message id per publish");
    }

    @Test
    void fromSkipsWhatWasAlreadyRead() throws Exception {
        for (String id : List.of("d1", "d2", "d3")) {
            notifier.publish(notification(NotificationKind.NEW, id, Urgency.NORMAL));
        }

        JsonNode rest = get("/local/published?from=2");
        assertEquals(3, rest.get("total").asInt());
        assertEquals(2, rest.get("from").asInt());
        assertEquals(List.of("d3"), rest.get("items").findValuesAsText("draftId"));

        JsonNode beyond = get("/local/published?from=99");
        assertEquals(3, beyond.get("from").asInt());
        assertEquals(0, beyond.get("items").size());
    }

    @Test
    void everyNotificationIsStillPrintedWithItsSubjectTextAndAttributes() {
        notifier.publish(notification(NotificationKind.NEW, "draft-p", Urgency.URGENT));

        String out = printed.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("notification to approvers (local SNS, topic safereply-local-approvers)"), out);
        assertTrue(out.contains("Subject: SafeReply: new URGENT draft (clinical_question) - Sunrise Dental"), out);
        assertTrue(out.contains("http://localhost:8080/drafts/draft-p"), out);
        assertTrue(out.contains("kind=new") && out.contains("urgency=urgent"), out);
    }

    @Test
    void otherRequestsGetAnSnsStyleErrorAndAreNotListed() throws Exception {
        HttpResponse<String> other = http.send(HttpRequest.newBuilder(sns.endpoint().resolve("/anything")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, other.statusCode());
        assertFalse(other.body().contains("items"));
        assertEquals(0, get("/local/published").get("total").asInt());
    }

    /** Issue 11: it printed anything any local process published; only the configured topic is served now. */
    @Test
    void aPublishToAnotherTopicIsRefusedNeitherPrintedNorListed() throws Exception {
        String form = "Action=Publish&TopicArn=" + URLEncoder.encode("arn:aws:sns:us-east-1:000000000000:elsewhere",
                StandardCharsets.UTF_8) + "&Subject=spoof&Message=" + URLEncoder.encode("canary-7781 text", StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(sns.endpoint())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("NotFound"));
        assertFalse(printed.toString(StandardCharsets.UTF_8).contains("canary-7781"));
        assertEquals(0, get("/local/published").get("total").asInt());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(sns.endpoint().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        return JSON.readTree(response.body());
    }
}
