package com.safereply.webhook.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.app.Platform;
import com.safereply.app.telemetry.EmfWriter;

class IngestTelemetryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> lines = new ArrayList<>();
    private final IngestTelemetry telemetry = new IngestTelemetry(new EmfWriter(Clock.systemUTC(), lines::add));

    @Test
    void commentsReceivedAreCountedPerPlatformOneLineEach() throws Exception {
        Map<Platform, Integer> received = new EnumMap<>(Platform.class);
        received.put(Platform.FACEBOOK, 3);
        received.put(Platform.INSTAGRAM, 1);

        telemetry.commentsReceived(received);

        assertEquals(2, lines.size());
        JsonNode facebook = JSON.readTree(lines.get(0));
        assertEquals("[[\"Platform\"]]",
                facebook.path("_aws").path("CloudWatchMetrics").get(0).path("Dimensions").toString());
        assertEquals(Platform.FACEBOOK.label(), facebook.path("Platform").asText());
        assertEquals(3, facebook.path("CommentsReceived").asInt());
        assertEquals(1, JSON.readTree(lines.get(1)).path("CommentsReceived").asInt());
    }
}
