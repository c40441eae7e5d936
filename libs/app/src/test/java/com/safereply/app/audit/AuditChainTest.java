package com.safereply.app.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The hash chain catches every way an exported trail could be tampered with. */
class AuditChainTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private static List<AuditEvent> chain(int length) {
        List<AuditEvent> events = new ArrayList<>();
        AuditEvent previous = null;
        for (int i = 0; i < length; i++) {
            previous = AuditChain.append(previous, "sunrise-dental", T0.plusSeconds(60L * i), "approver-" + (i % 3),
                    i % 2 == 0 ? "viewed" : "edited", "draft-" + (i / 4), 1 + i % 4, "ab".repeat(32),
                    i % 5 == 0 ? "verdict=review" : null);
            events.add(previous);
        }
        return events;
    }

    @Test
    void untouchedChainVerifies() {
        ChainVerifier.Report report = ChainVerifier.verify(chain(50).iterator(), null);

        assertTrue(report.intact(), report.problem());
        assertEquals(50, report.checked());
    }

    @Test
    void editedEventIsCaughtAtThatEvent() {
        List<AuditEvent> events = chain(20);
        AuditEvent e = events.get(7);
        events.set(7, new AuditEvent(e.practiceId(), e.sequence(), e.at(), "someone-else", e.action(), e.draftId(),
                e.draftVersion(), e.textHash(), e.detail(), e.previousHash(), e.hash()));

        ChainVerifier.Report report = ChainVerifier.verify(events.iterator(), null);

        assertEquals(Optional.of(8L), report.firstBroken());
        assertTrue(report.problem().contains("edited"));
    }

    @Test
    void editedEventWithARecomputedHashBreaksTheNextLink() {
        List<AuditEvent> events = chain(20);
        AuditEvent e = events.get(7);
        String forged = AuditChain.hashOf(e.previousHash(), e.practiceId(), e.sequence(), e.at(), "someone-else",
                e.action(), e.draftId(), e.draftVersion(), e.textHash(), e.detail());
        events.set(7, new AuditEvent(e.practiceId(), e.sequence(), e.at(), "someone-else", e.action(), e.draftId(),
                e.draftVersion(), e.textHash(), e.detail(), e.previousHash(), forged));

        assertEquals(Optional.of(9L), ChainVerifier.verify(events.iterator(), null).firstBroken());
    }

    @Test
    void deletedEventIsCaught() {
        List<AuditEvent> events = chain(20);
        events.remove(12);

        ChainVerifier.Report report = ChainVerifier.verify(events.iterator(), null);

        assertEquals(Optional.of(14L), report.firstBroken());
        assertTrue(report.problem().contains("deleted"));
    }

    @Test
    void reorderedEventsAreCaught() {
        List<AuditEvent> events = chain(20);
        Collections.swap(events, 4, 5);

        assertFalse(ChainVerifier.verify(events.iterator(), null).intact());
    }

    @Test
    void aTimeRangeVerifiesFromItsAnchor() {
        List<AuditEvent> events = chain(30);

        assertTrue(ChainVerifier.verify(events.subList(10, 30).iterator(), events.get(9)).intact());
        assertFalse(ChainVerifier.verify(events.subList(11, 30).iterator(), events.get(9)).intact());
    }

    @Test
    void aFieldHoldingTheSeparatorIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> AuditChain.append(null, "p", T0, "a\u001fb", "viewed", "d",
                1, "h", null));
    }
}
