package com.safereply.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.safereply.app.digest.DigestCalculator;
import com.safereply.app.digest.DigestWeek;
import com.safereply.app.digest.WeeklyDigest;
import com.safereply.store.testing.DynamoDbLocalExtension;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Stored digests against DynamoDB Local: put once, read back, and the newest week of a practice (the page's default). */
class DynamoDbDigestStoreIntegrationTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();
    private static final AtomicInteger PRACTICES = new AtomicInteger();
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private final DynamoDbDigestStore digests = new DynamoDbDigestStore(dynamo.client(), dynamo.tableName());
    private final String practice = "digest-" + PRACTICES.incrementAndGet();

    @Test
    void storedOnceAndReadBackAsStored() {
        WeeklyDigest digest = digest(practice, LocalDate.of(2026, 11, 23));

        assertTrue(digests.saveIfAbsent(digest));
        assertFalse(digests.saveIfAbsent(digest), "a second run of the same week stores nothing");

        assertEquals(Optional.of(digest), digests.find(practice, "2026-W48"));
        digests.remove(practice, "2026-W48");
        assertEquals(Optional.empty(), digests.find(practice, "2026-W48"));
    }

    @Test
    void latestIsTheNewestWeekOfThatPracticeAcrossAYearEnd() {
        assertEquals(Optional.empty(), digests.latest(practice), "nothing sent yet");
        digests.saveIfAbsent(digest(practice, LocalDate.of(2026, 12, 21)));   // 2026-W52
        digests.saveIfAbsent(digest(practice, LocalDate.of(2027, 1, 4)));     // 2027-W01
        digests.saveIfAbsent(digest(practice, LocalDate.of(2026, 12, 28)));   // 2026-W53
        String neighbour = practice + "0";                                     // sorts right after this practice
        digests.saveIfAbsent(digest(neighbour, LocalDate.of(2027, 2, 1)));

        assertEquals("2027-W01", digests.latest(practice).orElseThrow().weekId());
        assertEquals(practice, digests.latest(practice).orElseThrow().practiceId());
        assertEquals("2027-W05", digests.latest(neighbour).orElseThrow().weekId());
    }

    private static WeeklyDigest digest(String practiceId, LocalDate monday) {
        DigestWeek week = new DigestWeek(monday, CHICAGO);
        return DigestCalculator.compute(practiceId, week, List.of(), week.end());
    }
}
