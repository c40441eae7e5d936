package com.safereply.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Google takes a review reply of up to 4,096 bytes in UTF-8, no more; the other platforms are not limited here. */
class PlatformTest {

    @Test
    void googlesLimitIsInclusiveAndCountedInUtf8Bytes() {
        String atTheLimit = "é".repeat(Platform.GOOGLE_MAX_REPLY_BYTES / 2);
        assertEquals(Optional.empty(), Platform.GOOGLE.replyLengthProblem(atTheLimit), "4,096 bytes are taken");
        assertTrue(Platform.GOOGLE.replyLengthProblem(atTheLimit + "a").isPresent(), "4,097 bytes are not");
        assertTrue(Platform.GOOGLE.replyLengthProblem(atTheLimit + "a").orElseThrow().contains("4097 bytes"));
        assertEquals(Optional.empty(), Platform.FACEBOOK.replyLengthProblem(atTheLimit + "a"));
    }
}
