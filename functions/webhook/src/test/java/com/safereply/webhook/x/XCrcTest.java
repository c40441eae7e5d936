package com.safereply.webhook.x;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class XCrcTest {

    @Test
    void answersWithBase64HmacOfTheTokenUnderTheConsumerSecret() {
        // Computed independently (Python hmac) for this secret and X's documented sample token.
        assertEquals(Optional.of("sha256=XelNwiuN3jb+nKd1QuEkLyf4RzscdU131KYFP8fHpPQ="),
                new XCrc("test-x-consumer-secret").responseToken("9b4507b3-9040-4669-9ca3-6b94edb50553"));
    }

    @Test
    void cannotAnswerWithoutASecret() {
        assertTrue(new XCrc("").responseToken("9b4507b3-9040-4669-9ca3-6b94edb50553").isEmpty());
    }
}
