package com.safereply.app.usecase;

import com.safereply.app.CommentVerb;
import com.safereply.app.InboundComment;
import com.safereply.app.IngestOutcome;
import com.safereply.app.Platform;
import com.safereply.app.TriageOutcome;
import com.safereply.app.deferred.DeferredBatch;
import com.safereply.app.deferred.DeliveryIngest;
import com.safereply.app.inbox.CommentStatus;
import com.safereply.app.memory.InMemoryDeferredComments;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11, finding 6: a delivery's work is bounded, what is over the ceiling is deferred and still ingested once. */
class DeferredDeliveryUseCaseTest {

    private final Fixture f = new Fixture();
    private final InMemoryDeferredComments deferred = new InMemoryDeferredComments();
    private final DeliveryIngest delivery = new DeliveryIngest(f.ingest, deferred, f.clock, Duration.ofDays(7));

    private static List<InboundComment> changes(int count) {
        return IntStream.range(0, count).mapToObj(i -> Fixture.add("c" + i, "When are you open on day " + i + "?"))
                .toList();
    }

    private long received() {
        return IntStream.range(0, 200).filter(i -> f.stores.comments().find(Fixture.draftId("c" + i)).isPresent())
                .count();
    }

    /** What the stream consumer does: ingest each new part, then triage each comment its ingest created. */
    private int drainAndTriage() {
        int drafted = 0;
        for (DeferredBatch part : deferred.take()) {
            List<IngestOutcome> outcomes = delivery.ingestDeferred(part);
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i) == IngestOutcome.CREATED
                        && f.triage.triage(Fixture.draftId(part.comments().get(i).commentId())) == TriageOutcome.DRAFTED) {
                    drafted++;
                }
            }
        }
        return drafted;
    }

    @Test
    void twoHundredChangesStoreTheCeilingAtOnceAndDeferTheRest() {
        DeliveryIngest.Accepted accepted = delivery.accept("meta|body-hash", changes(200));

        assertEquals(DeliveryIngest.CEILING, accepted.inline().size());
        assertTrue(accepted.inline().stream().allMatch(o -> o.outcome() == IngestOutcome.CREATED));
        assertEquals(175, accepted.deferred());
        assertEquals(DeliveryIngest.CEILING, received(), "only the ceiling is stored before the answer");
        assertEquals(0, f.triages.get());
    }

    @Test
    void theDeferredRestIsIngestedLaterAndEveryCommentDraftedOnce() {
        List<InboundComment> comments = changes(200);
        DeliveryIngest.Accepted accepted = delivery.accept("meta|body-hash", comments);
        for (DeliveryIngest.Outcome o : accepted.inline()) {
            f.triage.triage(Fixture.draftId(o.comment().commentId()));
        }

        int drafted = drainAndTriage();

        assertEquals(175, drafted);
        assertEquals(200, received());
        assertEquals(200, f.triages.get(), "each comment drafted exactly once");
        comments.forEach(c -> assertEquals(CommentStatus.TRIAGED,
                f.stores.comments().find(Fixture.draftId(c.commentId())).orElseThrow().status()));
    }

    @Test
    void aRedeliveryChangesNothing() {
        List<InboundComment> comments = changes(200);
        delivery.accept("meta|body-hash", comments);
        drainAndTriage();
        int triages = f.triages.get();

        DeliveryIngest.Accepted again = delivery.accept("meta|body-hash", comments);

        assertTrue(again.inline().stream().allMatch(o -> o.outcome() == IngestOutcome.DUPLICATE));
        assertEquals(List.of(), deferred.take(), "the deferred part is not stored a second time");
        assertEquals(triages, f.triages.get());
    }

    @Test
    void aDeferredPartIngestedTwiceChangesNothingTheSecondTime() {
        delivery.accept("meta|body-hash", changes(60));
        List<DeferredBatch> parts = deferred.take();
        parts.forEach(delivery::ingestDeferred);

        List<IngestOutcome> second = new ArrayList<>();
        parts.forEach(p -> second.addAll(delivery.ingestDeferred(p)));

        assertEquals(35, second.size());
        assertTrue(second.stream().allMatch(o -> o == IngestOutcome.DUPLICATE));
    }

    @Test
    void partsStayWithinTheItemBudgetSoAHugeDeliveryTakesFewWrites() {
        String longText = "x".repeat(7_000);
        List<InboundComment> big = IntStream.range(0, 140).mapToObj(i -> Fixture.add("big" + i, longText)).toList();

        DeliveryIngest.Accepted accepted = delivery.accept("meta|big", big);

        assertEquals(115, accepted.deferred());
        List<DeferredBatch> parts = deferred.take();
        assertEquals(accepted.deferredParts(), parts.size());
        assertTrue(parts.size() > 1, "over 300 KB of text is split");
        parts.forEach(p -> assertTrue(p.comments().size() * 7_000 <= 300_000));
        assertEquals(115, parts.stream().mapToInt(p -> p.comments().size()).sum());
    }

    @Test
    void unknownChannelsInTheDeferredPartStoreNothing() {
        List<InboundComment> unknown = IntStream.range(0, 100).mapToObj(i -> new InboundComment(Platform.FACEBOOK,
                "unknown-" + i, "u" + i, CommentVerb.ADD, "u" + i + "|add", "hi", null, null, null, null, null,
                null)).toList();

        delivery.accept("meta|unknown", unknown);
        List<IngestOutcome> outcomes = new ArrayList<>();
        deferred.take().forEach(p -> outcomes.addAll(delivery.ingestDeferred(p)));

        assertEquals(75, outcomes.size());
        assertTrue(outcomes.stream().allMatch(o -> o == IngestOutcome.UNKNOWN_CHANNEL));
    }
}
