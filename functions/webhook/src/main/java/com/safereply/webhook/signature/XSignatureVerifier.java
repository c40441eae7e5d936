package com.safereply.webhook.signature;

import java.util.Base64;

/** X's {@code x-twitter-webhooks-signature: sha256=<base64>}: HMAC-SHA256 of the raw body keyed with the consumer secret. */
public final class XSignatureVerifier extends PrefixedHmacVerifier {

    public static final String HEADER = "x-twitter-webhooks-signature";

    public XSignatureVerifier(String consumerSecret) {
        super(consumerSecret);
    }

    @Override
    byte[] decode(String encoded) {
        try {
            return Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    String encode(byte[] digest) {
        return Base64.getEncoder().encodeToString(digest);
    }
}
