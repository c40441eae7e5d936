package com.safereply.webhook.http;

import java.util.EnumMap;
import java.util.Map;

import org.jboss.logging.Logger;

import com.safereply.app.CommentIngest;
import com.safereply.app.InboundComment;
import com.safereply.app.IngestOutcome;
import com.safereply.app.Platform;
import com.safereply.app.StoreUnavailableException;
import com.safereply.webhook.parse.ParsedDelivery;

/** Hands each parsed comment to the ingest port and counts what happened. */
public class DeliveryProcessor {

    private static final Logger LOG = Logger.getLogger(DeliveryProcessor.class);

    private final CommentIngest ingest;
    private final IngestTelemetry telemetry;

    public DeliveryProcessor(CommentIngest ingest, IngestTelemetry telemetry) {
        this.ingest = ingest;
        this.telemetry = telemetry;
    }

    /**
     * @throws StoreUnavailableException on the first comment that cannot be stored: the whole delivery then fails so the
     *                                   platform retries it, and the comments already stored come back as duplicates
     */
    public DeliverySummary process(ParsedDelivery delivery) {
        Map<IngestOutcome, Integer> counts = new EnumMap<>(IngestOutcome.class);
        Map<Platform, Integer> received = new EnumMap<>(Platform.class);
        delivery.comments().forEach(comment -> received.merge(comment.platform(), 1, Integer::sum));
        // Counted before storing: a delivery that fails with 5xx was still received (its retry counts again).
        telemetry.commentsReceived(received);
        for (InboundComment comment : delivery.comments()) {
            IngestOutcome outcome = ingest.ingest(comment);
            counts.merge(outcome, 1, Integer::sum);
            // Ids and outcome only: text, names and handles may be PHI.
            LOG.infof("ingested platform=%s channel=%s comment=%s verb=%s outcome=%s",
                    comment.platform().label(), comment.channelId(), comment.commentId(), comment.verb(), outcome);
        }
        delivery.rejected().forEach(r -> LOG.warnf("rejected change where=%s problem=%s", r.where(), r.problem()));
        return new DeliverySummary(
                counts.getOrDefault(IngestOutcome.CREATED, 0),
                counts.getOrDefault(IngestOutcome.DUPLICATE, 0),
                counts.getOrDefault(IngestOutcome.RETRIAGED, 0),
                counts.getOrDefault(IngestOutcome.RETRACTED, 0),
                counts.getOrDefault(IngestOutcome.NO_PENDING_DRAFT, 0),
                counts.getOrDefault(IngestOutcome.UNKNOWN_CHANNEL, 0),
                delivery.ignored(),
                delivery.rejected().size(),
                delivery.rejected());
    }
}
