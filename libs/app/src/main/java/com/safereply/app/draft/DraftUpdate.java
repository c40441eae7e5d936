package com.safereply.app.draft;

import java.util.Objects;
import java.util.Optional;

/**
 * A change to one draft, written atomically: the next record (only if the stored version is still
 * {@code next.version() - 1}), optionally with the audit item that records it and the delivery that caused it.
 */
public record DraftUpdate(DraftRecord next, Optional<AuditEntry> audit, Optional<Delivery> delivery) {

    public DraftUpdate {
        Objects.requireNonNull(next, "next");
        audit = audit == null ? Optional.empty() : audit;
        delivery = delivery == null ? Optional.empty() : delivery;
        audit.ifPresent(a -> {
            if (!a.draftId().equals(next.draftId())) {
                throw new IllegalArgumentException("audit entry is for another draft");
            }
        });
    }

    public static DraftUpdate of(DraftRecord next) {
        return new DraftUpdate(next, Optional.empty(), Optional.empty());
    }

    public DraftUpdate withAudit(AuditEntry entry) {
        return new DraftUpdate(next, Optional.of(entry), delivery);
    }

    public DraftUpdate withDelivery(Delivery d) {
        return new DraftUpdate(next, audit, Optional.of(d));
    }

    /** The version the store must still hold for the update to apply. */
    public long expectedVersion() {
        return next.version() - 1;
    }
}
