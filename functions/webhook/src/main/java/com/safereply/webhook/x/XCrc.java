package com.safereply.webhook.x;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import com.safereply.webhook.signature.HmacSha256;

/**
 * X's Challenge-Response Check: {@code GET ?crc_token=..} answered with
 * {@code {"response_token":"sha256=" + base64(HMAC-SHA256(consumer secret, crc_token))}}.
 */
public final class XCrc {

    private final String consumerSecret;

    public XCrc(String consumerSecret) {
        this.consumerSecret = consumerSecret == null ? "" : consumerSecret;
    }

    /** @return the response token, or empty when no consumer secret is configured or no token given (the check must then fail) */
    public Optional<String> responseToken(String crcToken) {
        if (consumerSecret.isEmpty() || crcToken == null) {
            return Optional.empty();
        }
        byte[] mac = HmacSha256.mac(consumerSecret, crcToken.getBytes(StandardCharsets.UTF_8));
        return Optional.of("sha256=" + Base64.getEncoder().encodeToString(mac));
    }
}
