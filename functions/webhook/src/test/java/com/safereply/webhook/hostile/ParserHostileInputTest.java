package com.safereply.webhook.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.app.CommentVerb;
import com.safereply.app.InboundComment;
import com.safereply.webhook.meta.MetaPayloadParser;
import com.safereply.webhook.parse.InvalidPayloadException;
import com.safereply.webhook.parse.JsonBodies;
import com.safereply.webhook.parse.ParsedDelivery;
import com.safereply.webhook.x.XPayloadParser;

/**
 * Hostile bodies into both platform parsers: whatever the bytes, the answer is a well-formed {@link ParsedDelivery} or
 * an {@link InvalidPayloadException} (a 400), never another exception (a 500) or a stack overflow.
 *
 * <p>Reproduce a failure with the seed in its message: {@code -Dhostile.seed=N}; run longer with {@code -Dhostile.scale=10}.
 */
class ParserHostileInputTest {

    private static final JsonBodies JSON = new JsonBodies(new ObjectMapper());
    private static final MetaPayloadParser META = new MetaPayloadParser(JSON);
    private static final XPayloadParser X = new XPayloadParser(JSON);
    private static final List<byte[]> SAMPLES = SampleBodies.all();

    @Test
    void mutatedSampleDeliveriesAndRandomBytes() {
        Cases.run(Cases.BASE_SEED + 20, 40_000, (seed, i) -> {
            byte[] body = new HostileBodies(seed, SAMPLES).next();
            parseOrReject(META::parse, body, seed);
            parseOrReject(X::parse, body, seed);
        });
    }

    @Test
    void theSamplesThemselvesParse() {
        for (byte[] body : SAMPLES) {
            parseOrReject(META::parse, body, 0);
            parseOrReject(X::parse, body, 0);
        }
    }

    @Test
    void aHundredThousandNestedArraysOrObjectsAreRejectedNotAStackOverflow() {
        for (boolean objects : new boolean[] {false, true}) {
            for (boolean inEnvelope : new boolean[] {false, true}) {
                byte[] body = HostileBodies.deeplyNested(100_000, objects, inEnvelope);
                InvalidPayloadException meta = assertThrows(InvalidPayloadException.class, () -> META.parse(body));
                assertTrue(meta.getMessage().contains("nests deeper"), meta.getMessage());
                assertThrows(InvalidPayloadException.class, () -> X.parse(body));
            }
        }
    }

    @Test
    void nestingUpToTheLimitIsStillRead() {
        byte[] body = HostileBodies.deeplyNested(JsonBodies.MAX_NESTING_DEPTH - 3, false, true);
        ParsedDelivery delivery = META.parse(body);
        assertTrue(delivery.whollyRejected(), "a nested array is not an entry, but the body itself is readable");
    }

    /** Decision: bodies must be UTF-8; an invalid byte sequence is rejected, never silently replaced. */
    @Test
    void invalidUtf8AnywhereIsRejected() {
        Cases.run(Cases.BASE_SEED + 21, 2_000, (seed, i) -> {
            byte[] body = new HostileBodies(seed, SAMPLES).withInvalidUtf8(SAMPLES.get(i % SAMPLES.size()));
            InvalidPayloadException e = assertThrows(InvalidPayloadException.class, () -> META.parse(body),
                    "seed=" + seed + " body=" + HexFormat.of().formatHex(body));
            assertEquals("body is not valid UTF-8", e.getMessage());
        });
        byte[] utf16 = new String(SAMPLES.get(0), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
        assertThrows(InvalidPayloadException.class, () -> META.parse(utf16));
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        byte[] sample = SAMPLES.stream().filter(b -> new String(b, StandardCharsets.UTF_8).contains("\"comment_id\""))
                .findFirst().orElseThrow();
        byte[] withBom = new byte[sample.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(sample, 0, withBom, 3, sample.length);
        assertEquals(META.parse(sample).comments().size(), META.parse(withBom).comments().size());
    }

    /** Decision: a key twice in one object makes the body ambiguous, so it is rejected whichever copy would win. */
    @Test
    void duplicateKeysAreRejected() {
        Cases.run(Cases.BASE_SEED + 22, 2_000, (seed, i) -> {
            byte[] body = new HostileBodies(seed, SAMPLES).withDuplicateKey(SAMPLES.get(i % SAMPLES.size()));
            parseOrReject(META::parse, body, seed);
        });
        byte[] body = "{\"object\":\"page\",\"object\":\"instagram\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);
        assertThrows(InvalidPayloadException.class, () -> META.parse(body));
    }

    /** Found by the generator: a created_time beyond Instant's range threw DateTimeException (a 500). */
    @Test
    void hugeTimesAreNoTimeRatherThanAFailure() {
        for (String time : new String[] {"9223372036854775807", "-9223372036854775808", "9".repeat(400), "1e999",
                "\"999999999999\"", "\"+999999999-12-31T23:59:59Z\""}) {
            String body = "{\"object\":\"page\",\"entry\":[{\"id\":\"1\",\"time\":" + time + ",\"changes\":[{\"field\":\"feed\","
                    + "\"value\":{\"item\":\"comment\",\"verb\":\"edited\",\"comment_id\":\"1_2\",\"created_time\":" + time
                    + ",\"from\":{\"id\":\"9\"},\"message\":\"hi\"}}]}]}";
            ParsedDelivery delivery = META.parse(body.getBytes(StandardCharsets.UTF_8));
            assertEquals(1, delivery.comments().size(), time);
            if (!time.startsWith("\"")) {
                assertNull(delivery.comments().get(0).createdAt(), time);
            }
        }
    }

    private static void parseOrReject(Function<byte[], ParsedDelivery> parser, byte[] body, long seed) {
        ParsedDelivery delivery;
        try {
            delivery = parser.apply(body);
        } catch (InvalidPayloadException expected) {
            assertNotNull(expected.getMessage());
            return;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("parser threw " + e + " seed=" + seed + " body=" + describe(body), e);
        }
        assertNotNull(delivery);
        assertTrue(delivery.ignored() >= 0);
        for (InboundComment c : delivery.comments()) {
            String where = "seed=" + seed + " body=" + describe(body);
            assertNotNull(c.platform(), where);
            assertNotNull(c.verb(), where);
            assertTrue(c.channelId() != null && !c.channelId().isEmpty(), where);
            assertTrue(c.commentId() != null && !c.commentId().isEmpty(), where);
            assertTrue(c.deliveryKey() != null && c.deliveryKey().contains(c.commentId()), where);
            if (c.verb() != CommentVerb.REMOVE) {
                assertNotNull(c.text(), "an added or edited comment has text (maybe empty): " + where);
            }
        }
        delivery.rejected().forEach(r -> assertTrue(r.where() != null && r.problem() != null));
    }

    private static String describe(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 600), StandardCharsets.UTF_8);
        return text + (body.length > 600 ? "... (" + body.length + " bytes)" : "");
    }
}
