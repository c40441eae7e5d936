package com.safereply.app.usecase;

import com.safereply.app.CommentVerb;
import com.safereply.app.DraftIds;
import com.safereply.app.InboundComment;
import com.safereply.app.IngestService;
import com.safereply.app.Platform;
import com.safereply.app.TriageObserver;
import com.safereply.app.TriageService;
import com.safereply.app.Triager;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.memory.InMemoryStores;
import com.safereply.app.notify.Notification;
import com.safereply.app.notify.Notifier;
import com.safereply.app.practice.ChannelRef;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.app.practice.SlaPolicy;
import com.safereply.core.TriageEngine;
import com.safereply.core.model.Jurisdiction;
import com.safereply.core.model.Language;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.core.profile.PublishedPhone;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The use cases over the in-memory ports, with the real triage engine (pure Java): one practice with a Facebook page,
 * a clock the test moves, and a notifier that records what it was asked to send.
 */
final class Fixture {

    static final String PRACTICE = "sunrise-dental";
    static final String PAGE = "104412345678901";
    static final String LOCATION = "5647382910";

    final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T09:00:00Z"));
    final InMemoryStores stores = new InMemoryStores(clock);
    final AtomicInteger triages = new AtomicInteger();
    final Triager engine = countingEngine();
    final IngestService ingest = new IngestService(stores.practices(), stores.comments(), stores.drafts(), clock,
            Duration.ofDays(7));
    final TriageService triage = new TriageService(stores.comments(), stores.drafts(), stores.practices(), engine,
            clock, TriageObserver.NONE);
    final List<Notification> sent = new ArrayList<>();
    final Notifier notifier = sent::add;

    Fixture() {
        stores.practices().save(practice());
    }

    static PracticeAccount practice() {
        PracticeProfile profile = new PracticeProfile(PRACTICE, "Sunrise Dental", Jurisdiction.US, List.of(Language.EN),
                List.of(new PublishedPhone("555-0100", "main")), List.of(), null, null);
        return new PracticeAccount(profile, List.of(new ChannelRef(Platform.FACEBOOK, PAGE),
                new ChannelRef(Platform.GOOGLE, LOCATION)), SlaPolicy.DEFAULT, false);
    }

    static String draftId(String commentId) {
        return DraftIds.of(PRACTICE, Platform.FACEBOOK, commentId);
    }

    static InboundComment add(String commentId, String text) {
        return new InboundComment(Platform.FACEBOOK, PAGE, commentId, CommentVerb.ADD, commentId + "|add", text,
                "u1", "Sample Commenter", null, null, null, Instant.parse("2026-01-01T08:59:00Z"));
    }

    /** A Google review of the practice's location. */
    static InboundComment review(String reviewId, String text) {
        return new InboundComment(Platform.GOOGLE, LOCATION, reviewId, CommentVerb.ADD, reviewId + "|add", text,
                "u1", "Sample Reviewer", null, null, null, Instant.parse("2026-01-01T08:59:00Z"));
    }

    static InboundComment edit(String commentId, String text, String editId) {
        return new InboundComment(Platform.FACEBOOK, PAGE, commentId, CommentVerb.EDIT, commentId + "|edit|" + editId,
                text, "u1", null, null, null, null, null);
    }

    static InboundComment remove(String commentId) {
        return new InboundComment(Platform.FACEBOOK, PAGE, commentId, CommentVerb.REMOVE, commentId + "|remove", null,
                "u1", null, null, null, null, null);
    }

    /** The webhook's delivery, then the triage function on its stream record. */
    DraftRecord deliverAndTriage(InboundComment comment) {
        String draftId = DraftIds.of(PRACTICE, comment.platform(), comment.commentId());
        ingest.ingest(comment);
        triage.triage(draftId);
        return stores.drafts().findById(draftId).orElseThrow();
    }

    private Triager countingEngine() {
        Triager real = Triager.of(new TriageEngine());
        return (comment, profile) -> {
            triages.incrementAndGet();
            return real.triage(comment, profile);
        };
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
