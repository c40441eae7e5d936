package com.safereply.webhook.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.app.telemetry.EmfWriter;

import com.safereply.app.CommentIngest;
import com.safereply.app.CommentVerb;
import com.safereply.app.InboundComment;
import com.safereply.app.IngestOutcome;
import com.safereply.app.Platform;
import com.safereply.app.StoreUnavailableException;
import com.safereply.app.deferred.DeliveryIngest;
import com.safereply.app.memory.InMemoryDeferredComments;
import com.safereply.webhook.parse.ParsedDelivery;
import com.safereply.webhook.parse.RejectedChange;
import com.safereply.webhook.signature.MetaSignatureVerifier;

/** How a delivery's comments are handed to ingest and counted (the HTTP checks before it: the *LambdaTest classes). */
class DeliveryRouteTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> emf = new ArrayList<>();
    private final IngestTelemetry telemetry = new IngestTelemetry(new EmfWriter(Clock.systemUTC(), emf::add));

    private static InboundComment comment(String id) {
        return comment(Platform.FACEBOOK, id);
    }

    private static InboundComment comment(Platform platform, String id) {
        return new InboundComment(platform, "PAGE", id, CommentVerb.ADD, "facebook:" + id + ":add",
                "text", "U", "name", null, null, null, null);
    }

    private final InMemoryDeferredComments deferred = new InMemoryDeferredComments();

    private DeliveryRoute processor(CommentIngest ingest) {
        MetaSignatureVerifier unused = new MetaSignatureVerifier("");
        return new DeliveryRoute("meta", unused, MetaSignatureVerifier.HEADER, body -> {
            throw new AssertionError("these tests hand parsed deliveries to process()");
        }, new DeliveryIngest(ingest, deferred), telemetry);
    }

    @Test
    void answersTheCeilingAtOnceCountsTheDeferredRestAndEmitsCommentsDeferred() throws Exception {
        List<String> ingested = new ArrayList<>();
        DeliveryRoute processor = processor(c -> {
            ingested.add(c.commentId());
            return IngestOutcome.CREATED;
        });
        List<InboundComment> comments = java.util.stream.IntStream.range(0, 200).mapToObj(i -> comment("c" + i)).toList();

        DeliverySummary summary = processor.process("meta|d1", new ParsedDelivery(comments, 0, List.of()));

        assertEquals(DeliveryIngest.CEILING, summary.created());
        assertEquals(175, summary.deferred());
        assertEquals(DeliveryIngest.CEILING, ingested.size());
        assertEquals(175, deferred.take().stream().mapToInt(p -> p.comments().size()).sum());
        JsonNode metric = emf.stream().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).filter(n -> n.has("CommentsDeferred")).findFirst().orElseThrow();
        assertEquals(175, metric.path("CommentsDeferred").asInt());
    }

    /**
     * The attack of issue 11: 6,000 unknown-page entries took 17 s, one channel lookup each. Now the work before the
     * answer is bounded: {@value DeliveryIngest#CEILING} ingests and a few deferred-part writes, whatever the count.
     */
    @Test
    void sixThousandUnknownPageEntriesCostTheCeilingAndAFewWrites() {
        StringBuilder body = new StringBuilder("{\"object\":\"page\",\"entry\":[");
        for (int i = 0; i < 6_000; i++) {
            body.append(i == 0 ? "" : ",").append("{\"id\":\"unknown-").append(i)
                    .append("\",\"changes\":[{\"field\":\"feed\",\"value\":{\"item\":\"comment\",\"verb\":\"add\",")
                    .append("\"comment_id\":\"P_").append(i).append("\",\"message\":\"hi\"}}]}");
        }
        byte[] raw = body.append("]}").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(true, raw.length < DeliveryRoute.MAX_BODY_BYTES, "a body the webhook accepts");
        ParsedDelivery parsed = new com.safereply.webhook.meta.MetaPayloadParser(
                new com.safereply.webhook.parse.JsonBodies(JSON)).parse(raw);
        assertEquals(6_000, parsed.comments().size());
        java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();

        DeliverySummary summary = processor(c -> {
            lookups.incrementAndGet();
            return IngestOutcome.UNKNOWN_CHANNEL;
        }).process("meta|big", parsed);

        assertEquals(DeliveryIngest.CEILING, lookups.get(), "ingest calls before the answer");
        assertEquals(DeliveryIngest.CEILING, summary.unknownChannel());
        assertEquals(5_975, summary.deferred());
        // ~300 KB parts, each event counted at its strings plus 200 bytes: 5 for this body, never a write per entry.
        assertEquals(true, deferred.writes() <= 6, "deferred-part writes: " + deferred.writes());
    }

    @Test
    void aSmallDeliveryDefersNothingAndEmitsNoDeferredMetric() {
        DeliverySummary summary = processor(c -> IngestOutcome.CREATED)
                .process("meta|d2", new ParsedDelivery(List.of(comment("a")), 0, List.of()));

        assertEquals(0, summary.deferred());
        assertEquals(0, deferred.writes());
        assertEquals(0, emf.stream().filter(l -> l.contains("CommentsDeferred")).count());
    }

    @Test
    void countsEachOutcomeAndCarriesIgnoredAndRejectedChanges() {
        Map<String, IngestOutcome> outcomes = Map.of("a", IngestOutcome.CREATED, "b", IngestOutcome.DUPLICATE,
                "c", IngestOutcome.CREATED, "d", IngestOutcome.UNKNOWN_CHANNEL, "e", IngestOutcome.RETRACTED);
        DeliveryRoute processor = processor(c -> outcomes.get(c.commentId()));
        List<RejectedChange> rejected = List.of(new RejectedChange("entry[0].changes[9]", "missing required field: value.verb"));

        DeliverySummary summary = processor.process("meta|d1", new ParsedDelivery(
                List.of(comment("a"), comment("b"), comment("c"), comment("d"), comment("e")), 2, rejected));

        assertEquals(new DeliverySummary(2, 1, 0, 1, 0, 1, 2, 1, 0, rejected), summary);
    }

    @Test
    void stopsAtTheFirstStorageFailureSoThePlatformRetriesTheWholeDelivery() {
        List<String> seen = new ArrayList<>();
        CommentIngest failing = c -> {
            seen.add(c.commentId());
            throw new StoreUnavailableException("down", null);
        };
        DeliveryRoute processor = processor(failing);

        assertThrows(StoreUnavailableException.class,
                () -> processor.process("meta|d1", new ParsedDelivery(List.of(comment("a"), comment("b")), 0, List.of())));
        assertEquals(List.of("a"), seen);
    }

    @Test
    void countsCommentsReceivedPerPlatformAsEmfEvenWhenStorageFails() throws Exception {
        DeliveryRoute processor = processor(c -> {
            throw new StoreUnavailableException("down", null);
        });

        assertThrows(StoreUnavailableException.class, () -> processor.process("meta|d1", new ParsedDelivery(List.of(
                comment(Platform.FACEBOOK, "a"), comment(Platform.INSTAGRAM, "b"), comment(Platform.FACEBOOK, "c")),
                0, List.of())));

        Map<String, Integer> received = new java.util.HashMap<>();
        for (String line : emf) {
            JsonNode node = JSON.readTree(line);
            JsonNode directive = node.path("_aws").path("CloudWatchMetrics").get(0);
            assertEquals("SafeReply", directive.path("Namespace").asText());
            assertEquals("[[\"Platform\"]]", directive.path("Dimensions").toString());
            assertEquals("CommentsReceived", directive.path("Metrics").get(0).path("Name").asText());
            received.put(node.path("Platform").asText(), node.path("CommentsReceived").asInt());
        }
        assertEquals(Map.of("facebook", 2, "instagram", 1), received);
    }
}
