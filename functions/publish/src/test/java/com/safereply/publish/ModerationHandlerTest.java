package com.safereply.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.safereply.app.CommentVerb;
import com.safereply.app.DraftIds;
import com.safereply.app.InboundComment;
import com.safereply.app.IngestService;
import com.safereply.app.Platform;
import com.safereply.app.TriageObserver;
import com.safereply.app.TriageService;
import com.safereply.app.Triager;
import com.safereply.app.memory.InMemoryModerationWatch;
import com.safereply.app.memory.InMemoryStores;
import com.safereply.app.notify.Notification;
import com.safereply.app.notify.NotificationKind;
import com.safereply.app.notify.PublishFailedException;
import com.safereply.app.notify.ReviewLinks;
import com.safereply.app.practice.ChannelRef;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.app.practice.SlaPolicy;
import com.safereply.app.publish.PlatformToken;
import com.safereply.app.publish.ReplyTarget;
import com.safereply.app.publish.moderation.ModerationCheck;
import com.safereply.app.publish.moderation.ModerationReading;
import com.safereply.app.publish.moderation.ModerationReport;
import com.safereply.app.publish.moderation.ReplyModeration;
import com.safereply.app.publish.moderation.WatchedReply;
import com.safereply.core.TriageEngine;
import com.safereply.core.model.Jurisdiction;
import com.safereply.core.model.Language;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.core.profile.PublishedPhone;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The moderation handler on the sample schedule event of events/: one pass; a failed notification fails the run. */
class ModerationHandlerTest {
    private static final String LOCATION = "5647382910";
    private static final String REVIEW = "accounts/1029384756/locations/" + LOCATION + "/reviews/AIe9handler";

    private final InMemoryStores stores = new InMemoryStores(Clock.systemUTC());
    private final InMemoryModerationWatch watch = new InMemoryModerationWatch();
    private final List<Notification> sent = new ArrayList<>();
    private boolean snsDown;

    @Test
    void theSampleScheduleRunsOnePassThatRecordsAndTellsARejection() {
        String draftId = publishedGoogleDraft();
        ScheduledEvent event = EventLoader.loadScheduledEvent("events/moderation-check.json");

        ModerationReport report = handler().handleRequest(event, null);

        assertEquals(1, report.checked());
        assertEquals(1, report.rejected());
        assertTrue(watch.rejectedAt(draftId).isPresent());
        assertEquals(1, sent.size());
        assertEquals(NotificationKind.REPLY_REJECTED, sent.get(0).kind());
    }

    @Test
    void aNotificationThatCouldNotBeSentFailsTheInvocationSoTheAlarmFires() {
        publishedGoogleDraft();
        snsDown = true;
        assertThrows(IllegalStateException.class,
                () -> handler().handleRequest(EventLoader.loadScheduledEvent("events/moderation-check.json"), null));
    }

    private ModerationHandler handler() {
        return new ModerationHandler(new ModerationCheck(watch,
                (target, token) -> new ModerationReading.Reported(ReplyModeration.REJECTED),
                (practice, platform) -> Optional.of(new PlatformToken("refresh")), stores.practices(), stores.drafts(),
                n -> {
                    if (snsDown) {
                        throw new PublishFailedException("sns down", true, null);
                    }
                    sent.add(n);
                }, new ReviewLinks("https://review.example"), Clock.systemUTC(), 10));
    }

    private String publishedGoogleDraft() {
        PracticeProfile profile = new PracticeProfile("p1", "Sunrise Dental", Jurisdiction.US, List.of(Language.EN),
                List.of(new PublishedPhone("555-0100", "main")), List.of(), null, null);
        stores.practices().save(new PracticeAccount(profile, List.of(new ChannelRef(Platform.GOOGLE, LOCATION)),
                SlaPolicy.DEFAULT, false));
        new IngestService(stores.practices(), stores.comments(), stores.drafts(), Clock.systemUTC(),
                Duration.ofDays(7)).ingest(new InboundComment(Platform.GOOGLE, LOCATION, REVIEW, CommentVerb.ADD,
                "google|1", "Lovely visit", null, "A Reviewer", null, null, null, Instant.now()));
        String draftId = DraftIds.of("p1", Platform.GOOGLE, REVIEW);
        new TriageService(stores.comments(), stores.drafts(), stores.practices(), Triager.of(new TriageEngine()),
                Clock.systemUTC(), TriageObserver.NONE).triage(draftId);
        Instant now = Instant.now().minusSeconds(1);
        watch.watch(new WatchedReply(draftId, "p1", new ReplyTarget(Platform.GOOGLE, LOCATION, REVIEW), now, now));
        return draftId;
    }
}
