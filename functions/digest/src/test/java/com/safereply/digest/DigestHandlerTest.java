package com.safereply.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.safereply.app.digest.DigestService;
import com.safereply.app.digest.WeeklyDigest;
import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftUpdate;
import com.safereply.app.inbox.ReceivedComment;
import com.safereply.app.practice.DigestSchedule;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.core.themes.ThemeModelFile;
import com.safereply.sns.SnsConfig;
import com.safereply.sns.SnsDigestSender;
import com.safereply.sns.testing.SnsWireMock;
import com.safereply.store.DynamoDbStores;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.MutableClock;
import com.safereply.store.testing.TestDrafts;
import com.safereply.store.testing.TestPractices;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The digest function's handler over DynamoDB Local and the real SnsClient against a WireMock SNS, with a clock the
 * test moves: what goes on the SNS wire is counts and a link, never comment text, names or reply text.
 */
class DigestHandlerTest {
    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();
    private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:safereply-test-approvers";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Monday 30 Nov 2026 07:00 in New York: the digest of week 2026-W48 is due. */
    private static final Instant DUE = Instant.parse("2026-11-30T12:00:00Z");
    private static final Instant IN_WEEK = Instant.parse("2026-11-25T15:00:00Z");

    private MutableClock clock;
    private SnsWireMock sns;
    private DynamoDbStores stores;
    private DigestHandler handler;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(DUE.minus(Duration.ofHours(1)));
        sns = SnsWireMock.start();
        sns.publishSucceeds();
        stores = new DynamoDbStores(dynamo.client(), dynamo.freshTable(), clock);
        DigestService service = new DigestService(stores.auditLog(), stores.drafts(), stores.digests(),
                SnsDigestSender.create(SnsConfig.of(TOPIC, "us-east-1", sns.endpoint().toString())),
                ThemeModelFile.shipped().model()::themeOf, clock, "https://review.example/prod");
        handler = new DigestHandler(new DigestRun(stores.practices(), service));
        PracticeAccount base = TestPractices.practice("ny");
        stores.practices().save(new PracticeAccount(base.profile(), List.of(), base.sla(), false,
                new DigestSchedule(NEW_YORK, DayOfWeek.MONDAY, 7, true)));
        for (int i = 0; i < 4; i++) {
            seedComplaint("c" + i, IN_WEEK.plusSeconds(3600L * i));
        }
    }

    @AfterEach
    void stop() {
        sns.close();
    }

    /** A comment received, triaged and approved 20 minutes later, through the real stores (audited as in production). */
    private void seedComplaint(String commentId, Instant at) {
        DraftRecord draft = TestDrafts.pending("ny", commentId, at);
        stores.comments().receive(ReceivedComment.received(draft.draftId(), "ny", draft.comment(), at),
                TestDrafts.delivery(draft, at));
        stores.drafts().create(draft, new com.safereply.app.draft.Delivery("ny", commentId + "|k", at.plusSeconds(86_400)),
                TestDrafts.created(draft));
        DraftRecord approved = draft.approved("approver-1", at.plus(Duration.ofMinutes(20)));
        stores.drafts().update(DraftUpdate.of(approved).withAudit(AuditEntry.of(approved, "approver-1",
                AuditAction.APPROVED, approved.updatedAt(), "verdict safe")));
    }

    @ParameterizedTest
    @Event(value = "events/digest-weekly.json", type = ScheduledEvent.class)
    void theSampleScheduleSendsEachPracticeItsDigestOnceWithCountsOnly(ScheduledEvent event) {
        assertEquals(new DigestReport(1, 0, 1, 0, 0, 0), handler.handleRequest(event, null), "06:00 in New York");
        assertEquals(0, sns.publishCount());

        clock.set(DUE);
        assertEquals(new DigestReport(1, 1, 0, 0, 0, 0), handler.handleRequest(event, null));
        clock.set(DUE.plus(Duration.ofHours(1)));
        assertEquals(new DigestReport(1, 0, 0, 1, 0, 0), handler.handleRequest(event, null), "once per week");

        assertEquals(1, sns.publishCount());
        Map<String, String> publish = sns.publishes().get(0);
        assertEquals(TOPIC, publish.get("TopicArn"));
        assertTrue(publish.get("Subject").contains("2026-W48"), publish.get("Subject"));
        String message = publish.get("Message");
        assertTrue(message.contains("https://review.example/prod/app/index.html#/digest/2026-W48"), message);
        assertTrue(message.matches("(?s).*Drafts\\s+4\\s+\\(n/a\\).*"), message);
        assertEquals("digest", SnsWireMock.messageAttributes(publish).get("kind"));
        String wire = String.join("\n", sns.rawBodies());
        DraftRecord sample = TestDrafts.pending("ny", "c0", IN_WEEK);
        for (String secret : List.of(sample.comment().text(), "Jane", "Roe", "knee", "surgery",
                sample.draft().text(), "555-0100")) {
            assertFalse(wire.contains(java.net.URLEncoder.encode(secret, java.nio.charset.StandardCharsets.UTF_8)),
                    "on the SNS wire: " + secret);
            assertFalse(wire.contains(secret), "on the SNS wire: " + secret);
        }

        WeeklyDigest stored = stores.digests().find("ny", "2026-W48").orElseThrow();
        assertEquals("4", stored.drafts().count());
        assertEquals("20", stored.medianMinutesToApproval());
        assertEquals("<3", stored.pastSla().count());
        assertEquals("America/New_York", stored.timeZone());
    }

    @Test
    void whenSnsFailsTheRunFailsAndTheNextRunSendsIt() {
        clock.set(DUE);
        sns.publishFailsWithServerError();
        assertThrows(IllegalStateException.class, () -> handler.handleRequest(null, null));
        assertTrue(stores.digests().find("ny", "2026-W48").isEmpty(), "not kept, so still due");

        sns.reset();
        sns.publishSucceeds();
        assertEquals(1, handler.handleRequest(null, null).sent());
    }
}
