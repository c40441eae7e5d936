package com.safereply.notify;

import com.safereply.app.draft.DraftRecord;
import com.safereply.app.notify.NewDraftNotifier;
import com.safereply.app.notify.NotifyOutcome;
import com.safereply.app.notify.PublishFailedException;
import com.safereply.app.telemetry.EmfWriter;
import com.safereply.app.telemetry.MetricNames;
import com.safereply.store.stream.ChangeRecord;
import com.safereply.store.stream.DraftChange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A batch of table stream records in, one approver notification per draft entering the queue (or failing to publish) out
 * ({@link NewDraftNotifier}), a JSON line per notification and one EMF line per batch. The only place this mapping
 * lives: the Lambda handler ({@link NotifyHandler}) and the local run's stream poller both call it.
 *
 * <p>A record whose notification failed is reported by its sequence number; the remaining records are still processed,
 * so one failing draft does not delay the others (their receipts make a later re-delivery harmless).
 */
public final class DraftStreamProcessor {

    private final NewDraftNotifier notifier;
    private final EmfWriter metrics;

    public DraftStreamProcessor(NewDraftNotifier notifier, EmfWriter metrics) {
        this.notifier = notifier;
        this.metrics = metrics;
    }

    /** What a batch did: notifications sent and the sequence numbers of the records that failed. */
    public record BatchResult(int sent, List<String> failedSequenceNumbers) {
    }

    public BatchResult process(List<ChangeRecord> records) {
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (ChangeRecord record : records) {
            try {
                if (handle(record) == NotifyOutcome.SENT) {
                    sent++;
                }
            } catch (RuntimeException e) {
                failures.add(record.sequenceNumber());
                logFailure(record, e);
            }
        }
        // Most batches hold only audit records or approver changes: a zero-count line for each was most of the log
        // (issue 11). CloudWatch treats a missing point as no data, and a sum over a period is the same without it.
        if (sent > 0 || !failures.isEmpty()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put(MetricNames.NOTIFICATIONS_SENT, sent);
            counts.put(MetricNames.NOTIFICATION_FAILURES, failures.size());
            metrics.emit(counts);
        }
        return new BatchResult(sent, List.copyOf(failures));
    }

    private NotifyOutcome handle(ChangeRecord record) {
        Optional<DraftChange> change = DraftChange.of(record);
        if (change.isEmpty()) {
            return NotifyOutcome.NOT_NEEDED;
        }
        DraftRecord after = change.get().after();
        NotifyOutcome outcome = notifier.onDraftChanged(change.get().before(), after, change.get().publishFailure());
        if (outcome != NotifyOutcome.NOT_NEEDED) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("event", "draft_notification");
            line.put("outcome", outcome.name().toLowerCase(Locale.ROOT));
            line.put("draftId", after.draftId());
            line.put("practiceId", after.practiceId());
            line.put("version", after.version());
            line.put("category", after.triage().category().label());
            line.put("urgency", after.urgency().label());
            line.put("eventId", record.eventId());
            JsonLines.info(line);
        }
        return outcome;
    }

    /** Ids, the error type and whether a retry may help; never an image or an SDK message that could echo one. */
    private static void logFailure(ChangeRecord record, RuntimeException e) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("event", "notification_failed");
        line.put("eventId", record.eventId());
        line.put("sequenceNumber", record.sequenceNumber());
        line.put("error", e.getClass().getSimpleName());
        if (e instanceof PublishFailedException publish) {
            line.put("retryable", publish.retryable());
            line.put("detail", publish.getMessage());      // built by SnsNotifier from the draft id and SNS error code
        }
        JsonLines.error(line);
    }
}
