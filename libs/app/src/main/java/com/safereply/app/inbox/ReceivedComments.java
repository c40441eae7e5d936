package com.safereply.app.inbox;

import com.safereply.app.StoreUnavailableException;
import com.safereply.app.draft.Delivery;
import com.safereply.app.draft.DuplicateDeliveryException;
import com.safereply.app.draft.VersionConflictException;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the webhook leaves comments for the triage stage. Every method throws {@link StoreUnavailableException} when
 * storage cannot be reached or throttles.
 */
public interface ReceivedComments {

    /**
     * Stores a new comment (revision 1, {@link CommentStatus#RECEIVED}) with its delivery record, all or nothing.
     *
     * @return false when the delivery was recorded before or the comment already exists: nothing was written
     */
    boolean receive(ReceivedComment comment, Delivery delivery);

    /** Consistent read: the triage stage must see the latest edit or removal. */
    Optional<ReceivedComment> find(String draftId);

    /**
     * Writes {@code next} if the stored comment is still at {@code next.expectedRevision()}, with the delivery record
     * (when given) in the same atomic write.
     *
     * @throws VersionConflictException   when the comment changed meanwhile or does not exist; nothing was written
     * @throws DuplicateDeliveryException when the delivery was applied before; nothing was written
     */
    void change(ReceivedComment next, Optional<Delivery> delivery);

    /**
     * The practice's comments still waiting for triage whose last change is older than {@code cutoff}, oldest first,
     * at most {@code limit} (the stuck-comment check).
     */
    List<ReceivedComment> awaitingTriageSince(String practiceId, Instant cutoff, int limit);
}
