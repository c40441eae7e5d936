package com.safereply.app.notify;

import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftState;
import com.safereply.app.draft.DraftStore;
import com.safereply.app.draft.Urgency;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.app.practice.PracticeDirectory;
import com.safereply.app.practice.SlaPolicy;
import com.safereply.app.publish.Refusal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Tells approvers once about each draft that enters the approval queue, and once about each approved reply the
 * platform refused (fed by the table's stream).
 *
 * <p>Which changes notify:
 * <ul>
 *   <li>a draft that <b>enters</b> {@code PENDING_APPROVAL}: an INSERT, or a change from another state (none exists
 *       today, all other states are final) - key {@code pending#v<version>};</li>
 *   <li>a pending draft <b>re-triaged from normal to urgent</b> (the commenter edited the comment into an emergency):
 *       the on-call subscription filters on {@code urgency = urgent} and would otherwise never hear of it - key
 *       {@code urgent#v<version>};</li>
 *   <li>a draft that <b>enters</b> {@code PUBLISH_FAILED}: the platform refused the approved reply, and retrying is an
 *       approver's decision, so without this message the reply would silently never appear - key
 *       {@code publish-failed#v<version>} (a retry and a second failure is a new version, so a new message);</li>
 *   <li>nothing else: approver edits, other re-triages and decisions leave the queue as it was, and overdue drafts
 *       are the {@link SlaEscalator}'s job.</li>
 * </ul>
 *
 * <p>Never lose, never spam: the receipt is recorded first with a conditional write ({@link DraftStore#markNotified}),
 * so a re-delivered stream record finds it and sends nothing; if the publish fails the receipt is cleared and the
 * failure rethrown, so the stream retries the record and the retry sends it.
 */
public final class NewDraftNotifier {

    private final DraftStore drafts;
    private final PracticeDirectory practices;
    private final Notifier notifier;
    private final ReviewLinks links;
    private final Clock clock;

    public NewDraftNotifier(DraftStore drafts, PracticeDirectory practices, Notifier notifier, ReviewLinks links,
                            Clock clock) {
        this.drafts = Objects.requireNonNull(drafts);
        this.practices = Objects.requireNonNull(practices);
        this.notifier = Objects.requireNonNull(notifier);
        this.links = Objects.requireNonNull(links);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A change that is not a publish failure, or one whose stored reason is not at hand. */
    public NotifyOutcome onDraftChanged(DraftRecord before, DraftRecord after) {
        return onDraftChanged(before, after, null);
    }

    /**
     * @param before         the draft before the change, or null when it was created (stream INSERT)
     * @param after          the draft after the change
     * @param publishFailure the reason publishing stored with a {@code PUBLISH_FAILED} draft, or null
     * @throws PublishFailedException when the publish failed (the receipt was cleared: retry the event)
     */
    public NotifyOutcome onDraftChanged(DraftRecord before, DraftRecord after, String publishFailure) {
        Objects.requireNonNull(after, "after");
        Optional<String> key = notificationKey(before, after);
        if (key.isEmpty()) {
            return NotifyOutcome.NOT_NEEDED;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (!drafts.markNotified(after.draftId(), key.get(), now)) {
            return NotifyOutcome.ALREADY_SENT;
        }
        try {
            Optional<PracticeAccount> practice = practices.findById(after.practiceId());
            SlaPolicy sla = practice.map(PracticeAccount::sla).orElse(SlaPolicy.DEFAULT);
            String practiceName = practice.map(PracticeAccount::name).orElse(null);
            URI link = links.draft(after.draftId());
            Duration slaPeriod = sla.forUrgency(after.urgency());
            notifier.publish(after.state() == DraftState.PUBLISH_FAILED
                    ? Notification.publishFailed(after, practiceName, slaPeriod, link, refusalOf(publishFailure), now)
                    : Notification.about(after, practiceName, NotificationKind.NEW, 0, slaPeriod, link, now));
            return NotifyOutcome.SENT;
        } catch (RuntimeException failure) {
            forget(after.draftId(), key.get(), failure);
            throw failure;
        }
    }

    /** The receipt key if this change should notify approvers, else empty. Public so callers can log the decision. */
    public static Optional<String> notificationKey(DraftRecord before, DraftRecord after) {
        if (after.state() == DraftState.PUBLISH_FAILED) {
            return before != null && before.state() == DraftState.PUBLISH_FAILED
                    ? Optional.empty()
                    : Optional.of("publish-failed#v" + after.version());
        }
        if (!after.state().isPending()) {
            return Optional.empty();
        }
        if (before == null || !before.state().isPending()) {
            return Optional.of("pending#v" + after.version());
        }
        if (before.urgency() == Urgency.NORMAL && after.urgency() == Urgency.URGENT) {
            return Optional.of("urgent#v" + after.version());
        }
        return Optional.empty();
    }

    /**
     * Publishing stores only {@link Refusal} reasons; anything else (an older wording) still tells the approvers that
     * the platform refused, without repeating a string this class cannot vouch for.
     */
    private static Refusal refusalOf(String publishFailure) {
        return Refusal.fromApproverReason(publishFailure).orElse(Refusal.REJECTED);
    }

    /**
     * Clears the receipt so the retry sends the message. If even that fails the receipt stays and the retry skips the
     * draft; the escalation job still reminds approvers once the SLA passes, so the draft is late, never lost.
     */
    private void forget(String draftId, String key, RuntimeException failure) {
        try {
            drafts.clearNotified(draftId, key);
        } catch (RuntimeException clearFailed) {
            failure.addSuppressed(clearFailed);
        }
    }
}
