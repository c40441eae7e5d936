package com.safereply.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.app.publish.PlatformToken;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a practice's Google OAuth refresh token (scope {@code business.manage}, kept in Secrets Manager) into an access
 * token at Google's token endpoint, and caches it until a minute before it expires. Google refresh tokens do not rotate,
 * so concurrent refreshes are harmless.
 */
public final class GoogleAccessTokens {
    public static final URI GOOGLE_TOKEN_ENDPOINT = URI.create("https://oauth2.googleapis.com/token");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration EARLY = Duration.ofSeconds(60);

    /** The OAuth client SafeReply is registered as with Google. */
    public record OAuthClient(String clientId, String clientSecret) {
        @Override
        public String toString() {
            return "OAuthClient[" + clientId + ", secret redacted]";
        }
    }

    private record Cached(PlatformToken token, Instant until) {}

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final URI endpoint;
    private final OAuthClient client;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public GoogleAccessTokens(URI endpoint, OAuthClient client, Clock clock) {
        this.endpoint = endpoint;
        this.client = client;
        this.clock = clock;
    }

    /** An access token for the refresh token, or empty when Google refuses the refresh token (revoked, expired). */
    public Optional<PlatformToken> accessToken(PlatformToken refreshToken) throws IOException {
        String key = Integer.toHexString(refreshToken.value().hashCode()) + refreshToken.value().length();
        Cached cached = cache.get(key);
        Instant now = clock.instant();
        if (cached != null && now.isBefore(cached.until())) {
            return Optional.of(cached.token());
        }
        String form = "grant_type=refresh_token&refresh_token=" + encode(refreshToken.value())
                + "&client_id=" + encode(client.clientId()) + "&client_secret=" + encode(client.clientSecret());
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while refreshing a Google token", e);
        }
        JsonNode body = JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
        if (response.statusCode() == 400 && "invalid_grant".equals(body.path("error").asText())) {
            return Optional.empty();
        }
        String accessToken = body.path("access_token").asText("");
        if (response.statusCode() != 200 || accessToken.isEmpty()) {
            throw new IOException("Google token endpoint answered " + response.statusCode());
        }
        Duration lifetime = Duration.ofSeconds(body.path("expires_in").asLong(0)).minus(EARLY);
        PlatformToken token = new PlatformToken(accessToken);
        if (!lifetime.isNegative()) {
            cache.put(key, new Cached(token, now.plus(lifetime)));
        }
        return Optional.of(token);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
