package com.safereply.app.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.safereply.app.CommentVerb;
import com.safereply.app.DraftIds;
import com.safereply.app.InboundComment;
import com.safereply.app.Platform;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.memory.InMemoryModerationWatch;
import com.safereply.app.notify.Notification;
import com.safereply.app.notify.NotificationKind;
import com.safereply.app.notify.PublishFailedException;
import com.safereply.app.notify.ReviewLinks;
import com.safereply.app.publish.PlatformToken;
import com.safereply.app.publish.ReplyTarget;
import com.safereply.app.publish.moderation.ModerationCheck;
import com.safereply.app.publish.moderation.ModerationReading;
import com.safereply.app.publish.moderation.ModerationReport;
import com.safereply.app.publish.moderation.ReplyModeration;
import com.safereply.app.publish.moderation.WatchedReply;
import com.safereply.core.model.StarRating;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The later moderation read-back over the in-memory ports: a reply Google rejects after publishing is recorded once
 * and told once; approved and gone replies stop being read; pending ones are read again until the window ends; each
 * run reads a bounded number, the longest overdue first.
 */
class ModerationCheckUseCaseTest {

    private final Fixture f = new Fixture();
    private final InMemoryModerationWatch watch = new InMemoryModerationWatch();
    private final Map<String, ModerationReading> google = new HashMap<>();
    private final List<String> reads = new ArrayList<>();
    private final List<Notification> sent = new ArrayList<>();
    private boolean snsDown;
    private Optional<PlatformToken> token = Optional.of(new PlatformToken("refresh-token"));
    private int tokenReads;

    private ModerationCheck check(int perPractice) {
        return new ModerationCheck(watch, (target, t) -> {
            reads.add(target.commentId());
            return google.getOrDefault(target.commentId(), new ModerationReading.Reported(ReplyModeration.PENDING));
        }, (practiceId, platform) -> {
            tokenReads++;
            return token;
        }, f.stores.practices(), f.stores.drafts(), n -> {
            if (snsDown) {
                throw new PublishFailedException("sns down", true, null);
            }
            sent.add(n);
        }, new ReviewLinks("https://review.example"), f.clock, perPractice);
    }

    @Test
    void aRejectionIsRecordedAndToldOnceAndRerunsChangeNothing() {
        WatchedReply reply = published("r1");
        google.put(reply.target().commentId(), new ModerationReading.Reported(ReplyModeration.REJECTED));

        ModerationReport first = check(10).run();
        assertEquals(1, first.rejected());
        assertEquals(Optional.of(f.clock.instant()), watch.rejectedAt(reply.draftId()));
        assertEquals(1, sent.size());
        Notification told = sent.get(0);
        assertEquals(NotificationKind.REPLY_REJECTED, told.kind());
        assertEquals(reply.draftId(), told.draftId());
        assertEquals(Platform.GOOGLE, told.platform());
        assertFalse(watch.watching(reply.draftId()), "settled: no longer read back");

        f.clock.advance(Duration.ofHours(1));
        watch.watch(reply);   // even if it were still watched (a rerun of the same pass), nothing new happens
        ModerationReport rerun = check(10).run();
        assertEquals(0, rerun.rejected());
        assertEquals(1, sent.size(), "told once");
    }

    @Test
    void aNotificationThatFailedIsSentByTheNextRun() {
        WatchedReply reply = published("r2");
        google.put(reply.target().commentId(), new ModerationReading.Reported(ReplyModeration.REJECTED));
        snsDown = true;
        ModerationReport failed = check(10).run();
        assertEquals(1, failed.rejected());
        assertEquals(1, failed.failures());
        assertTrue(watch.watching(reply.draftId()), "kept, so the next run tells the approvers");

        snsDown = false;
        f.clock.advance(ModerationCheck.RECHECK);
        ModerationReport next = check(10).run();
        assertEquals(0, next.rejected(), "already recorded");
        assertEquals(1, sent.size());
        assertFalse(watch.watching(reply.draftId()));
    }

