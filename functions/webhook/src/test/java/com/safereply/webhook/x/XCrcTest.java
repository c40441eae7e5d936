package com.safereply.webhook.x;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class XCrcTest {

    private static final String DELIVERY_BODY = "{\"for_user_id\":\"2244994945\",\"tweet_create_events\":[{\"id_str\":\"1\"}]}";

    @Test
    void answersWithBase64HmacOfTheTokenUnderTheConsumerSecret() {
        // Computed independently (Python hmac) for this secret and X's documented sample token.
        assertEquals(new XCrc.Answered("sha256=XelNwiuN3jb+nKd1QuEkLyf4RzscdU131KYFP8fHpPQ="),
                new XCrc("test-x-consumer-secret").answer("9b4507b3-9040-4669-9ca3-6b94edb50553"));
    }

    @Test
    void cannotAnswerWithoutASecret() {
        assertInstanceOf(XCrc.NoSecret.class, new XCrc("").answer("9b4507b3-9040-4669-9ca3-6b94edb50553"));
    }

    @Test
    void aDeliveryBodyIsNeverSignedAsAToken() {
        assertInstanceOf(XCrc.BadToken.class, new XCrc("test-x-consumer-secret").answer(DELIVERY_BODY));
        // The shape is checked before anything keyed: even without a secret the answer is "bad token".
        assertInstanceOf(XCrc.BadToken.class, new XCrc("").answer(DELIVERY_BODY));
    }

    @Test
    void tokensOutsideThePlainAlphabetOrTooLongAreRefused() {
        XCrc crc = new XCrc("test-x-consumer-secret");
        for (String token : new String[] {null, "", "a b", "a\"b", "{}", "1.5", "a\u00e9", "x".repeat(XCrc.MAX_TOKEN_LENGTH + 1)}) {
            assertInstanceOf(XCrc.BadToken.class, crc.answer(token), String.valueOf(token));
        }
        assertInstanceOf(XCrc.Answered.class, crc.answer("x".repeat(XCrc.MAX_TOKEN_LENGTH)));
        assertInstanceOf(XCrc.Answered.class, crc.answer("Zm9vYmFy+/w="));
    }
}
