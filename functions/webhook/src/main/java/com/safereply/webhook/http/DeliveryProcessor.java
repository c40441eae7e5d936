package com.safereply.webhook.http;

import java.util.EnumMap;
import java.util.Map;

import org.jboss.logging.Logger;

import com.safereply.app.IngestOutcome;
import com.safereply.app.Platform;
import com.safereply.app.StoreUnavailableException;
import com.safereply.app.deferred.DeliveryIngest;
import com.safereply.webhook.parse.ParsedDelivery;

/**
 * Hands a parsed delivery to {@link DeliveryIngest} (the first {@value DeliveryIngest#CEILING} comment events stored at
 * once, the rest deferred: issue 11, finding 6) and counts what happened.
 */
public class DeliveryProcessor {

    private static final Logger LOG = Logger.getLogger(DeliveryProcessor.class);

    private final DeliveryIngest ingest;
    private final IngestTelemetry telemetry;

    public DeliveryProcessor(DeliveryIngest ingest, IngestTelemetry telemetry) {
        this.ingest = ingest;
        this.telemetry = telemetry;
    }

    /**
     * @throws StoreUnavailableException on the first comment that cannot be stored: the whole delivery then fails so the
     *                                   platform retries it, and the comments already stored come back as duplicates
     */
    public DeliverySummary process(String deliveryId, ParsedDelivery delivery) {
        Map<IngestOutcome, Integer> counts = new EnumMap<>(IngestOutcome.class);
        Map<Platform, Integer> received = new EnumMap<>(Platform.class);
        delivery.comments().forEach(comment -> received.merge(comment.platform(), 1, Integer::sum));
        // Counted before storing: a delivery that fails with 5xx was still received (its retry counts again).
        telemetry.commentsReceived(received);
        DeliveryIngest.Accepted accepted = ingest.accept(deliveryId, delivery.comments());
        for (DeliveryIngest.Outcome o : accepted.inline()) {
            counts.merge(o.outcome(), 1, Integer::sum);
            // Ids and outcome only: text, names and handles may be PHI.
            LOG.infof("ingested platform=%s channel=%s comment=%s verb=%s outcome=%s", o.comment().platform().label(),
                    o.comment().channelId(), o.comment().commentId(), o.comment().verb(), o.outcome());
        }
        if (accepted.deferred() > 0) {
            telemetry.commentsDeferred(accepted.deferred());
            LOG.infof("deferred delivery=%s comments=%d parts=%d", deliveryId, accepted.deferred(),
                    accepted.deferredParts());
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
                accepted.deferred(),
                delivery.rejected());
    }
}
