package com.safereply.app.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.safereply.app.DraftIds;
import com.safereply.app.Platform;
import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.Delivery;
import com.safereply.app.draft.DraftContent;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftRevision;
import com.safereply.app.draft.StoredComment;
import com.safereply.app.draft.TriageSummary;
import com.safereply.app.draft.Urgency;
import com.safereply.app.memory.InMemoryAuditLog;
import com.safereply.app.memory.InMemoryDigestStore;
import com.safereply.app.memory.InMemoryStores;
import com.safereply.app.practice.DigestSchedule;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.core.model.Category;
import com.safereply.core.model.Language;
import com.safereply.core.model.ReplyAction;
import com.safereply.core.model.Jurisdiction;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.core.profile.PublishedPhone;
import com.safereply.core.themes.ThemeModelFile;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The weekly run with a movable clock, for a practice in Los Angeles whose digest is due Mondays at 07:00. */
class DigestServiceTest {
    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    /** Week 2026-W48 in LA: Mon 23 Nov 08:00Z to Mon 30 Nov 08:00Z. */
    private static final Instant WEEK_START = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant WEEK_END = Instant.parse("2026-11-30T08:00:00Z");
    private static final String COMPLAINT = "We waited two hours past our appointment, Jane Roe here";

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock(WEEK_END.minusSeconds(3600));
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final InMemoryDigestStore digests = new InMemoryDigestStore();
    private final List<String> sent = new ArrayList<>();
    private RuntimeException failNext;
    private final DigestSender sender = (practice, digest, link) -> {
        if (failNext != null) {
            RuntimeException e = failNext;
            failNext = null;
            throw e;
        }
        sent.add(DigestMessage.subject(practice.name(), digest) + "\n" + DigestMessage.body(practice.name(), digest,
                link));
    };
    private final DigestService service = new DigestService(log, stores.drafts(), digests, sender,
            ThemeModelFile.shipped().model()::themeOf, clock, "https://review.example");
    private final PracticeAccount practice = new PracticeAccount(new PracticeProfile("sunrise", "Sunrise Dental",
            Jurisdiction.US, List.of(Language.EN), List.of(new PublishedPhone("555-0100", "main")), List.of(), null,
            null), List.of(), null, false, new DigestSchedule(LA, DayOfWeek.MONDAY, 7, true));
    private int seq;

    /** A complaint that arrived at {@code at}, approved after {@code approvalMinutes} (or never, when negative). */
    private void complaint(Instant at, long approvalMinutes) {
        String commentId = "c" + (++seq);
        StoredComment comment = new StoredComment(Platform.FACEBOOK, "page", commentId, COMPLAINT, "a", "Jane Roe",
                "jroe", "post", "https://facebook.example/" + commentId, at);
        DraftRecord draft = DraftRecord.newPending(DraftIds.of("sunrise", Platform.FACEBOOK, commentId), "sunrise",
                comment, new TriageSummary(Category.COMPLAINT, 0.9, List.of(), Set.of(), Language.EN), Urgency.NORMAL,
                new DraftContent("Thank you, please call 555-0100.", ReplyAction.REPLY, "t", true, List.of(), 1.0), at);
        stores.drafts().create(draft, new Delivery("sunrise", commentId, at.plus(Duration.ofDays(7))),
                AuditEntry.of(draft, DraftRevision.SYSTEM, AuditAction.CREATED, at, null));
        log.record(new AuditEntry("r" + seq, draft.draftId(), "sunrise", at, "platform", AuditAction.RECEIVED, 0,
                AuditEntry.sha256(COMPLAINT), null));
        log.record(AuditEntry.of(draft, DraftRevision.SYSTEM, AuditAction.CREATED, at.plusSeconds(2), null));
        if (approvalMinutes >= 0) {
            log.record(AuditEntry.of(draft, "approver-1", AuditAction.APPROVED, at.plus(Duration.ofMinutes(
                    approvalMinutes)), "verdict safe"));
        }
    }

