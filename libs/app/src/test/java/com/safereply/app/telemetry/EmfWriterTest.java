package com.safereply.app.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class EmfWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> lines = new ArrayList<>();
    private final EmfWriter emf = new EmfWriter(Clock.fixed(Instant.ofEpochMilli(1_700_000_000_123L), ZoneOffset.UTC),
            lines::add);

    @Test
    void aLineDeclaresTheMetricsAndDimensionsAndCarriesTheirValues() throws Exception {
        Map<String, String> dimensions = new LinkedHashMap<>();
        dimensions.put(MetricNames.CATEGORY, "appointment_request");
        dimensions.put(MetricNames.URGENCY, "normal");
        emf.emit(dimensions, Map.of(MetricNames.DRAFTS_CREATED, 2));

        assertEquals(1, lines.size());
        JsonNode line = JSON.readTree(lines.get(0));
        JsonNode aws = line.path("_aws");
        assertEquals(1_700_000_000_123L, aws.path("Timestamp").asLong());
        JsonNode directive = aws.path("CloudWatchMetrics").get(0);
        assertEquals("SafeReply", directive.path("Namespace").asText());
        assertEquals("[[\"Category\",\"Urgency\"]]", directive.path("Dimensions").toString());
        assertEquals("[{\"Name\":\"DraftsCreated\",\"Unit\":\"Count\"}]", directive.path("Metrics").toString());
        assertEquals("appointment_request", line.path("Category").asText());
        assertEquals("normal", line.path("Urgency").asText());
        assertEquals(2, line.path("DraftsCreated").asInt());
    }

    @Test
    void withoutDimensionsTheSetIsEmptyAsTheSlaAlarmExpects() throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(MetricNames.DRAFTS_PAST_SLA, 3);
        counts.put(MetricNames.NOTIFICATION_FAILURES, 0);
        emf.emit(counts);

        JsonNode line = JSON.readTree(lines.get(0));
        JsonNode directive = line.path("_aws").path("CloudWatchMetrics").get(0);
        assertEquals("[[]]", directive.path("Dimensions").toString());
        assertEquals(2, directive.path("Metrics").size());
        assertEquals(3, line.path("DraftsPastSla").asInt());
        assertEquals(0, line.path("NotificationFailures").asInt());
    }

    @Test
    void dimensionValuesAreEscapedSoTheLineStaysJson() throws Exception {
        emf.count(MetricNames.GUARD_REFUSALS, Map.of(MetricNames.SOURCE, "quote\" back\\slash\nnewline"));
        assertTrue(lines.get(0).indexOf('\n') < 0, "one line");
        assertEquals("quote\" back\\slash\nnewline", JSON.readTree(lines.get(0)).path("Source").asText());
    }

    @Test
    void aLineWithoutMetricsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> emf.emit(Map.of()));
    }
}
