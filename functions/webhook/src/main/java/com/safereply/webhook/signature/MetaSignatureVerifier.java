package com.safereply.webhook.signature;

import java.util.HexFormat;

/**
 * Meta's {@code X-Hub-Signature-256: sha256=<hex>}: HMAC-SHA256 of the raw body keyed with the App Secret. The legacy
 * SHA-1 header is not accepted.
 */
public final class MetaSignatureVerifier extends PrefixedHmacVerifier {

    public static final String HEADER = "X-Hub-Signature-256";

    public MetaSignatureVerifier(String appSecret) {
        super(appSecret);
    }

    @Override
    byte[] decode(String encoded) {
        try {
            // HexFormat accepts both cases; Meta sends lower case.
            return HexFormat.of().parseHex(encoded);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    String encode(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
