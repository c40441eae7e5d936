package com.safereply.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A practice's X user-context OAuth 2 credentials, as the {@code "x"} entry of its platform-token secret:
 * {@code {"accessToken", "refreshToken", "expiresAt", "clientId", "clientSecret"?}}. The refresh token is single-use:
 * each refresh returns a new one, which must replace it in the secret before anyone refreshes again.
 */
record XCredentials(String accessToken, String refreshToken, Instant expiresAt, String clientId,
                    Optional<String> clientSecret) {

    /** Refreshed this long before expiry, so a post never starts with a token that dies on the way. */
    static final Duration MARGIN = Duration.ofMinutes(2);

    static boolean isRotating(JsonNode entry) {
        return entry.isObject() && entry.hasNonNull("refreshToken");
    }

    /** The entry, or an error naming the missing field (never a value). */
    static XCredentials of(JsonNode entry) {
        try {
            return new XCredentials(required(entry, "accessToken"), required(entry, "refreshToken"),
                    Instant.parse(required(entry, "expiresAt")), required(entry, "clientId"),
                    Optional.ofNullable(entry.path("clientSecret").textValue()).filter(s -> !s.isBlank()));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("the x entry's expiresAt is not an ISO-8601 instant");
        }
    }

    boolean usableAt(Instant now) {
        return expiresAt.isAfter(now.plus(MARGIN));
    }

    XCredentials refreshedTo(String newAccessToken, String newRefreshToken, Instant newExpiry) {
        return new XCredentials(newAccessToken, newRefreshToken, newExpiry, clientId, clientSecret);
    }

    ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("accessToken", accessToken);
        node.put("refreshToken", refreshToken);
        node.put("expiresAt", expiresAt.toString());
        node.put("clientId", clientId);
        clientSecret.ifPresent(secret -> node.put("clientSecret", secret));
        return node;
    }

    /** Tokens never reach a log line through this record. */
    @Override
    public String toString() {
        return "XCredentials[clientId=" + clientId + ", expiresAt=" + expiresAt + "]";
    }

    private static String required(JsonNode entry, String field) {
        JsonNode value = entry.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalStateException("the x entry of the platform-token secret has no " + field);
        }
        return value.asText();
    }
}
