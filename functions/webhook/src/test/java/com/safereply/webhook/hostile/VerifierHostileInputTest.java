package com.safereply.webhook.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.safereply.webhook.meta.MetaHandshake;
import com.safereply.webhook.signature.HmacSha256;
import com.safereply.webhook.signature.MetaSignatureVerifier;
import com.safereply.webhook.signature.SignatureCheck;
import com.safereply.webhook.signature.XSignatureVerifier;
import com.safereply.webhook.x.XCrc;

/**
 * Hostile headers and tokens into the signature verifiers and the two handshakes: nothing throws, and only the true
 * HMAC of the exact body under the right secret verifies (however it is spelled: hex case, prefix case, padding).
 *
 * <p>Reproduce a failure with the seed in its message: {@code -Dhostile.seed=N}; run longer with {@code -Dhostile.scale=10}.
 */
class VerifierHostileInputTest {

    private static final String SECRET = "fuzz-app-secret";
    private static final MetaSignatureVerifier META = new MetaSignatureVerifier(SECRET);
    private static final XSignatureVerifier X = new XSignatureVerifier(SECRET);
    private static final List<byte[]> SAMPLES = SampleBodies.all();
    private static final String HEX = "0123456789abcdefABCDEF";
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";

    @Test
    void randomAndMutatedSignaturesOnlyVerifyWhenTheyAreTheTrueHmac() {
        Cases.run(Cases.BASE_SEED + 30, 40_000, (seed, i) -> {
            Random random = new Random(seed);
            byte[] body = random.nextInt(3) == 0 ? new HostileBodies(seed, SAMPLES).next() : SAMPLES.get(random.nextInt(SAMPLES.size()));
            byte[] mac = HmacSha256.mac(SECRET, body);
            String metaHeader = header(random, "sha256=" + HexFormat.of().formatHex(mac), HEX);
            String xHeader = header(random, "sha256=" + Base64.getEncoder().encodeToString(mac), BASE64);
            String where = "seed=" + seed + " meta=" + metaHeader + " x=" + xHeader;
            assertVerdict(META.check(metaHeader, body), Arrays.equals(mac, decodeHex(metaHeader)), where);
            assertVerdict(X.check(xHeader, body), Arrays.equals(mac, decodeBase64(xHeader)), where);
        });
    }

    @Test
    void theTrueSignatureFailsForAnyOtherBodyOrSecret() {
        Cases.run(Cases.BASE_SEED + 31, 10_000, (seed, i) -> {
            Random random = new Random(seed);
            byte[] body = new HostileBodies(seed, SAMPLES).next();
            String meta = META.sign(body);
            String x = X.sign(body);
            assertEquals(SignatureCheck.VALID, META.check(meta, body), "seed=" + seed);
            assertEquals(SignatureCheck.VALID, X.check(x, body), "seed=" + seed);
            byte[] other = body.length == 0 ? new byte[] {0} : body.clone();
            if (body.length > 0) {
                int at = random.nextInt(other.length);
                other[at] = (byte) (other[at] ^ (1 + random.nextInt(255)));
            }
            assertEquals(SignatureCheck.MISMATCH, META.check(meta, other), "seed=" + seed);
            assertEquals(SignatureCheck.MISMATCH, X.check(x, other), "seed=" + seed);
            String otherSecret = SECRET + (char) ('a' + random.nextInt(26));
            assertEquals(SignatureCheck.MISMATCH, new MetaSignatureVerifier(otherSecret).check(meta, body), "seed=" + seed);
            assertEquals(SignatureCheck.MISMATCH, new XSignatureVerifier(otherSecret).check(x, body), "seed=" + seed);
        });
    }

    @Test
    void hugeAndStrangeHeadersAreMalformedNotFailures() {
        byte[] body = SAMPLES.get(0);
        for (String header : new String[] {"sha256=" + "a".repeat(1_000_000), "sha256=\uD800", "sha256=\u0000",
                "sha256=" + "\u00E9".repeat(64), "sha1=" + "a".repeat(40), "sha256", "=", " ", "sha256=" + "=".repeat(44)}) {
            assertNotEquals(SignatureCheck.VALID, META.check(header, body));
            assertNotEquals(SignatureCheck.VALID, X.check(header, body));
        }
        assertEquals(SignatureCheck.NOT_CONFIGURED, new MetaSignatureVerifier(null).check(META.sign(body), body));
        assertEquals(SignatureCheck.NOT_CONFIGURED, new XSignatureVerifier("").check(X.sign(body), body));
    }

