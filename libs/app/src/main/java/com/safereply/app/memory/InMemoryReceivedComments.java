package com.safereply.app.memory;

import com.safereply.app.draft.Delivery;
import com.safereply.app.draft.DuplicateDeliveryException;
import com.safereply.app.draft.VersionConflictException;
import com.safereply.app.inbox.ReceivedComment;
import com.safereply.app.inbox.ReceivedComments;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link ReceivedComments} in memory, over the state it shares with {@link InMemoryDraftStore}. */
final class InMemoryReceivedComments implements ReceivedComments {

    private final InMemoryTable table;
    private final Clock clock;

    InMemoryReceivedComments(InMemoryTable table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    @Override
    public boolean receive(ReceivedComment comment, Delivery delivery) {
        if (comment.revision() != 1 || !comment.status().awaitsTriage()) {
            throw new IllegalArgumentException("a new comment must await triage at revision 1");
        }
        synchronized (table) {
            if (table.comments.containsKey(comment.draftId()) || Deliveries.seen(table, delivery, clock)) {
                return false;
            }
            Deliveries.record(table, delivery);
            table.comments.put(comment.draftId(), comment);
            return true;
        }
    }

    @Override
    public Optional<ReceivedComment> find(String draftId) {
        synchronized (table) {
            return Optional.ofNullable(table.comments.get(draftId));
        }
    }

    @Override
    public void change(ReceivedComment next, Optional<Delivery> delivery) {
        synchronized (table) {
            if (delivery.isPresent() && Deliveries.seen(table, delivery.get(), clock)) {
                throw new DuplicateDeliveryException(next.draftId());
            }
            requireRevision(table, next);
            delivery.ifPresent(d -> Deliveries.record(table, d));
            table.comments.put(next.draftId(), next);
        }
    }

    @Override
    public List<ReceivedComment> awaitingTriageSince(String practiceId, Instant cutoff, int limit) {
        synchronized (table) {
            return table.comments.values().stream()
                    .filter(c -> c.practiceId().equals(practiceId) && c.status().awaitsTriage()
                            && c.updatedAt().isBefore(cutoff))
                    .sorted(Comparator.comparing(ReceivedComment::updatedAt).thenComparing(ReceivedComment::draftId))
                    .limit(limit)
                    .toList();
        }
    }

    /** The stored comment must be at the revision {@code next} was derived from; call holding the table's monitor. */
    static void requireRevision(InMemoryTable table, ReceivedComment next) {
        ReceivedComment stored = table.comments.get(next.draftId());
        if (stored == null || stored.revision() != next.expectedRevision()) {
            throw new VersionConflictException(next.draftId(), next.expectedRevision());
        }
    }
}