    @Test
    void dueMondaySevenLocalOnceAndCountsByTheLocalWeek() {
        complaint(WEEK_START.minusSeconds(60), 10);          // Sunday 23:59 LA: the week before
        for (int i = 0; i < 4; i++) {
            complaint(WEEK_START.plusSeconds(600L * i), 30 + i); // Monday 00:00.. LA
        }
        complaint(WEEK_END.minusSeconds(30), -1);             // Sunday 23:59:30 LA, never approved
        complaint(WEEK_END.plusSeconds(30), 5);               // already next week

        clock.now = Instant.parse("2026-11-30T14:59:00Z");    // Monday 06:59 LA
        assertEquals(DigestService.Outcome.NOT_DUE, service.run(practice));
        clock.now = Instant.parse("2026-11-30T15:00:00Z");    // Monday 07:00 LA
        assertEquals(DigestService.Outcome.SENT, service.run(practice));
        assertEquals(DigestService.Outcome.ALREADY_SENT, service.run(practice));

        WeeklyDigest digest = digests.find("sunrise", "2026-W48").orElseThrow();
        assertEquals(new WeeklyDigest.Shown("5", "n/a"), digest.drafts(), "4 on Monday + 1 on Sunday night; 1 before");
        assertEquals(new WeeklyDigest.Shown("5", "n/a"), digest.themes().get("wait_delay"));
        assertEquals("31", digest.medianMinutesToApproval());
        assertEquals(new WeeklyDigest.Shown("<3", "n/a"), digest.pastSla(), "only the unapproved one");
        assertEquals("America/Los_Angeles", digest.timeZone());
        assertEquals(1, sent.size());
        String message = sent.get(0);
        assertTrue(message.contains("https://review.example/app/index.html#/digest/2026-W48"), message);
        assertFalse(message.contains("waited"), "no comment text");
        assertFalse(message.contains("Jane"), "no names");
        assertFalse(message.contains("Thank you"), "no reply text");
    }

    @Test
    void anEmptyWeekIsStillSentAllSuppressed() {
        clock.now = Instant.parse("2026-11-30T16:00:00Z");

        assertEquals(DigestService.Outcome.SENT, service.run(practice));

        WeeklyDigest digest = digests.find("sunrise", "2026-W48").orElseThrow();
        assertEquals("<3", digest.drafts().count());
        assertTrue(digest.categories().values().stream().allMatch(s -> s.count().equals("<3")));
    }

    @Test
    void aFailedSendIsRetriedByTheNextRunAndADisabledPracticeGetsNothing() {
        clock.now = Instant.parse("2026-11-30T16:00:00Z");
        failNext = new IllegalStateException("SNS down");
        assertThrows(IllegalStateException.class, () -> service.run(practice));
        assertTrue(digests.find("sunrise", "2026-W48").isEmpty());
        assertEquals(DigestService.Outcome.SENT, service.run(practice));

        PracticeAccount off = new PracticeAccount(practice.profile(), List.of(), null, false,
                new DigestSchedule(LA, DayOfWeek.MONDAY, 7, false));
        assertEquals(DigestService.Outcome.DISABLED, service.run(off));
    }

    @Test
    void aLaterConfiguredDayWaitsForIt() {
        PracticeAccount wednesday = new PracticeAccount(practice.profile(), List.of(), null, false,
                new DigestSchedule(LA, DayOfWeek.WEDNESDAY, 9, true));
        clock.now = Instant.parse("2026-12-01T20:00:00Z"); // Tuesday noon LA
        assertEquals(DigestService.Outcome.NOT_DUE, service.run(wednesday));
        clock.now = Instant.parse("2026-12-02T17:00:00Z"); // Wednesday 09:00 LA
        assertEquals(DigestService.Outcome.SENT, service.run(wednesday));
        assertTrue(digests.find("sunrise", "2026-W48").isPresent());
    }
}
