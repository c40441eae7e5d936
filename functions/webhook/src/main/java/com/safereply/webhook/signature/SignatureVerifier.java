package com.safereply.webhook.signature;

/** Checks a platform's signature header against the raw request body, before anything parses that body. */
public interface SignatureVerifier {

    /**
     * @param headerValue the signature header as received, or null when absent
     * @param rawBody     the exact bytes of the body: a re-serialised body would not match
     */
    SignatureCheck check(String headerValue, byte[] rawBody);
}
