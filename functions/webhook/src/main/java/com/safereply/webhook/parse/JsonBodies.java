package com.safereply.webhook.parse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * Small, defensive readers shared by the platform parsers: platforms vary field types between API versions.
 *
 * <p>What a body must be, so that hostile input has one defined answer ({@link InvalidPayloadException}, a 400):
 * well-formed UTF-8 (RFC 8259 §8.1; invalid byte sequences are rejected, not replaced, because a replaced byte would
 * change what an approver reads), at most {@value #MAX_NESTING_DEPTH} levels deep, no key twice in one object (which
 * value wins would otherwise depend on the library), and one JSON object with nothing after it. A leading byte order
 * mark is ignored. Lone surrogates written as JSON escapes ({@code "\ud800"}) are valid JSON and pass through; the
 * triage engine handles them.
 */
public final class JsonBodies {

    /** Real Meta and X deliveries nest fewer than 15 levels; the limit stops a deeply nested body early and cheaply. */
    public static final int MAX_NESTING_DEPTH = 100;

    /** Meta's Graph API style: {@code 2026-01-01T10:00:00+0000} (no colon in the offset), which ISO parsing rejects. */
    private static final DateTimeFormatter GRAPH_TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd'T'HH:mm:ss").optionalStart().appendFraction(java.time.temporal.ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .appendPattern("xx").toFormatter(Locale.ROOT);

    private final ObjectReader reader;

    public JsonBodies(ObjectMapper mapper) {
        // A copy, so the limits below hold whatever the shared mapper is configured with and change nothing else.
        ObjectMapper own = mapper.copy();
        own.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build());
        // Trailing garbage after the object is a malformed body, not something to silently drop.
        this.reader = own.reader()
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** @throws InvalidPayloadException when the body is not a single JSON object */
    public JsonNode readObject(byte[] body) {
        String text = utf8(body);
        JsonNode root;
        try {
            root = text.isEmpty() ? null : reader.readTree(text);
        } catch (StreamConstraintsException e) {
            throw new InvalidPayloadException("body nests deeper than " + MAX_NESTING_DEPTH + " levels or holds an oversized value");
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

    /** Strict decoding: Jackson alone would guess UTF-16 or UTF-32 from zero bytes and let some bad sequences through. */
    private static String utf8(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidPayloadException("body is not valid UTF-8");
        }
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
            // A number beyond a long, or beyond Instant's range, is no time at all rather than a wrapped-around one.
            return value.canConvertToLong() ? epochSecond(value.longValue()) : null;
        }
        if (!value.isTextual()) {
            return null;
        }
        String text = value.asText().trim();
        if (text.matches("\\d{1,12}")) {
            return epochSecond(Long.parseLong(text));
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

    private static Instant epochSecond(long seconds) {
        try {
            return Instant.ofEpochSecond(seconds);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The field when it is an array (possibly empty), or null. */
    public static JsonNode array(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isArray() ? value : null;
    }
}
