package com.safereply.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.telemetry.EmfWriter;
import com.safereply.store.testing.TestDrafts;

class TriageTelemetryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> lines = new ArrayList<>();
    private final TriageTelemetry telemetry = new TriageTelemetry(new EmfWriter(Clock.systemUTC(), lines::add));

    @Test
    void aCreatedDraftCountsUnderItsCategoryAndUrgency() throws Exception {
        DraftRecord draft = TestDrafts.pending("p1", "c1", Instant.now());
        telemetry.draftCreated(draft);

        JsonNode line = JSON.readTree(lines.get(0));
        JsonNode directive = line.path("_aws").path("CloudWatchMetrics").get(0);
        assertEquals("[[\"Category\",\"Urgency\"]]", directive.path("Dimensions").toString());
        assertEquals("DraftsCreated", directive.path("Metrics").get(0).path("Name").asText());
        assertEquals(draft.triage().category().label(), line.path("Category").asText());
        assertEquals(draft.urgency().label(), line.path("Urgency").asText());
        assertEquals(1, line.path("DraftsCreated").asInt());
    }

    @Test
    void theEnginesFallbacksAreGuardRefusalsBySource() throws Exception {
        telemetry.onFallback(null, true);
        telemetry.onFallback(null, false);

        assertEquals(2, lines.size());
        assertEquals("engine-fallback", JSON.readTree(lines.get(0)).path("Source").asText());
        assertEquals("engine-unsafe", JSON.readTree(lines.get(1)).path("Source").asText());
        assertEquals(1, JSON.readTree(lines.get(1)).path("GuardRefusals").asInt());
        assertEquals("[[\"Source\"]]",
                JSON.readTree(lines.get(1)).path("_aws").path("CloudWatchMetrics").get(0).path("Dimensions").toString());
    }
}
