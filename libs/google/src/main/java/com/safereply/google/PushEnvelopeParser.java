package com.safereply.google;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses a Pub/Sub push body, {@code {"message": {"data": <base64>, "messageId": ...}, "subscription": ...}}, into a
 * {@link ReviewNotification}. Google's documents disagree on the decoded field names ({@code reviewName},
 * {@code review_name}, {@code review}), so each spelling is accepted; the values must be well-formed resource names
 * and the review must belong to the location.
 */
public final class PushEnvelopeParser {
    public static final int MAX_BODY_BYTES = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern LOCATION = Pattern.compile("accounts/[0-9]{1,30}/locations/[0-9]{1,30}");
    private static final Pattern REVIEW = Pattern.compile(LOCATION.pattern() + "/reviews/[A-Za-z0-9_-]{1,200}");
    private static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    public ReviewNotification parse(byte[] body) throws MalformedPushException {
        if (body == null || body.length == 0) {
            throw new MalformedPushException("body", "is empty");
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new MalformedPushException("body", "is over " + MAX_BODY_BYTES + " bytes");
        }
        JsonNode message = object(read(body, "body"), "message", "body");
        String messageId = text(message, "messageId", "message.messageId");
        if (!MESSAGE_ID.matcher(messageId).matches()) {
            throw new MalformedPushException("message.messageId", "is not a Pub/Sub message id");
        }
        byte[] data;
        try {
            data = Base64.getDecoder().decode(text(message, "data", "message.data"));
        } catch (IllegalArgumentException e) {
            throw new MalformedPushException("message.data", "is not base64");
        }
        JsonNode notification = read(data, "message.data");
        ReviewNotification.Type type = type(notification.path("notificationType").asText(""));
        String location = firstOf(notification, "locationName", "location_name", "location")
                .orElseThrow(() -> new MalformedPushException("message.data.locationName", "is missing"));
        if (!LOCATION.matcher(location).matches()) {
            throw new MalformedPushException("message.data.locationName", "is not accounts/{a}/locations/{l}");
        }
        Optional<String> review = firstOf(notification, "reviewName", "review_name", "review");
        if (review.isPresent() && !(REVIEW.matcher(review.get()).matches()
                && review.get().startsWith(location + "/reviews/"))) {
            throw new MalformedPushException("message.data.reviewName", "is not a review of that location");
        }
        if (type != ReviewNotification.Type.OTHER && review.isEmpty()) {
            throw new MalformedPushException("message.data.reviewName", "is missing");
        }
        return new ReviewNotification(messageId, type, location, review);
    }

    private static ReviewNotification.Type type(String value) {
        return switch (value) {
            case "NEW_REVIEW" -> ReviewNotification.Type.NEW_REVIEW;
            case "UPDATED_REVIEW" -> ReviewNotification.Type.UPDATED_REVIEW;
            default -> ReviewNotification.Type.OTHER;
        };
    }

    private static JsonNode read(byte[] bytes, String field) throws MalformedPushException {
        JsonNode node;
        try {
            node = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MalformedPushException(field, "is not JSON");
        }
        if (node == null || !node.isObject()) {
            throw new MalformedPushException(field, "is not a JSON object");
        }
        return node;
    }

    private static JsonNode object(JsonNode parent, String name, String field) throws MalformedPushException {
        JsonNode node = parent.get(name);
        if (node == null || !node.isObject()) {
            throw new MalformedPushException(field + "." + name, "must be an object");
        }
        return node;
    }

    private static String text(JsonNode parent, String name, String field) throws MalformedPushException {
        JsonNode node = parent.get(name);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new MalformedPushException(field, "must be a non-empty string");
        }
        return node.asText();
    }

    private static Optional<String> firstOf(JsonNode node, String... names) throws MalformedPushException {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null) {
                if (!value.isTextual()) {
                    throw new MalformedPushException("message.data." + name, "must be a string");
                }
                return Optional.of(value.asText());
            }
        }
        return Optional.empty();
    }
}
