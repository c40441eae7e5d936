package com.safereply.review.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.safereply.app.review.Approver;

/**
 * Local runs only: the token the page's local sign-in form yields, standing in for Cognito's ID token. It is
 * {@code base64url(sub;practiceId;email;expiresEpochSecond) "." base64url(HMAC-SHA256)} under a key made at random
 * when the process starts, so a token is worthless after a restart and cannot be made without the key. Expiry is
 * checked on every request, so the page meets expiry locally exactly as it would with Cognito (401, sign in again).
 * Like the {@code X-Dev-Approver} header, only honoured when {@code safereply.review.dev-auth=true}.
 */
public final class LocalSessionTokens {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final String MAC = "HmacSHA256";

    private final byte[] key;
    private final Clock clock;
    private final Duration lifetime;

    public LocalSessionTokens(byte[] key, Clock clock, Duration lifetime) {
        this.key = key.clone();
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A fresh random key: tokens of an earlier process are refused. */
    public static LocalSessionTokens withRandomKey(Clock clock, Duration lifetime) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new LocalSessionTokens(key, clock, lifetime);
    }

    public record Issued(String token, Instant expiresAt) {
    }

    /**
     * A token for this approver. Parts are printable ASCII without ';' (the header's rules): anything else is refused
     * with {@link IllegalArgumentException} naming the part.
     */
    public Issued issue(String sub, String practiceId, String email) {
        requirePart("approverId", sub, true);
        requirePart("practiceId", practiceId, true);
        requirePart("email", email, false);
        Instant expires = clock.instant().plus(lifetime).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String payload = sub + ";" + practiceId + ";" + (email == null ? "" : email) + ";" + expires.getEpochSecond();
        String body = ENCODE.encodeToString(payload.getBytes(StandardCharsets.US_ASCII));
        return new Issued(body + "." + ENCODE.encodeToString(mac(body)), expires);
    }

    /** The approver a token names, if its MAC is ours and it has not expired. */
    public Optional<Approver> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        String body = token.substring(0, dot);
        byte[] given;
        String payload;
        try {
            given = DECODE.decode(token.substring(dot + 1));
            payload = new String(DECODE.decode(body), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(mac(body), given)) {
            return Optional.empty();
        }
        String[] parts = payload.split(";", -1);
        if (parts.length != 4 || !parts[3].matches("[0-9]{1,12}")) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(parts[3])))) {
            return Optional.empty();
        }
        return Optional.of(new Approver(parts[0], parts[2].isEmpty() ? null : parts[2], parts[1], false));
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(new SecretKeySpec(key, MAC));
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private static void requirePart(String name, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new IllegalArgumentException(name + " is required");
            }
            return;
        }
        if (value.length() > 128 || !value.chars().allMatch(c -> c > 0x20 && c < 0x7F && c != ';')) {
            throw new IllegalArgumentException(name + " must be up to 128 printable ASCII characters without spaces or ';'");
        }
    }
}
