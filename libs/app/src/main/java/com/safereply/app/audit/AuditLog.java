package com.safereply.app.audit;

import com.safereply.app.draft.AuditEntry;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * A practice's audit trail as one hash chain. Writers keep recording audit items as they always did (each in the
 * transaction of the change it describes); {@link #seal} appends the items not chained yet to the practice's chain,
 * safely under concurrent sealers. Chained events are never changed.
 *
 * <p><b>Chain time.</b> Each link has a chain time: its event's own time, or the link before's chain time if that is
 * later (an audit item whose index entry showed up after newer ones were chained, or written by a clock running
 * behind). Chain time never goes back along the chain, and export ranges are found by it, so consecutive ranges
 * [a, b), [b, c) hold every event exactly once, in chain order. An event exported in a range keeps its own time,
 * which can be a little before the range's start.
 */
public interface AuditLog {

    /** Chains the practice's audit items not chained yet, oldest first; returns how many events were appended. */
    int seal(String practiceId);

    /**
     * Up to {@code limit} chained events in chain order, starting after {@code afterSequence} (0 = from the start of
     * the range), and stopping before the first link whose chain time is at or after {@code range.to()}.
     */
    Page page(String practiceId, AuditRange range, long afterSequence, int limit);

    /** The sequence number of the first link whose chain time is at or after {@code from}, if any. */
    OptionalLong firstSequenceAtOrAfter(String practiceId, Instant from);

    /** Records a practice-level audit item (an export with text); it is chained by the next seal. */
    void recordPracticeEvent(AuditEntry entry);

    /** @param hasMore whether events of the range follow the last one returned */
    record Page(List<AuditEvent> events, boolean hasMore) {
        public Page {
            events = List.copyOf(events);
        }
    }
}
