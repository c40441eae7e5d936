package com.safereply.app.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.safereply.app.audit.AuditEvent;
import com.safereply.app.audit.AuditLog;
import com.safereply.app.audit.AuditRange;
import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-memory chain ranges by chain time as the DynamoDB one does, so use-case tests see the same export. */
class InMemoryAuditLogTest {
    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private static final String PRACTICE = "sunrise-dental";

    private final InMemoryAuditLog log = new InMemoryAuditLog();

    private void view(String id, int minute) {
        log.record(new AuditEntry(id, "d1", PRACTICE, T0.plusSeconds(60L * minute), "approver-1", AuditAction.VIEWED, 1,
                "ab".repeat(32), null));
    }

    private List<AuditEvent> range(Instant from, Instant to) {
        List<AuditEvent> out = new ArrayList<>();
        long after = log.firstSequenceAtOrAfter(PRACTICE, from).orElse(Long.MAX_VALUE) - 1;
        if (after == Long.MAX_VALUE - 1) {
            return out;
        }
        AuditLog.Page page;
        do {
            page = log.page(PRACTICE, new AuditRange(from, to), after, 2);
            out.addAll(page.events());
            if (!page.events().isEmpty()) {
                after = page.events().get(page.events().size() - 1).sequence();
            }
        } while (page.hasMore());
        return out;
    }

    @Test
    void anItemChainedLateIsInExactlyOneOfConsecutiveRanges() {
        for (int minute = 10; minute <= 40; minute += 10) {
            view("on-time-" + minute, minute);
        }
        log.seal(PRACTICE);
        view("late", 26);
        view("after", 50);
        log.seal(PRACTICE);

        Instant split = T0.plusSeconds(60 * 25);
        List<AuditEvent> joined = new ArrayList<>(range(T0, split));
        joined.addAll(range(split, T0.plusSeconds(3600)));

        assertEquals(log.chain(PRACTICE), joined, "consecutive ranges hold every event once, in chain order");
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), joined.stream().map(AuditEvent::sequence).toList());
    }
}
