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
import com.safereply.webhook.parse.ParsedDelivery;
import com.safereply.webhook.parse.RejectedChange;

class DeliveryProcessorTest {

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

    @Test
    void countsEachOutcomeAndCarriesIgnoredAndRejectedChanges() {
        Map<String, IngestOutcome> outcomes = Map.of("a", IngestOutcome.CREATED, "b", IngestOutcome.DUPLICATE,
                "c", IngestOutcome.CREATED, "d", IngestOutcome.UNKNOWN_CHANNEL, "e", IngestOutcome.RETRACTED);
        DeliveryProcessor processor = new DeliveryProcessor(c -> outcomes.get(c.commentId()), telemetry);
        List<RejectedChange> rejected = List.of(new RejectedChange("entry[0].changes[9]", "missing required field: value.verb"));

        DeliverySummary summary = processor.process(new ParsedDelivery(
                List.of(comment("a"), comment("b"), comment("c"), comment("d"), comment("e")), 2, rejected));

        assertEquals(new DeliverySummary(2, 1, 0, 1, 0, 1, 2, 1, rejected), summary);
    }

    @Test
    void stopsAtTheFirstStorageFailureSoThePlatformRetriesTheWholeDelivery() {
        List<String> seen = new ArrayList<>();
        CommentIngest failing = c -> {
            seen.add(c.commentId());
            throw new StoreUnavailableException("down", null);
        };
        DeliveryProcessor processor = new DeliveryProcessor(failing, telemetry);

        assertThrows(StoreUnavailableException.class,
                () -> processor.process(new ParsedDelivery(List.of(comment("a"), comment("b")), 0, List.of())));
        assertEquals(List.of("a"), seen);
    }

    @Test
    void countsCommentsReceivedPerPlatformAsEmfEvenWhenStorageFails() throws Exception {
        DeliveryProcessor processor = new DeliveryProcessor(c -> {
            throw new StoreUnavailableException("down", null);
        }, telemetry);

        assertThrows(StoreUnavailableException.class, () -> processor.process(new ParsedDelivery(List.of(
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
