package com.safereply.app.draft;

import com.safereply.app.Platform;
import com.safereply.app.StoreUnavailableException;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where drafts, their audit trail and their notification receipts live. Every method throws
 * {@link StoreUnavailableException} when storage cannot be reached or throttles, so callers can answer "retry later".
 */
public interface DraftStore {

    /**
     * Stores a new pending draft together with its delivery record, its comment index entry and its audit item, all
     * or nothing: there is never a draft without its delivery record or the reverse.
     *
     * @return {@link CreateOutcome#DUPLICATE} when the delivery was already recorded or the draft already exists
     */
    CreateOutcome create(DraftRecord draft, Delivery delivery, AuditEntry created);

    Optional<DraftRecord> findById(String draftId);

    Optional<DraftRecord> findByComment(String practiceId, Platform platform, String commentId);

    /** The practice's drafts awaiting approval, oldest first. */
    Page<DraftRecord> pending(String practiceId, PageRequest page);

    /** The practice's drafts in {@code state}, oldest first (pending: the approval queue, as {@link #pending}). */
    Page<DraftRecord> inState(String practiceId, DraftState state, PageRequest page);

    /** The practice's drafts awaiting approval created before {@code cutoff}, oldest first (for SLA escalation). */
    Page<DraftRecord> pendingCreatedBefore(String practiceId, Instant cutoff, PageRequest page);

    /**
     * Writes {@code update.next()} if the stored draft is still at {@code update.expectedVersion()}, with its audit
     * item and delivery record in the same atomic write.
     *
     * @return the stored record
     * @throws VersionConflictException   when the draft changed or does not exist; nothing was written
     * @throws DuplicateDeliveryException when the update's delivery was already applied; nothing was written
     */
    DraftRecord update(DraftUpdate update);

    /**
     * Appends an audit item. Items are never updated or deleted; appending an entry id twice keeps the first.
     *
     * @return true if written now, false if this entry id was already there
     */
    boolean appendAudit(AuditEntry entry);

    /** The draft's audit trail, oldest first. */
    List<AuditEntry> auditTrail(String draftId);

    /**
     * Records that the notification {@code notificationKey} (e.g. "pending#v1" or "escalation#3") was sent for the draft.
     *
     * Record first, then publish; if the publish fails, {@link #clearNotified} and let the event be retried.
     *
     * @return true if this call recorded it (send it), false if it was recorded before (already sent: skip)
     */
    boolean markNotified(String draftId, String notificationKey, Instant at);

    /**
     * Forgets a notification receipt after its publish failed, so the retry sends it. Only for that purpose: a receipt
     * whose message went out must stay.
     */
    void clearNotified(String draftId, String notificationKey);
}
