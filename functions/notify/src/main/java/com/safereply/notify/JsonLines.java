package com.safereply.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logging.Logger;

import java.util.Map;

/**
 * Writes one JSON object per log line through the {@code safereply.json} category, which application.properties
 * sends to a console handler that prints the message alone: CloudWatch Logs then parses the line as JSON (and extracts
 * Embedded Metric Format metrics from it). Callers pass ids, labels and counts only, never comment or draft text.
 */
final class JsonLines {

    static final String CATEGORY = com.safereply.app.telemetry.EmfWriter.LOG_CATEGORY;
    private static final Logger LOG = Logger.getLogger(CATEGORY);
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {
    }

    static void info(Map<String, ?> fields) {
        LOG.info(write(fields));
    }

    static void error(Map<String, ?> fields) {
        LOG.error(write(fields));
    }

    static String write(Map<String, ?> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("log fields are not serialisable", e);
        }
    }
}
