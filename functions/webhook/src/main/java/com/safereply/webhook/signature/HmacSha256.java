package com.safereply.webhook.signature;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256, the primitive both Meta and X sign their webhooks with. */
public final class HmacSha256 {

    private static final String ALGORITHM = "HmacSHA256";

    private HmacSha256() {
    }

    /** @param secret must not be empty: callers reject an unconfigured secret before they get here */
    public static byte[] mac(String secret, byte[] message) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("an HMAC key must not be empty");
        }
        try {
            // A new Mac per call: Mac instances are not thread-safe and one is cheap to make.
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
