package com.safereply.webhook.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class XSignatureVerifierTest {

    private static final byte[] BODY = "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8);
    /** RFC 4231 test case 2 in base64. */
    private static final String RFC_4231_BASE64 = "sha256=W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=";

    private final XSignatureVerifier verifier = new XSignatureVerifier("Jefe");

    @Test
    void acceptsTheKnownVector() {
        assertEquals(SignatureCheck.VALID, verifier.check(RFC_4231_BASE64, BODY));
        assertEquals(RFC_4231_BASE64, verifier.sign(BODY));
    }

    @Test
    void rejectsAHexSignatureWhereBase64IsExpected() {
        assertEquals(SignatureCheck.MALFORMED,
                verifier.check("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", BODY));
    }

    @Test
    void rejectsTamperedBodiesMissingHeadersAndEmptySecrets() {
        assertEquals(SignatureCheck.MISMATCH, verifier.check(RFC_4231_BASE64, "what do ya want for nothing!".getBytes(StandardCharsets.UTF_8)));
        assertEquals(SignatureCheck.MISSING, verifier.check(null, BODY));
        assertEquals(SignatureCheck.MALFORMED, verifier.check("sha256=not base64!", BODY));
        assertEquals(SignatureCheck.NOT_CONFIGURED, new XSignatureVerifier("").check(RFC_4231_BASE64, BODY));
    }
}
