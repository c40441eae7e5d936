package com.safereply.notify;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.app.CommentVerb;
import com.safereply.app.InboundComment;
import com.safereply.app.IngestOutcome;
import com.safereply.app.IngestService;
import com.safereply.app.Platform;
import com.safereply.app.TriageObserver;
import com.safereply.app.TriageService;
import com.safereply.app.Triager;
import com.safereply.app.draft.Urgency;
import com.safereply.core.TriageEngine;
import com.safereply.app.DraftIds;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.notify.EscalationReport;
import com.safereply.sns.testing.SnsWireMock;
import com.safereply.store.DynamoDbClients;
import com.safereply.store.DynamoDbStores;
import com.safereply.store.testing.DynamoDbLocalServer;
import com.safereply.store.testing.TestDrafts;
import com.safereply.store.testing.TestPractices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged wiring: Quarkus builds the clients from configuration, the notify handler receives events as JSON
 * through the mock Lambda event server (Quarkus's own deserialisation), the escalate bean is called directly (the
 * test profile selects the notify handler). DynamoDB Local with streams and a WireMock SNS behind them.
 */
@QuarkusTest
@QuarkusTestResource(NotifyEnvironment.class)
class NotifyLambdaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final PojoSerializer<DynamodbEvent> STREAM_EVENTS =
            LambdaEventSerializers.serializerFor(DynamodbEvent.class, NotifyLambdaTest.class.getClassLoader());

    @Inject
    EscalateHandler escalate;

    private final DynamoDbStores stores = new DynamoDbStores(
            DynamoDbClients.create(DynamoDbLocalServer.shared().config(NotifyEnvironment.table)),
            NotifyEnvironment.table, Clock.systemUTC());

    @BeforeEach
    void healthySns() {
        NotifyEnvironment.sns.reset();
    }

    @Test
    void theSampleStreamEventGoesThroughTheLambdaLayerAndNotifiesOnce() throws Exception {
        stores.practices().save(TestPractices.practice("sunrise-dental"));
        byte[] sample = Files.readAllBytes(Path.of("../../events/dynamodb-insert.json"));

        JsonNode response = invoke(sample);
        assertEquals(0, response.path("batchItemFailures").size(), response.toString());
        assertEquals(0, invoke(sample).path("batchItemFailures").size(), "re-delivery");

        assertEquals(1, NotifyEnvironment.sns.publishCount());
        assertEquals("sunrise-dental",
                SnsWireMock.messageAttributes(NotifyEnvironment.sns.publishes().get(0)).get("practiceId"));
    }

    @Test
    void commentsFullOfPhiTravelTheWholePathAndNoneOfTheirWordsReachSnsOrTheLogs() throws Exception {
        stores.practices().save(TestPractices.practice("p-phi", TestPractices.facebook("page-phi")));
        // The real classifier, drafter and guard: the words below go through everything production does with them.
        IngestService ingest = new IngestService(stores.practices(), stores.comments(), stores.drafts());
        TriageService triage = new TriageService(stores.comments(), stores.drafts(), stores.practices(),
                Triager.of(new TriageEngine()), java.time.Clock.systemUTC(), TriageObserver.NONE);
        StreamRecords stream = new StreamRecords(stores.client(), DynamoDbLocalServer.shared().endpoint(),
                NotifyEnvironment.table);
        stream.readNew();                                   // skip what other tests wrote

        List<InboundComment> comments = List.of(
                comment("c-phi-1", CommentVerb.ADD, "Bartholomew Okonkwo-Smythe", "bart_okonkwo61",
                        "Hi, Bartholomew Okonkwo-Smythe here, born 04/12/1961. Doctor Feinstein says my viral load"
                                + " is up again and my methotrexate needs refilling, ring 555-867-5309"),
                comment("c-phi-2", CommentVerb.ADD, "Gertrude Vandermeer", "gertie.vdm",
                        "My daughter Priscilla Vandermeer has chlamydia and schizophrenia, she stays at 42 Wallaby"
                                + " Crescent, write to priscilla.v@mailbox.test"),
                comment("c-phi-1", CommentVerb.EDIT, "Bartholomew Okonkwo-Smythe", "bart_okonkwo61",
                        "Bartholomew again: crushing chest pain and I cannot breathe after swallowing forty oxycodone"));
        try (LogCapture logs = LogCapture.start()) {
            Urgency firstVersion = null;
            for (InboundComment c : comments) {
                assertTrue(Set.of(IngestOutcome.CREATED, IngestOutcome.RETRIAGED).contains(ingest.ingest(c)));
                triage.triage(DraftIds.of("p-phi", c.platform(), c.commentId()));   // as the triage function would
                if (firstVersion == null) {
                    // the first version may already be urgent (the learned model raises emergency on its own)
                    firstVersion = stores.drafts().findById(DraftIds.of("p-phi", Platform.FACEBOOK, "c-phi-1"))
                            .orElseThrow().urgency();
                }
            }
            DynamodbEvent event = stream.readNew();
            assertTrue(event.getRecords().size() >= 6, "drafts, audit items, receipts... all go through");

            JsonNode response = invoke(json(event));
            assertEquals(0, response.path("batchItemFailures").size(), response.toString());
            assertEquals(0, invoke(json(stream.readNew())).path("batchItemFailures").size(), "receipts' own records");

            boolean editMadeItUrgent = firstVersion == Urgency.NORMAL
                    && stores.drafts().findById(DraftIds.of("p-phi", Platform.FACEBOOK, "c-phi-1"))
                    .orElseThrow().urgency() == Urgency.URGENT;
            assertEquals(editMadeItUrgent ? 3 : 2, NotifyEnvironment.sns.publishCount(),
                    "two new drafts, and the edit's re-triage if it made the draft urgent");
            List<String> wire = NotifyEnvironment.sns.rawBodies();
            List<String> logLines = logs.lines();
            assertFalse(logLines.isEmpty());
            Set<String> terms = phiTerms(comments);
            assertTrue(terms.size() > 30 && terms.contains("okonkwo") && terms.contains("555-867-5309"), terms.toString());
            for (String term : terms) {
                for (String body : wire) {
                    assertFalse(body.toLowerCase(Locale.ROOT).contains(term), "'" + term + "' reached SNS");
                }
                for (String line : logLines) {
                    assertFalse(line.toLowerCase(Locale.ROOT).contains(term), "'" + term + "' was logged: " + line);
                }
            }
        }
    }

    @Test
    void theEscalateHandlerEmitsTheMetricTheTemplateAlarmWatches() throws Exception {
        stores.practices().save(TestPractices.practice("p-late"));
        DraftRecord late = TestDrafts.pending("p-late", "c-late", Instant.now().minus(Duration.ofHours(3)));
        stores.drafts().create(late, TestDrafts.delivery(late, Instant.now()), TestDrafts.created(late));

        EscalationReport report;
        List<String> lines;
        try (LogCapture logs = LogCapture.start()) {
            report = escalate.handleRequest(null, null);
            lines = logs.lines();
        }
        assertTrue(report.draftsPastSla() >= 1 && report.escalationsSent() >= 1, report.toString());

        JsonNode emf = lines.stream().map(String::strip).filter(l -> l.startsWith("{\"_aws\"")).map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new AssertionError("EMF line is not JSON: " + l, e);
            }
        }).findFirst().orElseThrow(() -> new AssertionError("no EMF line in " + lines));
        JsonNode directive = emf.path("_aws").path("CloudWatchMetrics").get(0);
        assertEquals("SafeReply", directive.path("Namespace").asText());
        assertEquals("[[]]", directive.path("Dimensions").toString(), "no dimensions, like the alarm");
        assertTrue(directive.path("Metrics").toString().contains("\"Name\":\"DraftsPastSla\""));
        assertEquals(report.draftsPastSla(), emf.path("DraftsPastSla").asInt());

        String alarm = templateBlock("DraftsPastSlaAlarm:");
        assertTrue(alarm.contains("Namespace: " + directive.path("Namespace").asText()), alarm);
        assertTrue(alarm.contains("MetricName: DraftsPastSla"), alarm);
        assertFalse(alarm.contains("Dimensions"), "the alarm must watch the dimensionless metric we emit");
    }

    // ------------------------------------------------------------------ helpers

    private static InboundComment comment(String id, CommentVerb verb, String name, String handle, String text) {
        return new InboundComment(Platform.FACEBOOK, "page-phi", id, verb, id + "|" + verb + "|" + text.length(),
                text, "author-" + id, name, handle, null, null, Instant.now());
    }

    /**
     * Every word of five letters or more in the comments, names and handles, and every number in them: none may
     * reach SNS or a log line.
     */
    private static Set<String> phiTerms(List<InboundComment> comments) {
        Set<String> terms = new LinkedHashSet<>();
        Pattern words = Pattern.compile("[A-Za-z]{5,}|[0-9][0-9/@.-]{3,}");
        for (InboundComment c : comments) {
            for (String source : List.of(c.text(), c.authorName(), c.authorHandle())) {
                Matcher m = words.matcher(source);
                while (m.find()) {
                    terms.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
            terms.add(c.authorHandle().toLowerCase(Locale.ROOT));
        }
        return terms;
    }

    private static byte[] json(DynamodbEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        STREAM_EVENTS.toJson(event, out);
        return out.toByteArray();
    }

    private static JsonNode invoke(byte[] event) throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.lambda.mock-event-server.test-port", Integer.class);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/_lambda_"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(event)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static String templateBlock(String resource) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("../../template.yaml"));
        List<String> block = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            if (line.strip().equals(resource)) {
                in = true;
            } else if (in && line.matches("^  \\S.*")) {
                break;
            }
            if (in) {
                block.add(line);
            }
        }
        assertFalse(block.isEmpty(), resource + " not in template.yaml");
        return String.join("\n", block);
    }
}
