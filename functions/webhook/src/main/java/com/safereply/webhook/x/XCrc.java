package com.safereply.webhook.x;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import com.safereply.webhook.signature.HmacSha256;

/**
 * X's Challenge-Response Check: {@code GET ?crc_token=..} answered with
 * {@code {"response_token":"sha256=" + base64(HMAC-SHA256(consumer secret, crc_token))}}.
 *
 * <p>X signs deliveries with the same key and the same function over the body, so answering any token would make this
 * endpoint a signing oracle: a delivery body sent as the token comes back as its valid signature. Only tokens shaped
 * like X's (short, from a plain token alphabet) are answered, and the shape is checked before any HMAC. No token in
 * that alphabet can be a delivery: every delivery is a JSON object, which needs {@code {} and {@code "}.
 */
public final class XCrc {

    /** X sends a short random token (UUID- or base64-like); 128 characters leaves room without admitting a body. */
    static final int MAX_TOKEN_LENGTH = 128;
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_\\-+/=]{1," + MAX_TOKEN_LENGTH + "}");

    private final String consumerSecret;

    public XCrc(String consumerSecret) {
        this.consumerSecret = consumerSecret == null ? "" : consumerSecret;
    }

    public sealed interface Result permits Answered, BadToken, NoSecret {
    }

    /** Answer 200 with {@code {"response_token": responseToken}}. */
    public record Answered(String responseToken) implements Result {
    }

    /** Missing, too long or outside the token alphabet: answer 400, nothing was signed. */
    public record BadToken() implements Result {
    }

    /** No consumer secret configured: the check must fail (403). */
    public record NoSecret() implements Result {
    }

    public Result answer(String crcToken) {
        if (!isTokenShaped(crcToken)) {
            return new BadToken();
        }
        if (consumerSecret.isEmpty()) {
            return new NoSecret();
        }
        byte[] mac = HmacSha256.mac(consumerSecret, crcToken.getBytes(StandardCharsets.UTF_8));
        return new Answered("sha256=" + Base64.getEncoder().encodeToString(mac));
    }

    static boolean isTokenShaped(String crcToken) {
        return crcToken != null && TOKEN_SHAPE.matcher(crcToken).matches();
    }
}
