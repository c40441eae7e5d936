package com.safereply.app.notify;

import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftStore;
import com.safereply.app.draft.Page;
import com.safereply.app.draft.PageRequest;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.app.practice.PracticeDirectory;
import com.safereply.app.practice.SlaPolicy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Reminds approvers of drafts pending past their practice's SLA (run every few minutes by a schedule).
 *
 * <p>For each practice it reads only the practice's own queue partition, and only drafts created before
 * {@code now - shorter SLA}; a draft is overdue when its age reaches the SLA of its urgency (per-practice, default
 * 120 min normal / 15 min urgent). It publishes one escalation per SLA period: period {@code n = floor(age / sla)},
 * receipt key {@code escalation#<n>}, so a job that runs every 5 minutes sends at 2 h, 4 h, 6 h... and a job that was
 * down for a while sends the current period once, not a backlog.
 *
 * <p>The queue index is eventually consistent, so each overdue draft is re-read (consistent read) before sending:
 * a draft decided or retracted meanwhile is skipped.
 */
public final class SlaEscalator {

    static final int PAGE_SIZE = 100;

    private final DraftStore drafts;
    private final PracticeDirectory practices;
    private final Notifier notifier;
    private final ReviewLinks links;
    private final Clock clock;

    public SlaEscalator(DraftStore drafts, PracticeDirectory practices, Notifier notifier, ReviewLinks links,
                        Clock clock) {
        this.drafts = Objects.requireNonNull(drafts);
        this.practices = Objects.requireNonNull(practices);
        this.notifier = Objects.requireNonNull(notifier);
        this.links = Objects.requireNonNull(links);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * One pass over every practice's queue. Publish failures are counted and the run goes on (their receipts are
     * cleared, so the next run retries them); storage failures end the run with {@code StoreUnavailableException}.
     */
    public EscalationReport run() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Tally tally = new Tally();
        for (String practiceId : practices.practiceIds()) {
            Optional<PracticeAccount> practice = practices.findById(practiceId);
            if (practice.isEmpty()) {
                continue;
            }
            tally.practices++;
            escalate(practice.get(), now, tally);
        }
        return new EscalationReport(tally.practices, tally.pastSla, tally.sent, tally.alreadySent, tally.decided,
                tally.failures);
    }

    private void escalate(PracticeAccount practice, Instant now, Tally tally) {
        SlaPolicy sla = practice.sla();
        Duration shortest = sla.normal().compareTo(sla.urgent()) <= 0 ? sla.normal() : sla.urgent();
        Instant cutoff = now.minus(shortest).plusMillis(1);   // age >= SLA is overdue: include createdAt == now - SLA
        String cursor = null;
        do {
            Page<DraftRecord> page = drafts.pendingCreatedBefore(practice.practiceId(), cutoff,
                    new PageRequest(PAGE_SIZE, cursor));
            for (DraftRecord listed : page.items()) {
                escalateIfOverdue(practice, listed, now, tally);
            }
            cursor = page.nextCursor().orElse(null);
        } while (cursor != null);
    }

    private void escalateIfOverdue(PracticeAccount practice, DraftRecord listed, Instant now, Tally tally) {
        if (period(listed, practice.sla(), now) < 1) {
            return;
        }
        Optional<DraftRecord> current = drafts.findById(listed.draftId());
        if (current.isEmpty() || !current.get().state().isPending()) {
            tally.decided++;
            return;
        }
        DraftRecord draft = current.get();
        long period = period(draft, practice.sla(), now);    // the fresh copy may have been re-triaged
        if (period < 1) {
            return;
        }
        tally.pastSla++;
        String key = "escalation#" + period;
        if (!drafts.markNotified(draft.draftId(), key, now)) {
            tally.alreadySent++;
            return;
        }
        Duration slaForDraft = practice.sla().forUrgency(draft.urgency());
        try {
            notifier.publish(Notification.about(draft, practice.name(), NotificationKind.ESCALATION, period,
                    slaForDraft, links.draft(draft.draftId()), now));
            tally.sent++;
        } catch (PublishFailedException failure) {
            drafts.clearNotified(draft.draftId(), key);
            tally.failures++;
        }
    }

    /** floor(age / sla): 0 before the SLA, 1 from one SLA to two, and so on. */
    static long period(DraftRecord draft, SlaPolicy sla, Instant now) {
        Duration age = Duration.between(draft.createdAt(), now);
        Duration limit = sla.forUrgency(draft.urgency());
        return age.isNegative() ? 0 : age.toMillis() / limit.toMillis();
    }

    private static final class Tally {
        int practices;
        int pastSla;
        int sent;
        int alreadySent;
        int decided;
        int failures;
    }
}
