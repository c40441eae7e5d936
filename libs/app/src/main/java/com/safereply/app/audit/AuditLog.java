package com.safereply.app.audit;

import com.safereply.app.draft.AuditEntry;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * A practice's audit trail as one hash chain. Writers keep recording audit items as they always did (each in the
 * transaction of the change it describes); {@link #seal} appends the items not chained yet to the practice's chain,
 * safely under concurrent sealers. Chained events are never changed.
 */
public interface AuditLog {

    /** Chains the practice's audit items not chained yet, oldest first; returns how many events were appended. */
    int seal(String practiceId);

    /**
     * Up to {@code limit} chained events in chain order, starting after {@code afterSequence} (0 = from the start of
     * the range), and stopping before the first event at or after {@code range.to()}.
     */
    Page page(String practiceId, AuditRange range, long afterSequence, int limit);

    /** The sequence number of the first chained event at or after {@code from}, if any. */
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
