package com.safereply.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.safereply.app.Platform;
import com.safereply.app.StoreUnavailableException;
import com.safereply.app.publish.PlatformToken;
import com.safereply.app.publish.PlatformTokens;
import com.safereply.app.publish.TokenRefreshLock;
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
 *
 * <p>X's entry may instead be user-context OAuth 2 credentials ({@link XCredentials}): the access token is then kept
 * fresh by {@link XTokenRotation}, which refreshes under a per-practice lease and writes the rotated pair back here
 * ({@code PutSecretValue}, which the template grants on the same prefix).
 */
public final class SecretsManagerPlatformTokens implements PlatformTokens {
    public static final Duration CACHE_FOR = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Cached(JsonNode secret, Instant until) {}

    private final SecretsManagerClient client;
    private final String prefix;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final XTokenRotation xRotation;

    /** Plain tokens only: an X entry holding OAuth 2 credentials is refused (nothing here may refresh it). */
    public SecretsManagerPlatformTokens(SecretsManagerClient client, String prefix, Clock clock) {
        this(client, prefix, clock, null, null);
    }

    /** Plain tokens, and X OAuth 2 credentials refreshed at {@code xTokenEndpoint} under {@code refreshLock}. */
    public SecretsManagerPlatformTokens(SecretsManagerClient client, String prefix, Clock clock,
                                        TokenRefreshLock refreshLock, XTokenEndpoint xTokenEndpoint) {
        this(client, prefix, clock, refreshLock, xTokenEndpoint, XTokenRotation.Sleeper.REAL);
    }

    SecretsManagerPlatformTokens(SecretsManagerClient client, String prefix, Clock clock,
                                 TokenRefreshLock refreshLock, XTokenEndpoint xTokenEndpoint,
                                 XTokenRotation.Sleeper sleeper) {
        if (!prefix.matches("[A-Za-z0-9/_+=.@-]{1,200}")) {
            throw new IllegalArgumentException("secret prefix has characters Secrets Manager names cannot hold");
        }
        this.client = client;
        this.prefix = prefix;
        this.clock = clock;
        this.xRotation = refreshLock == null ? null
                : new XTokenRotation(new PracticeSecret() {
                    @Override
                    public JsonNode read(String practiceId, boolean fresh) {
                        return secretOf(practiceId, fresh);
                    }

                    @Override
                    public void replace(String practiceId, ObjectNode secret) {
                        store(practiceId, secret);
                    }
                }, refreshLock, xTokenEndpoint, clock, sleeper);
    }

    @Override
    public Optional<PlatformToken> tokenFor(String practiceId, Platform platform) {
        JsonNode token = secretOf(practiceId, false).path(platform.label());
        if (platform == Platform.X && XCredentials.isRotating(token)) {
            if (xRotation == null) {
                throw new IllegalStateException("the x entry holds OAuth 2 credentials but no refresh lock is wired");
            }
            return xRotation.accessToken(practiceId, XCredentials.of(token));
        }
        return token.isTextual() && !token.asText().isBlank()
                ? Optional.of(new PlatformToken(token.asText()))
                : Optional.empty();
    }

    private JsonNode secretOf(String practiceId, boolean fresh) {
        Instant now = clock.instant();
        Cached cached = cache.get(practiceId);
        if (!fresh && cached != null && now.isBefore(cached.until())) {
            return cached.secret();
        }
        JsonNode secret = fetch(practiceId);
        cache.put(practiceId, new Cached(secret, now.plus(CACHE_FOR)));
        return secret;
    }

    private void store(String practiceId, ObjectNode secret) {
        String secretId = prefix + practiceId;
        try {
            client.putSecretValue(b -> b.secretId(secretId).secretString(secret.toString()));
        } catch (SdkException e) {
            throw new StoreUnavailableException("write platform tokens failed: " + e.getClass().getSimpleName(), e);
        }
        cache.put(practiceId, new Cached(secret, clock.instant().plus(CACHE_FOR)));
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
