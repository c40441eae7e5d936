package com.safereply.triage;

import com.safereply.app.TriageOutcome;
import com.safereply.app.TriageService;
import com.safereply.app.deferred.DeferredBatch;
import com.safereply.app.deferred.DeliveryIngest;
import com.safereply.store.DeferredItems;
import com.safereply.app.telemetry.EmfWriter;
import com.safereply.app.telemetry.MetricNames;
import com.safereply.store.stream.ChangeRecord;
import com.safereply.store.stream.CommentToTriage;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A batch of table stream records in, {@link TriageService} once per comment awaiting triage. The only place this
 * mapping lives: the Lambda handler ({@link TriageHandler}) and the local run's stream poller both call it.
 *
 * <p>A record that fails (storage down, a bug on one comment) is reported by its sequence number, and the remaining
 * records are still processed, so one failing comment does not hold back the others.
 *
 * <p>It also ingests the deferred parts of deliveries past the per-delivery ceiling (issue 11, finding 6): the INSERT
 * of a {@code DEFERRED} item runs {@link DeliveryIngest#ingestDeferred}, whose comments then come back on the stream
 * as RECEIVED and are triaged like any other. A failing part is retried the same way (and lands in the DLQ in the
 * end); ingest is de-duplicated per event, so a retried part stores nothing twice.
 */
public final class CommentStreamProcessor {

    private static final Logger LOG = Logger.getLogger(CommentStreamProcessor.class);

    private final TriageService triage;
    private final DeliveryIngest deferredIngest;
    private final EmfWriter metrics;

    public CommentStreamProcessor(TriageService triage, DeliveryIngest deferredIngest, EmfWriter metrics) {
        this.triage = triage;
        this.deferredIngest = deferredIngest;
        this.metrics = metrics;
    }

    /** What a batch did: comments triaged and the sequence numbers of the records that failed. */
    public record BatchResult(int triaged, List<String> failedSequenceNumbers) {
    }

    public BatchResult process(List<ChangeRecord> records) {
        List<String> failures = new ArrayList<>();
        int triaged = 0;
        for (ChangeRecord record : records) {
            if ("INSERT".equals(record.eventName())) {
                Optional<DeferredBatch> part = DeferredItems.fromImage(record.newImage());
                if (part.isPresent()) {
                    ingestDeferred(part.get(), record, failures);
                    continue;
                }
            }
            Optional<String> draftId = CommentToTriage.draftId(record);
            if (draftId.isEmpty()) {
                continue;
            }
            try {
                TriageOutcome outcome = triage.triage(draftId.get());
                if (outcome != TriageOutcome.NOTHING_TO_DO) {
                    triaged++;
                }
                // Ids and outcome only: the comment text may be PHI.
                LOG.infof("triage draft=%s outcome=%s eventId=%s", draftId.get(), outcome, record.eventId());
            } catch (RuntimeException e) {
                failures.add(record.sequenceNumber());
                // The exception's class only: its message could quote stored values.
                LOG.errorf("triage failed draft=%s eventId=%s sequenceNumber=%s error=%s", draftId.get(),
                        record.eventId(), record.sequenceNumber(), e.getClass().getSimpleName());
            }
        }
        if (!failures.isEmpty()) {
            metrics.emit(Map.of(MetricNames.TRIAGE_FAILURES, failures.size()));
        }
        return new BatchResult(triaged, List.copyOf(failures));
    }

    private void ingestDeferred(DeferredBatch part, ChangeRecord record, List<String> failures) {
        try {
            var outcomes = deferredIngest.ingestDeferred(part);
            LOG.infof("deferred part ingested part=%s comments=%d eventId=%s", part.batchId(), outcomes.size(),
                    record.eventId());
        } catch (RuntimeException e) {
            failures.add(record.sequenceNumber());
            LOG.errorf("deferred part failed part=%s eventId=%s sequenceNumber=%s error=%s", part.batchId(),
                    record.eventId(), record.sequenceNumber(), e.getClass().getSimpleName());
        }
    }
}
