package com.safereply.app.draft;

import com.safereply.app.inbox.ReceivedComment;

import java.util.Objects;
import java.util.Optional;

/**
 * A change to one draft, written atomically: the next record (only if the stored version is still
 * {@code next.version() - 1}), optionally with the audit item that records it, the delivery that caused it, and the
 * received comment the triage stage drafted it from (written only if the comment is still at the revision triaged).
 */
public record DraftUpdate(DraftRecord next, Optional<AuditEntry> audit, Optional<Delivery> delivery,
                          Optional<ReceivedComment> triagedComment) {

    public DraftUpdate {
        Objects.requireNonNull(next, "next");
        audit = audit == null ? Optional.empty() : audit;
        delivery = delivery == null ? Optional.empty() : delivery;
        triagedComment = triagedComment == null ? Optional.empty() : triagedComment;
        triagedComment.ifPresent(c -> {
            if (!c.draftId().equals(next.draftId())) {
                throw new IllegalArgumentException("triaged comment is for another draft");
            }
        });
        audit.ifPresent(a -> {
            if (!a.draftId().equals(next.draftId())) {
                throw new IllegalArgumentException("audit entry is for another draft");
            }
        });
    }

    public static DraftUpdate of(DraftRecord next) {
        return new DraftUpdate(next, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public DraftUpdate withAudit(AuditEntry entry) {
        return new DraftUpdate(next, Optional.of(entry), delivery, triagedComment);
    }

    public DraftUpdate withDelivery(Delivery d) {
        return new DraftUpdate(next, audit, Optional.of(d), triagedComment);
    }

    /** Marks the received comment triaged in the same write; the update fails if the comment changed meanwhile. */
    public DraftUpdate withTriagedComment(ReceivedComment triaged) {
        return new DraftUpdate(next, audit, delivery, Optional.of(triaged));
    }

    /** The version the store must still hold for the update to apply. */
    public long expectedVersion() {
        return next.version() - 1;
    }
}
