package com.safereply.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Draft ids derived from what identifies the comment, so every retry of a delivery computes the same id and collides
 * in the store instead of creating a second draft. The practice is part of it because one tweet can mention two
 * practices, and each must get its own draft. Opaque (a hash: ids reveal nothing) and URL-safe (22 characters).
 */
public final class DraftIds {

    private DraftIds() {
    }

    public static String of(String practiceId, Platform platform, String commentId) {
        return hash("draft|" + practiceId + "|" + platform.name() + "|" + commentId);
    }

    /** 128 bits of SHA-256, base64url without padding: collisions are out of reach, keys stay short. */
    static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
