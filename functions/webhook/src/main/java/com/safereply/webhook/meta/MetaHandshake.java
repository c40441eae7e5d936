package com.safereply.webhook.meta;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;

/**
 * Meta's subscription check: {@code GET ?hub.mode=subscribe&hub.challenge=..&hub.verify_token=..}, answered with the
 * raw challenge when the token matches.
 */
public final class MetaHandshake {

    /** Meta sends an integer; anything else is echoed nowhere, so the endpoint cannot reflect caller-chosen content. */
    private static final Pattern SAFE_CHALLENGE = Pattern.compile("[A-Za-z0-9_\\-]{1,128}");

    private final byte[] verifyToken;

    public MetaHandshake(String verifyToken) {
        this.verifyToken = verifyToken == null ? new byte[0] : verifyToken.getBytes(StandardCharsets.UTF_8);
    }

    public sealed interface Result permits Accepted, Rejected, BadChallenge {
    }

    /** The token matched: answer 200 with exactly this text. */
    public record Accepted(String challenge) implements Result {
    }

    /** Wrong mode, wrong or missing token, or no token configured: answer 403. */
    public record Rejected() implements Result {
    }

    /** The token matched but the challenge is missing or not plain text we are willing to echo: answer 400. */
    public record BadChallenge() implements Result {
    }

    public Result answer(String mode, String token, String challenge) {
        if (!"subscribe".equals(mode) || !tokenMatches(token)) {
            return new Rejected();
        }
        if (challenge == null || !SAFE_CHALLENGE.matcher(challenge).matches()) {
            return new BadChallenge();
        }
        return new Accepted(challenge);
    }

    private boolean tokenMatches(String token) {
        // An empty configured token would equal an empty parameter: never let that through.
        if (verifyToken.length == 0 || token == null) {
            return false;
        }
        return MessageDigest.isEqual(verifyToken, token.getBytes(StandardCharsets.UTF_8));
    }
}
