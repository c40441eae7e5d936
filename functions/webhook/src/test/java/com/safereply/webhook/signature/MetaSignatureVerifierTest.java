package com.safereply.webhook.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MetaSignatureVerifierTest {

    // RFC 4231 test case 2: an independent vector, so a wrong algorithm or encoding cannot pass.
    private static final byte[] BODY = "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8);
    private static final String RFC_4231_HEX = "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

    private final MetaSignatureVerifier verifier = new MetaSignatureVerifier("Jefe");

    @Test
    void acceptsTheKnownVector() {
        assertEquals(SignatureCheck.VALID, verifier.check(RFC_4231_HEX, BODY));
        assertEquals(RFC_4231_HEX, verifier.sign(BODY));
    }

    @Test
    void acceptsUpperCaseHexAndPrefix() {
        assertEquals(SignatureCheck.VALID, verifier.check(RFC_4231_HEX.toUpperCase(), BODY));
    }

    @Test
    void rejectsABodyChangedByOneByte() {
        byte[] tampered = BODY.clone();
        tampered[0] ^= 1;
        assertEquals(SignatureCheck.MISMATCH, verifier.check(RFC_4231_HEX, tampered));
    }

    @Test
    void rejectsTheRightDigestUnderTheWrongSecret() {
        assertEquals(SignatureCheck.MISMATCH, new MetaSignatureVerifier("jefe").check(RFC_4231_HEX, BODY));
    }

    @Test
    void rejectsMissingAndMalformedHeaders() {
        assertEquals(SignatureCheck.MISSING, verifier.check(null, BODY));
        assertEquals(SignatureCheck.MISSING, verifier.check("  ", BODY));
        assertEquals(SignatureCheck.MALFORMED, verifier.check(RFC_4231_HEX.substring("sha256=".length()), BODY));
        assertEquals(SignatureCheck.MALFORMED, verifier.check("sha1=5bdcc146bf60754e6a042426089575c75a003f08", BODY));
        assertEquals(SignatureCheck.MALFORMED, verifier.check("sha256=zz", BODY));
        assertEquals(SignatureCheck.MALFORMED, verifier.check(RFC_4231_HEX.substring(0, RFC_4231_HEX.length() - 2), BODY));
    }

    @Test
    void anEmptySecretVerifiesNothingEvenASignatureMadeWithAnEmptyKey() {
        MetaSignatureVerifier unconfigured = new MetaSignatureVerifier("");
        assertEquals(SignatureCheck.NOT_CONFIGURED, unconfigured.check(RFC_4231_HEX, BODY));
        assertEquals(SignatureCheck.NOT_CONFIGURED, new MetaSignatureVerifier(null).check(RFC_4231_HEX, BODY));
    }
}
