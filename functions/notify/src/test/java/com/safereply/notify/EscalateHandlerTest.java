package com.safereply.notify;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftUpdate;
import com.safereply.app.draft.Urgency;
import com.safereply.app.notify.EscalationReport;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.app.practice.SlaPolicy;
import com.safereply.sns.testing.SnsWireMock;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.TestDrafts;
import com.safereply.store.testing.TestPractices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SLA escalation with a clock the test moves, over DynamoDB Local's queue index and the WireMock SNS. Each test has a
 * table of its own, because the escalator visits every practice.
 */
class EscalateHandlerTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();

    private static final Instant T0 = Instant.parse("2026-01-01T09:00:00Z");
    private NotifyTestBed bed;

    @BeforeEach
    void freshTable() {
        bed = new NotifyTestBed(dynamo, dynamo.freshTable(), T0);
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void urgentDraftsEscalateAt15MinutesAndNormalAt2HoursOncePerPeriod() {
        bed.stores.practices().save(TestPractices.practice("p1"));
        DraftRecord normal = stored(TestDrafts.pending("p1", "c-normal", T0));
        DraftRecord urgent = stored(TestDrafts.pending("p1", "c-urgent", T0, Urgency.URGENT));

        assertEquals(List.of(), runAt(Duration.ofMinutes(14).plusSeconds(59)), "nothing is overdue yet");
        assertEquals(List.of(urgent.draftId() + " urgent #1"), runAt(Duration.ofMinutes(15)));
        assertEquals(List.of(), runAt(Duration.ofMinutes(20)), "one escalation per period, not per run");
        assertEquals(List.of(urgent.draftId() + " urgent #2"), runAt(Duration.ofMinutes(30)));
        assertEquals(List.of(urgent.draftId() + " urgent #7"), runAt(Duration.ofMinutes(119)), "105 to 119 min");
        assertEquals(sorted(normal.draftId() + " normal #1", urgent.draftId() + " urgent #8"),
                runAt(Duration.ofMinutes(120)));
        assertEquals(List.of(), runAt(Duration.ofMinutes(125)));
        assertEquals(sorted(normal.draftId() + " normal #2", urgent.draftId() + " urgent #16"),
                runAt(Duration.ofHours(4)));
    }

    @Test
    void aJobThatWasDownSendsTheCurrentPeriodOnceNotABacklog() {
        bed.stores.practices().save(TestPractices.practice("p1"));
        DraftRecord normal = stored(TestDrafts.pending("p1", "c-late", T0));
        assertEquals(List.of(normal.draftId() + " normal #3"), runAt(Duration.ofHours(7)));
    }

    @Test
    void draftsDecidedOrRetractedMeanwhileAreSkipped() {
        bed.stores.practices().save(TestPractices.practice("p1"));
        DraftRecord approved = stored(TestDrafts.pending("p1", "c-approved", T0, Urgency.URGENT));
        DraftRecord retracted = stored(TestDrafts.pending("p1", "c-retracted", T0, Urgency.URGENT));
        DraftRecord waiting = stored(TestDrafts.pending("p1", "c-waiting", T0, Urgency.URGENT));
        bed.stores.drafts().update(DraftUpdate.of(approved.approved("approver-1", T0.plusSeconds(60))));
        bed.stores.drafts().update(DraftUpdate.of(retracted.retracted(T0.plusSeconds(60))));

        assertEquals(List.of(waiting.draftId() + " urgent #1"), runAt(Duration.ofMinutes(16)));
    }

    @Test
    void eachPracticeHasItsOwnSla() {
        PracticeAccount strict = TestPractices.practice("strict");
        bed.stores.practices().save(new PracticeAccount(strict.profile(), strict.channels(),
                SlaPolicy.ofMinutes(30, 5), false));
        bed.stores.practices().save(TestPractices.practice("relaxed"));
        DraftRecord strictNormal = stored(TestDrafts.pending("strict", "c-s1", T0));
        DraftRecord strictUrgent = stored(TestDrafts.pending("strict", "c-s2", T0, Urgency.URGENT));
        stored(TestDrafts.pending("relaxed", "c-r1", T0));
        stored(TestDrafts.pending("relaxed", "c-r2", T0, Urgency.URGENT));

        assertEquals(List.of(strictUrgent.draftId() + " urgent #1"), runAt(Duration.ofMinutes(5)));
        assertEquals(List.of(strictNormal.draftId() + " normal #1"), runAt(Duration.ofMinutes(30)).stream()
                .filter(s -> s.contains("normal")).toList());
    }

    @ParameterizedTest
    @Event(value = "events/schedule-escalate.json", type = ScheduledEvent.class)
    void theSampleScheduledEventRunsOnePassAndReportsTheCounts(ScheduledEvent event) {
        bed.stores.practices().save(TestPractices.practice("p1"));
        stored(TestDrafts.pending("p1", "c-1", T0, Urgency.URGENT));
        stored(TestDrafts.pending("p1", "c-2", T0));
        bed.clock.set(T0.plus(Duration.ofMinutes(20)));

        EscalationReport report = bed.escalate.handleRequest(event, null);

        assertEquals(new EscalationReport(1, 1, 1, 0, 0, 0), report);
        assertEquals(new EscalationReport(1, 1, 0, 1, 0, 0), bed.escalate.handleRequest(event, null));
    }

    @Test
    void failedEscalationsFailTheInvocationAndAreSentByTheNextRun() {
        bed.stores.practices().save(TestPractices.practice("p1"));
        DraftRecord urgent = stored(TestDrafts.pending("p1", "c-1", T0, Urgency.URGENT));
        bed.clock.set(T0.plus(Duration.ofMinutes(15)));
        bed.sns.publishFailsWithServerError();

        assertThrows(EscalationIncompleteException.class, () -> bed.escalate.handleRequest(null, null));

        bed.sns.reset();
        assertEquals(List.of(urgent.draftId() + " urgent #1"), runAt(Duration.ofMinutes(16)));
    }

    /** Runs the handler at T0 + {@code after}; returns "draftId urgency #period" of each escalation sent, sorted. */
    private List<String> runAt(Duration after) {
        bed.sns.reset();
        bed.clock.set(T0.plus(after));
        bed.escalate.handleRequest(null, null);
        return bed.sns.publishes().stream().map(p -> {
            Map<String, String> attributes = SnsWireMock.messageAttributes(p);
            assertEquals("escalation", attributes.get("kind"));
            String message = p.get("Message");
            int at = message.indexOf("\\\"slaPeriod\\\":");
            assertTrue(at > 0, message);
            String period = message.substring(at + 14).replaceAll("^(\\d+).*", "$1");
            String draftId = message.replaceAll("(?s).*\\\\\"draftId\\\\\":\\\\\"([^\\\\]+)\\\\\".*", "$1");
            return draftId + " " + attributes.get("urgency") + " #" + period;
        }).sorted().toList();
    }

    private static List<String> sorted(String... sent) {
        return java.util.Arrays.stream(sent).sorted().toList();
    }

    private DraftRecord stored(DraftRecord draft) {
        bed.stores.drafts().create(draft, TestDrafts.delivery(draft, T0), TestDrafts.created(draft));
        return draft;
    }
}
