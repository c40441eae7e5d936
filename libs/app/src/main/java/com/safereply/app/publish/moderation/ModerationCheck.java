package com.safereply.app.publish.moderation;

import com.safereply.app.Platform;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftStore;
import com.safereply.app.notify.Notification;
import com.safereply.app.notify.Notifier;
import com.safereply.app.notify.PublishFailedException;
import com.safereply.app.notify.ReviewLinks;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.app.practice.PracticeDirectory;
import com.safereply.app.practice.SlaPolicy;
import com.safereply.app.publish.PlatformToken;
import com.safereply.app.publish.PlatformTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The later read-back of published replies on platforms that moderate after posting (Google: a reply can be rejected
 * hours after the PUT succeeded, and the read-back at publish time cannot see that). Run on a schedule: for each
 * practice, the watched replies that are due (at most {@link #perPractice} per practice per run, the longest overdue
 * first, so the work per run is bounded and what is left waits for the next run), each read back once:
 * <ul>
 *   <li><b>rejected</b>: recorded on the draft with an audit item (a conditional write: a rerun changes nothing),
 *       the approvers are told once through SNS (ids and counts only, like a publish failure), then no longer
 *       watched;</li>
 *   <li><b>approved</b>, or the review or reply is gone: no longer watched;</li>
 *   <li><b>pending</b>, unreadable, or the practice's credentials are missing: read again after {@link #RECHECK}
 *       (the local run passes a shorter wait),
 *       until {@link #WINDOW} after publishing, when watching stops.</li>
 * </ul>
 */
public final class ModerationCheck {
    /** How long after publishing a reply is watched. */
    public static final Duration WINDOW = Duration.ofDays(7);
    /** The wait before a pending reply is read again: a little under the schedule's 30 minutes, so each run reads it. */
    public static final Duration RECHECK = Duration.ofMinutes(25);
    /** The notification receipt key: one message per draft, however often the pass runs. */
    static final String RECEIPT = "reply-rejected";

    private final ModerationWatch watch;
    private final ModerationReader reader;
    private final PlatformTokens tokens;
    private final PracticeDirectory practices;
    private final DraftStore drafts;
    private final Notifier notifier;
    private final ReviewLinks links;
    private final Clock clock;
    private final int perPractice;
    private final Duration recheck;

    public ModerationCheck(ModerationWatch watch, ModerationReader reader, PlatformTokens tokens,
                           PracticeDirectory practices, DraftStore drafts, Notifier notifier, ReviewLinks links,
                           Clock clock, int perPractice) {
        this(watch, reader, tokens, practices, drafts, notifier, links, clock, perPractice, RECHECK);
    }

    public ModerationCheck(ModerationWatch watch, ModerationReader reader, PlatformTokens tokens,
                           PracticeDirectory practices, DraftStore drafts, Notifier notifier, ReviewLinks links,
                           Clock clock, int perPractice, Duration recheck) {
        this.watch = Objects.requireNonNull(watch);
        this.reader = Objects.requireNonNull(reader);
        this.tokens = Objects.requireNonNull(tokens);
        this.practices = Objects.requireNonNull(practices);
        this.drafts = Objects.requireNonNull(drafts);
        this.notifier = Objects.requireNonNull(notifier);
        this.links = Objects.requireNonNull(links);
        this.clock = Objects.requireNonNull(clock);
        if (perPractice < 1) {
            throw new IllegalArgumentException("perPractice must be at least 1");
        }
        this.perPractice = perPractice;
        this.recheck = Objects.requireNonNull(recheck);
    }

    /** One pass. Storage failures end it ({@code StoreUnavailableException}); the next run picks up what is due. */
    public ModerationReport run() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Tally tally = new Tally();
        for (String practiceId : practices.practiceIds()) {
            tally.practices++;
            List<WatchedReply> due = watch.due(practiceId, now, perPractice);
            if (due.isEmpty()) {
                continue;   // no token read (a Secrets Manager call) for a practice with nothing due
            }
            Optional<PlatformToken> token = tokens.tokenFor(practiceId, Platform.GOOGLE);
            for (WatchedReply reply : due) {
                check(reply, token, now, tally);
            }
        }
        return new ModerationReport(tally.practices, tally.checked, tally.rejected, tally.settled, tally.unreadable,
                tally.failures);
    }

    private void check(WatchedReply reply, Optional<PlatformToken> token, Instant now, Tally tally) {
        ModerationReading reading = token.isEmpty()
                ? new ModerationReading.Unreadable("practice not connected")
                : reader.read(reply.target(), token.get());
        tally.checked++;
        if (reading instanceof ModerationReading.Reported reported && reported.state() == ReplyModeration.REJECTED) {
            if (watch.recordRejected(reply, now)) {
                tally.rejected++;
            }
            if (tellApprovers(reply, now)) {
                watch.stopWatching(reply);
            } else {
                tally.failures++;
                watch.checkAgainAt(reply, now.plus(recheck));
            }
            return;
        }
        if (reading instanceof ModerationReading.NoReply
                || reading instanceof ModerationReading.Reported r && r.state() == ReplyModeration.APPROVED) {
            tally.settled++;
            watch.stopWatching(reply);
            return;
        }
        if (reading instanceof ModerationReading.Unreadable) {
            tally.unreadable++;
        }
        if (!now.isBefore(reply.publishedAt().plus(WINDOW))) {
            tally.settled++;
            watch.stopWatching(reply);
        } else {
            watch.checkAgainAt(reply, now.plus(recheck));
        }
    }

    /** Once per draft (the receipt is written first); false when SNS failed and the receipt was cleared for a retry. */
    private boolean tellApprovers(WatchedReply reply, Instant now) {
        if (!drafts.markNotified(reply.draftId(), RECEIPT, now)) {
            return true;
        }
        try {
            Optional<DraftRecord> draft = drafts.findById(reply.draftId());
            if (draft.isEmpty()) {
                return true;
            }
            Optional<PracticeAccount> practice = practices.findById(reply.practiceId());
            notifier.publish(Notification.replyRejected(draft.get(), practice.map(PracticeAccount::name).orElse(null),
                    practice.map(PracticeAccount::sla).orElse(SlaPolicy.DEFAULT).forUrgency(draft.get().urgency()),
                    links.draft(reply.draftId()), now));
            return true;
        } catch (PublishFailedException failure) {
            drafts.clearNotified(reply.draftId(), RECEIPT);
            return false;
        }
    }

    private static final class Tally {
        int practices;
        int checked;
        int rejected;
        int settled;
        int unreadable;
        int failures;
    }
}
