package com.safereply.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.app.Platform;
import com.safereply.app.StoreUnavailableException;
import com.safereply.app.publish.PlatformToken;
import com.safereply.app.publish.PlatformTokens;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * Platform tokens from Secrets Manager: one secret per practice, named {@code <prefix><practiceId>}, whose value is a
 * JSON object keyed by platform label ({@code {"facebook": "EAAB...", "instagram": "...", "x": "..."}}). The template
 * grants the publish function {@code GetSecretValue} on that prefix only.
 *
 * <p>Values are cached for a short time so a burst of approvals makes one call, while a rotated token is picked up
 * within {@link #CACHE_FOR}. A practice without a secret, or without that platform in it, has no token.
 */
public final class SecretsManagerPlatformTokens implements PlatformTokens {
    public static final Duration CACHE_FOR = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Cached(JsonNode secret, Instant until) {}

    private final SecretsManagerClient client;
    private final String prefix;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public SecretsManagerPlatformTokens(SecretsManagerClient client, String prefix, Clock clock) {
        if (!prefix.matches("[A-Za-z0-9/_+=.@-]{1,200}")) {
            throw new IllegalArgumentException("secret prefix has characters Secrets Manager names cannot hold");
        }
        this.client = client;
        this.prefix = prefix;
        this.clock = clock;
    }

    @Override
    public Optional<PlatformToken> tokenFor(String practiceId, Platform platform) {
        JsonNode token = secretOf(practiceId).path(platform.label());
        return token.isTextual() && !token.asText().isBlank()
                ? Optional.of(new PlatformToken(token.asText()))
                : Optional.empty();
    }

    private JsonNode secretOf(String practiceId) {
        Instant now = clock.instant();
        Cached cached = cache.get(practiceId);
        if (cached != null && now.isBefore(cached.until())) {
            return cached.secret();
        }
        JsonNode secret = fetch(practiceId);
        cache.put(practiceId, new Cached(secret, now.plus(CACHE_FOR)));
        return secret;
    }

    private JsonNode fetch(String practiceId) {
        String secretId = prefix + practiceId;
        try {
            String value = client.getSecretValue(b -> b.secretId(secretId)).secretString();
            return value == null ? JSON.createObjectNode() : JSON.readTree(value);
        } catch (ResourceNotFoundException e) {
            return JSON.createObjectNode();
        } catch (IOException e) {
            // The message names the secret, never its content.
            throw new IllegalStateException("secret " + secretId + " is not a JSON object of platform tokens");
        } catch (SdkException e) {
            throw new StoreUnavailableException("read platform tokens failed: " + e.getClass().getSimpleName(), e);
        }
    }
}
