package com.safereply.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.app.publish.PlatformToken;
import com.safereply.core.model.StarRating;
import com.safereply.platforms.Exchange;
import com.safereply.platforms.PlatformHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * The Business Profile API v4 calls SafeReply makes: read a review ({@code GET /v4/{reviewName}}) and put the reply
 * ({@code PUT /v4/{reviewName}/reply} with {@code {"comment": ...}}). Review names are validated by the caller's
 * {@code ReplyTarget} or the push parser before they reach a URL.
 */
public final class GoogleReviewsApi {
    public static final URI GOOGLE_BUSINESS_API = URI.create("https://mybusiness.googleapis.com");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PlatformHttp http;
    private final URI base;

    public GoogleReviewsApi(URI base, PlatformHttp http) {
        this.base = base;
        this.http = http;
    }

    Exchange getReview(String reviewName, PlatformToken accessToken) {
        return http.send(HttpRequest.newBuilder(base.resolve("/v4/" + reviewName))
                .header("Authorization", "Bearer " + accessToken.value()).GET());
    }

    Exchange putReply(String reviewName, String text, PlatformToken accessToken) {
        String body = JSON.createObjectNode().put("comment", text).toString();
        return http.send(HttpRequest.newBuilder(base.resolve("/v4/" + reviewName + "/reply"))
                .header("Authorization", "Bearer " + accessToken.value())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** The review, or empty when Google says it does not exist (deleted by its author, or never existed). */
    public Optional<GoogleReview> fetch(String reviewName, PlatformToken accessToken) throws GoogleApiException {
        Exchange exchange = getReview(reviewName, accessToken);
        if (exchange instanceof Exchange.NoAnswer) {
            throw new GoogleApiException("no answer from the Business Profile API");
        }
        Exchange.Answered answer = (Exchange.Answered) exchange;
        if (answer.status() == 404) {
            return Optional.empty();
        }
        if (!answer.ok()) {
            throw new GoogleApiException("Business Profile API answered " + answer.status() + " "
                    + answer.body().path("error").path("status").asText(""));
        }
        return Optional.of(review(reviewName, answer.body()));
    }

    static GoogleReview review(String reviewName, JsonNode json) {
        JsonNode reply = json.path("reviewReply");
        Optional<GoogleReview.Reply> practiceReply = reply.isObject()
                ? Optional.of(new GoogleReview.Reply(reply.path("comment").asText(""), time(reply.path("updateTime")),
                        moderationState(reply)))
                : Optional.empty();
        String comment = json.path("comment").asText("");
        return new GoogleReview(reviewName, json.path("reviewer").path("displayName").asText(""),
                StarRating.fromGoogle(json.path("starRating").textValue()), comment.isBlank() ? Optional.empty() : Optional.of(comment),
                time(json.path("createTime")), time(json.path("updateTime")), practiceReply);
    }

    /**
     * The reply's moderation state. Google announced it as {@code reviewReplyState} (PENDING, REJECTED, APPROVED or
     * ACTIVE, as reported by API users; verify against a real answer); {@code state} is read too, so either spelling
     * is understood. Absent: empty, and nothing is concluded from it.
     */
    private static Optional<String> moderationState(JsonNode reply) {
        String state = reply.path("reviewReplyState").textValue();
        return Optional.ofNullable(state != null ? state : reply.path("state").textValue());
    }

    private static Instant time(JsonNode value) {
        try {
            return value.isTextual() ? Instant.parse(value.asText()) : Instant.EPOCH;
        } catch (java.time.format.DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
