package com.safereply.webhook.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.spi.ToolProvider;

import org.junit.jupiter.api.Test;

import com.safereply.webhook.meta.MetaHandshake;
import com.safereply.webhook.x.XCrc;

/**
 * Secrets are compared in constant time, checked on the compiled code rather than by timing (timing tests are flaky
 * and prove little): the bytecode of each routine that compares something secret-derived with what a caller sent
 * calls {@code MessageDigest.isEqual} and none of the early-exit comparisons. And an empty secret verifies nothing.
 */
class ConstantTimeComparisonTest {

    /** Comparisons that return at the first differing byte or char. */
    private static final List<String> EARLY_EXIT = List.of(
            "java/util/Arrays.equals", "java/lang/String.equals", "java/lang/String.contentEquals",
            "java/lang/String.equalsIgnoreCase", "java/lang/String.compareTo", "java/util/Objects.equals",
            "java/util/Arrays.mismatch", "java/util/Arrays.compare");
    private static final String CONSTANT_TIME = "java/security/MessageDigest.isEqual";

    @Test
    void signatureChecksCompareDigestsWithMessageDigestIsEqual() throws Exception {
        assertConstantTime(bytecode(PrefixedHmacVerifier.class), "check(java.lang.String, byte[])");
    }

    @Test
    void bothPlatformsUseTheSharedCheck() throws Exception {
        // check() is final in PrefixedHmacVerifier: neither platform can swap in a comparison of its own.
        for (Class<? extends SignatureVerifier> type : List.of(MetaSignatureVerifier.class, XSignatureVerifier.class)) {
            assertEquals(PrefixedHmacVerifier.class,
                    type.getMethod("check", String.class, byte[].class).getDeclaringClass(), type.getSimpleName());
        }
    }

    @Test
    void theMetaVerifyTokenIsComparedWithMessageDigestIsEqual() throws Exception {
        assertConstantTime(bytecode(MetaHandshake.class), "tokenMatches(java.lang.String)");
    }

    @Test
    void anEmptySecretVerifiesNothingNotEvenTheHmacOfAnEmptyKey() {
        byte[] body = "{\"object\":\"page\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);
        // HMAC pads the key with zero bytes, so the key "\0" gives exactly the HMAC an empty key would.
        String metaWithEmptyKey = new MetaSignatureVerifier("\0").sign(body);
        String xWithEmptyKey = new XSignatureVerifier("\0").sign(body);
        for (String secret : new String[] {"", null}) {
            assertEquals(SignatureCheck.NOT_CONFIGURED, new MetaSignatureVerifier(secret).check(metaWithEmptyKey, body));
            assertEquals(SignatureCheck.NOT_CONFIGURED, new XSignatureVerifier(secret).check(xWithEmptyKey, body));
            assertInstanceOf(MetaHandshake.Rejected.class, new MetaHandshake(secret).answer("subscribe", "", "123"));
            assertInstanceOf(MetaHandshake.Rejected.class, new MetaHandshake(secret).answer("subscribe", null, "123"));
            assertInstanceOf(XCrc.NoSecret.class, new XCrc(secret).answer("abc"));
        }
        assertFalse(SignatureCheck.NOT_CONFIGURED.isValid());
    }

    // ------------------------------------------------------------------ bytecode

    /** {@code javap -c -p} of a compiled class: the JDK's own disassembler, no bytecode library needed. */
    private static String bytecode(Class<?> type) throws Exception {
        ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow(() -> new AssertionError("run tests on a JDK"));
        Path classFile = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(type.getName().replace('.', '/') + ".class");
        StringWriter out = new StringWriter();
        int status = javap.run(new PrintWriter(out), new PrintWriter(out), "-c", "-p", classFile.toString());
        assertEquals(0, status, out.toString());
        return out.toString();
    }

    private static void assertConstantTime(String bytecode, String signature) {
        String method = method(bytecode, signature);
        assertTrue(method.contains(CONSTANT_TIME), signature + " must compare with MessageDigest.isEqual:\n" + method);
        for (String comparison : EARLY_EXIT) {
            assertFalse(method.contains("Method " + comparison + ":") || method.contains("Method " + comparison + " "),
                    signature + " calls " + comparison + ", which exits early:\n" + method);
        }
    }

    /** The disassembled body of one method: from its declaration line to the next blank line. */
    private static String method(String bytecode, String signature) {
        int start = -1;
        for (String line : bytecode.split("\n")) {
            if (start < 0 && line.contains(" " + signature.substring(0, signature.indexOf('(') + 1))
                    && line.contains(signature.substring(signature.indexOf('(')))) {
                start = bytecode.indexOf(line);
                break;
            }
        }
        assertTrue(start >= 0, signature + " not found in\n" + bytecode);
        int end = bytecode.indexOf("\n\n", start);
        return bytecode.substring(start, end < 0 ? bytecode.length() : end);
    }
}