    @Test
    void approvedAndGoneRepliesStopBeingReadAndNobodyIsTold() {
        WatchedReply approved = published("r3");
        WatchedReply gone = published("r4");
        google.put(approved.target().commentId(), new ModerationReading.Reported(ReplyModeration.APPROVED));
        google.put(gone.target().commentId(), new ModerationReading.NoReply());

        assertEquals(2, check(10).run().settled());
        assertFalse(watch.watching(approved.draftId()));
        assertFalse(watch.watching(gone.draftId()));
        assertTrue(sent.isEmpty());
        assertTrue(watch.rejectedAt(approved.draftId()).isEmpty());
    }

    @Test
    void aPendingReplyIsReadAgainLaterUntilTheWindowEnds() {
        WatchedReply pending = published("r5");
        check(10).run();
        assertEquals(1, reads.size());

        f.clock.advance(Duration.ofMinutes(10));
        check(10).run();
        assertEquals(1, reads.size(), "not due again before the recheck interval");

        f.clock.advance(ModerationCheck.RECHECK);
        check(10).run();
        assertEquals(2, reads.size());
        assertTrue(watch.watching(pending.draftId()));

        f.clock.advance(ModerationCheck.WINDOW);
        check(10).run();
        assertFalse(watch.watching(pending.draftId()), "watched for seven days after publishing, then no more");
    }

    @Test
    void unreadableOrUnconnectedRepliesAreReadAgainNotConcluded() {
        WatchedReply reply = published("r6");
        token = Optional.empty();
        ModerationReport report = check(10).run();
        assertEquals(1, report.unreadable());
        assertTrue(reads.isEmpty(), "no call without the practice's token");
        assertTrue(watch.watching(reply.draftId()));

        token = Optional.of(new PlatformToken("refresh-token"));
        google.put(reply.target().commentId(), new ModerationReading.Unreadable("no answer"));
        f.clock.advance(ModerationCheck.RECHECK);
        assertEquals(1, check(10).run().unreadable());
        assertTrue(watch.watching(reply.draftId()));
        assertTrue(sent.isEmpty());
    }

    @Test
    void eachRunReadsABoundedNumberTheLongestOverdueFirst() {
        WatchedReply oldest = published("r7");
        f.clock.advance(Duration.ofMinutes(1));
        WatchedReply middle = published("r8");
        f.clock.advance(Duration.ofMinutes(1));
        WatchedReply newest = published("r9");

        ModerationReport first = check(2).run();
        assertEquals(2, first.checked());
        assertEquals(List.of(oldest.target().commentId(), middle.target().commentId()), reads);

        ModerationReport second = check(2).run();
        assertEquals(1, second.checked(), "the rest is read by the next run");
        assertEquals(newest.target().commentId(), reads.get(2));
    }

    @Test
    void aPracticeWithNothingDueCostsNoTokenRead() {
        ModerationReport report = check(10).run();
        assertEquals(1, report.practices());
        assertEquals(0, tokenReads, "no Secrets Manager call when nothing is due");
        assertTrue(reads.isEmpty());
    }

    /** A Google review triaged, approved and published: what the publish ledger puts on the watch. */
    private WatchedReply published(String reviewId) {
        String name = "accounts/1029384756/locations/" + Fixture.LOCATION + "/reviews/" + reviewId;
        f.ingest.ingest(new InboundComment(Platform.GOOGLE, Fixture.LOCATION, name, CommentVerb.ADD,
                "google|" + reviewId, "Thanks for the quick visit", null, "A Reviewer", null, null, null,
                f.clock.instant(), true, new StarRating(5)));
        String draftId = DraftIds.of(Fixture.PRACTICE, Platform.GOOGLE, name);
        f.triage.triage(draftId);
        DraftRecord draft = f.stores.drafts().findById(draftId).orElseThrow();
        WatchedReply reply = new WatchedReply(draft.draftId(), Fixture.PRACTICE,
                new ReplyTarget(Platform.GOOGLE, Fixture.LOCATION, name), f.clock.instant(), f.clock.instant());
        watch.watch(reply);
        return reply;
    }
}
