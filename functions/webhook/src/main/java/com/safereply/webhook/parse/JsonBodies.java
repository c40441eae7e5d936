package com.safereply.webhook.parse;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/** Small, defensive readers shared by the platform parsers: platforms vary field types between API versions. */
public final class JsonBodies {

    /** Meta's Graph API style: {@code 2026-01-01T10:00:00+0000} (no colon in the offset), which ISO parsing rejects. */
    private static final DateTimeFormatter GRAPH_TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd'T'HH:mm:ss").optionalStart().appendFraction(java.time.temporal.ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .appendPattern("xx").toFormatter(Locale.ROOT);

    private final ObjectReader reader;

    public JsonBodies(ObjectMapper mapper) {
        // Trailing garbage after the object is a malformed body, not something to silently drop.
        this.reader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** @throws InvalidPayloadException when the body is not a single JSON object */
    public JsonNode readObject(byte[] body) {
        JsonNode root;
        try {
            root = body.length == 0 ? null : reader.readTree(body);
        } catch (IOException e) {
            // Jackson's message can quote the body: name the problem without it.
            throw new InvalidPayloadException("body is not valid JSON");
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidPayloadException("body is empty");
        }
        if (!root.isObject()) {
            throw new InvalidPayloadException("body must be a JSON object");
        }
        return root;
    }

    /** A string field, also accepting numbers (ids arrive as both); null when absent, null or another type. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.asText().isEmpty() ? null : value.asText();
        }
        if (value.isIntegralNumber()) {
            return value.asText();
        }
        return null;
    }

    /** Unix seconds (number or numeric string), ISO-8601, or Graph API time; null when absent or unreadable. */
    public static Instant epochOrIsoTime(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return Instant.ofEpochSecond(value.asLong());
        }
        if (!value.isTextual()) {
            return null;
        }
        String text = value.asText().trim();
        if (text.matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(text));
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notIso) {
            try {
                return OffsetDateTime.parse(text, GRAPH_TIME).toInstant();
            } catch (DateTimeParseException notGraph) {
                return null;
            }
        }
    }

    /** The field when it is an array (possibly empty), or null. */
    public static JsonNode array(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isArray() ? value : null;
    }
}