    @Test
    void handshakesNeverThrowAndOnlyTheTokenOpensThem() {
        MetaHandshake handshake = new MetaHandshake("verify-me");
        XCrc crc = new XCrc(SECRET);
        Cases.run(Cases.BASE_SEED + 32, 20_000, (seed, i) -> {
            Random random = new Random(seed);
            String mode = random.nextInt(3) == 0 ? "subscribe" : randomText(random);
            String token = random.nextInt(3) == 0 ? "verify-me" : randomText(random);
            String challenge = randomText(random);
            MetaHandshake.Result result = handshake.answer(mode, token, challenge);
            boolean opens = "subscribe".equals(mode) && "verify-me".equals(token);
            String where = "seed=" + seed;
            if (result instanceof MetaHandshake.Accepted accepted) {
                assertTrue(opens, where);
                assertEquals(challenge, accepted.challenge(), where);
                assertTrue(challenge.matches("[A-Za-z0-9_\\-]{1,128}"), "only a plain token is echoed: " + where);
            } else {
                assertNotNull(result, where);
                assertEquals(opens, result instanceof MetaHandshake.BadChallenge, where);
            }
            String crcToken = randomText(random);
            XCrc.Result answer = crc.answer(crcToken);
            if (answer instanceof XCrc.Answered answered) {
                // Only a plain token is ever signed: nothing that could be a (JSON) delivery body.
                assertTrue(crcToken.matches("[A-Za-z0-9_\\-+/=]{1,128}"), where);
                assertEquals("sha256=" + Base64.getEncoder().encodeToString(
                        HmacSha256.mac(SECRET, crcToken.getBytes(StandardCharsets.UTF_8))), answered.responseToken(), where);
            } else {
                assertInstanceOf(XCrc.BadToken.class, answer, where);
            }
        });
        assertInstanceOf(XCrc.NoSecret.class, new XCrc(null).answer("abc"));
    }

    /** The true header, or a mutation of it: one char changed, cut, extended, re-cased, padded, or something random. */
    private static String header(Random random, String truth, String alphabet) {
        char[] chars = truth.toCharArray();
        return switch (random.nextInt(9)) {
            case 0 -> truth;
            case 1 -> {
                int at = 7 + random.nextInt(chars.length - 7);
                chars[at] = alphabet.charAt(random.nextInt(alphabet.length()));
                yield new String(chars);
            }
            case 2 -> truth.substring(0, random.nextInt(truth.length()));
            case 3 -> truth + alphabet.charAt(random.nextInt(alphabet.length()));
            case 4 -> random.nextBoolean() ? truth.toUpperCase() : "SHA256=" + truth.substring(7);
            case 5 -> " \t" + truth + " ";
            case 6 -> "sha256=" + randomFrom(random, alphabet, random.nextInt(100));
            case 7 -> randomText(random);
            default -> null;
        };
    }

    private static void assertVerdict(SignatureCheck check, boolean trueHmac, String where) {
        assertNotNull(check, where);
        assertEquals(trueHmac, check == SignatureCheck.VALID, where);
    }

    private static byte[] decodeHex(String header) {
        String digest = digestPart(header);
        try {
            return digest == null ? null : HexFormat.of().parseHex(digest);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] decodeBase64(String header) {
        String digest = digestPart(header);
        try {
            return digest == null ? null : Base64.getDecoder().decode(digest);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String digestPart(String header) {
        if (header == null) {
            return null;
        }
        String value = header.trim();
        return value.regionMatches(true, 0, "sha256=", 0, 7) ? value.substring(7) : null;
    }

    private static String randomFrom(Random random, String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    /** Null, empty, plain tokens, or any UTF-16 (lone surrogates and control chars included). */
    private static String randomText(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> null;
            case 1 -> "";
            case 2 -> randomFrom(random, "abcXYZ019_-", 1 + random.nextInt(140));
            default -> {
                StringBuilder out = new StringBuilder();
                int length = random.nextInt(60);
                for (int i = 0; i < length; i++) {
                    out.append((char) random.nextInt(0x10000));
                }
                yield out.toString();
            }
        };
    }
}
