package com.safereply.app.audit;

import java.util.Iterator;
import java.util.Optional;

/**
 * Walks an exported chain in order and reports the first broken link: a gap or repeat in the sequence (an event
 * deleted or reordered), a previous hash that is not the event before's hash (reordered or spliced), or a hash that
 * does not match the event's own fields (edited). Streams: it keeps only the event before.
 */
public final class ChainVerifier {

    /** What verification found. {@code firstBroken} is the sequence number where the chain stops holding. */
    public record Report(long checked, Optional<Long> firstBroken, String problem) {
        public boolean intact() {
            return firstBroken.isEmpty();
        }
    }

    private ChainVerifier() {}

    /**
     * @param startAfter the event just before the first one given (null when the export starts at the chain's first
     *                   event), so a time-range export can be verified on its own given its anchor
     */
    public static Report verify(Iterator<AuditEvent> events, AuditEvent startAfter) {
        AuditEvent previous = startAfter;
        long checked = 0;
        while (events.hasNext()) {
            AuditEvent event = events.next();
            long expectedSequence = previous == null ? event.sequence() : previous.sequence() + 1;
            if (previous == null && event.sequence() == 1 && !AuditChain.GENESIS.equals(event.previousHash())) {
                return broken(checked, event, "the first event does not start the chain");
            }
            if (event.sequence() != expectedSequence) {
                return broken(checked, event, "sequence jumps from " + (expectedSequence - 1) + " to "
                        + event.sequence() + " (an event was deleted or moved)");
            }
            if (previous != null && !previous.hash().equals(event.previousHash())) {
                return broken(checked, event, "does not follow the event before it (reordered or spliced)");
            }
            if (!AuditChain.hashOf(event).equals(event.hash())) {
                return broken(checked, event, "its fields do not match its hash (edited)");
            }
            previous = event;
            checked++;
        }
        return new Report(checked, Optional.empty(), "intact");
    }

    private static Report broken(long checked, AuditEvent at, String problem) {
        return new Report(checked, Optional.of(at.sequence()), "event " + at.sequence() + ": " + problem);
    }
}
