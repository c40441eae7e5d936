package com.safereply.webhook.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue 11: a WARN line for every refused webhook made floods into log floods. */
class RefusalLogTest {

    private Instant now = Instant.parse("2026-12-03T04:00:00Z");
    private final List<String> lines = new ArrayList<>();
    private final RefusalLog log = new RefusalLog(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }, lines::add);

    @Test
    void aFloodIsOneLinePerKindPerMinuteWithTheCount() {
        for (int i = 0; i < 1_000; i++) {
            log.refused("x delivery refused: signature does not match the body");
            log.refused("meta delivery refused: missing signature header");
        }
        assertEquals(List.of("x delivery refused: signature does not match the body",
                "meta delivery refused: missing signature header"), lines);

        now = now.plus(RefusalLog.INTERVAL);
        log.refused("x delivery refused: signature does not match the body");

        assertEquals("x delivery refused: signature does not match the body (and 999 more like it in the previous 60 s)",
                lines.get(2));
        assertEquals(3, lines.size());
    }
}
