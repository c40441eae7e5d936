package com.safereply.webhook.signature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The shared shape of Meta's and X's schemes: {@code sha256=<encoded HMAC-SHA256(secret, raw body)>}. Subclasses only
 * choose the encoding (hex for Meta, base64 for X).
 */
abstract class PrefixedHmacVerifier implements SignatureVerifier {

    private static final String PREFIX = "sha256=";

    private final String secret;

    PrefixedHmacVerifier(String secret) {
        this.secret = secret == null ? "" : secret;
    }

    /** @return the decoded digest, or null when the text is not valid in this encoding */
    abstract byte[] decode(String encoded);

    @Override
    public final SignatureCheck check(String headerValue, byte[] rawBody) {
        if (secret.isEmpty()) {
            return SignatureCheck.NOT_CONFIGURED;
        }
        if (headerValue == null || headerValue.isBlank()) {
            return SignatureCheck.MISSING;
        }
        String value = headerValue.trim();
        if (!value.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return SignatureCheck.MALFORMED;
        }
        byte[] received = decode(value.substring(PREFIX.length()));
        if (received == null || received.length != 32) {
            return SignatureCheck.MALFORMED;
        }
        byte[] expected = HmacSha256.mac(secret, rawBody);
        // Constant time: a byte-by-byte early exit would let a caller learn the digest one byte at a time.
        return MessageDigest.isEqual(expected, received) ? SignatureCheck.VALID : SignatureCheck.MISMATCH;
    }

    /** The header value a sender with this secret would attach; used to sign sample events and test bodies. */
    abstract String encode(byte[] digest);

    public final String sign(byte[] rawBody) {
        return PREFIX + encode(HmacSha256.mac(secret, rawBody));
    }

    public final String sign(String body) {
        return sign(body.getBytes(StandardCharsets.UTF_8));
    }
}
