package com.safereply.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * X's OAuth 2 token endpoint ({@code POST /2/oauth2/token}, {@code grant_type=refresh_token}). A confidential client
 * authenticates with HTTP Basic (client id and secret); a public client sends {@code client_id} in the form.
 */
public final class XTokenEndpoint {

    public static final URI DEFAULT = URI.create("https://api.x.com/2/oauth2/token");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one refresh call proved. */
    sealed interface Result {
        record Refreshed(String accessToken, String refreshToken, Instant expiresAt) implements Result {}

        /** X refused the refresh token (spent, revoked): only re-authorising the practice helps. */
        record Refused(String error) implements Result {}

        /** Timeout, 5xx, 429: the refresh token may or may not have been spent; try again later. */
        record Unavailable(String reason) implements Result {}
    }

    private final URI endpoint;
    private final HttpClient http;

    public XTokenEndpoint(URI endpoint) {
        this.endpoint = endpoint;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    Result refresh(XCredentials credentials, Instant now) {
        StringBuilder form = new StringBuilder("grant_type=refresh_token&refresh_token=")
                .append(URLEncoder.encode(credentials.refreshToken(), StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (credentials.clientSecret().isPresent()) {
            String basic = credentials.clientId() + ":" + credentials.clientSecret().get();
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        } else {
            form.append("&client_id=").append(URLEncoder.encode(credentials.clientId(), StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new Result.Unavailable(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result.Unavailable("interrupted");
        }
        return read(response, now);
    }

    private static Result read(HttpResponse<String> response, Instant now) {
        int status = response.statusCode();
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            return new Result.Unavailable("HTTP " + status + " without a JSON body");
        }
        if (status == 200 && body.path("access_token").isTextual() && body.path("refresh_token").isTextual()) {
            long seconds = body.path("expires_in").asLong(7200);
            return new Result.Refreshed(body.path("access_token").asText(), body.path("refresh_token").asText(),
                    now.plusSeconds(seconds));
        }
        if (status == 400 || status == 401) {
            // invalid_request / invalid_grant / unauthorized_client: the error code only; descriptions can echo input.
            return new Result.Refused(body.path("error").asText("HTTP " + status));
        }
        return new Result.Unavailable("HTTP " + status);
    }
}
