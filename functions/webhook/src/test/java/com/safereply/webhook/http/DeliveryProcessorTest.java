package com.safereply.webhook.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.safereply.app.CommentIngest;
import com.safereply.app.CommentVerb;
import com.safereply.app.InboundComment;
import com.safereply.app.IngestOutcome;
import com.safereply.app.Platform;
import com.safereply.app.StoreUnavailableException;
import com.safereply.webhook.parse.ParsedDelivery;
import com.safereply.webhook.parse.RejectedChange;

class DeliveryProcessorTest {

    private static InboundComment comment(String id) {
        return new InboundComment(Platform.FACEBOOK, "PAGE", id, CommentVerb.ADD, "facebook:" + id + ":add",
                "text", "U", "name", null, null, null, null);
    }

    @Test
    void countsEachOutcomeAndCarriesIgnoredAndRejectedChanges() {
        Map<String, IngestOutcome> outcomes = Map.of("a", IngestOutcome.CREATED, "b", IngestOutcome.DUPLICATE,
                "c", IngestOutcome.CREATED, "d", IngestOutcome.UNKNOWN_CHANNEL, "e", IngestOutcome.RETRACTED);
        DeliveryProcessor processor = new DeliveryProcessor(c -> outcomes.get(c.commentId()));
        List<RejectedChange> rejected = List.of(new RejectedChange("entry[0].changes[9]", "missing required field: value.verb"));

        DeliverySummary summary = processor.process(new ParsedDelivery(
                List.of(comment("a"), comment("b"), comment("c"), comment("d"), comment("e")), 2, rejected));

        assertEquals(new DeliverySummary(2, 1, 0, 1, 0, 1, 2, 1, rejected), summary);
    }

    @Test
    void stopsAtTheFirstStorageFailureSoThePlatformRetriesTheWholeDelivery() {
        List<String> seen = new ArrayList<>();
        CommentIngest failing = c -> {
            seen.add(c.commentId());
            throw new StoreUnavailableException("down", null);
        };
        DeliveryProcessor processor = new DeliveryProcessor(failing);

        assertThrows(StoreUnavailableException.class,
                () -> processor.process(new ParsedDelivery(List.of(comment("a"), comment("b")), 0, List.of())));
        assertEquals(List.of("a"), seen);
    }
}
