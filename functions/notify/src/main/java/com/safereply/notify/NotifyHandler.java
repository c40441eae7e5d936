package com.safereply.notify;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import com.safereply.app.notify.NewDraftNotifier;
import com.safereply.app.notify.NotifyOutcome;
import com.safereply.app.notify.PublishFailedException;
import io.quarkus.runtime.Startup;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table's stream in, one approver notification per draft entering the queue out ({@link NewDraftNotifier}).
 *
 * <p>Partial batch response (ReportBatchItemFailures): a record whose notification failed is reported by its
 * sequence number and the others count as done. Lambda restarts the shard from the lowest reported record, so later
 * records come again too; their receipts make that harmless (no second message). The remaining records are still
 * processed, so one failing draft does not delay the others' notifications. After the template's retries (bisecting
 * the batch) the failed batch's metadata goes to the SQS dead-letter queue.
 */
@Startup   // build the clients at init (before SnapStart's snapshot), not in the first event
@Singleton
@Named("notify")
public class NotifyHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {

    private final NewDraftNotifier notifier;
    private final Metrics metrics;

    public NotifyHandler(NewDraftNotifier notifier, Metrics metrics) {
        this.notifier = notifier;
        this.metrics = metrics;
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        List<BatchItemFailure> failures = new ArrayList<>();
        int sent = 0;
        List<DynamodbStreamRecord> records = event == null || event.getRecords() == null ? List.of() : event.getRecords();
        for (DynamodbStreamRecord record : records) {
            try {
                if (handle(record) == NotifyOutcome.SENT) {
                    sent++;
                }
            } catch (RuntimeException e) {
                failures.add(new BatchItemFailure(sequenceNumber(record)));
                logFailure(record, e);
            }
        }
        metrics.emit(Map.of(Metrics.NOTIFICATIONS_SENT, sent, Metrics.NOTIFICATION_FAILURES, failures.size()));
        return new StreamsEventResponse(failures);
    }

    private NotifyOutcome handle(DynamodbStreamRecord record) {
        Optional<DraftChange> change = DraftChange.of(record);
        if (change.isEmpty()) {
            return NotifyOutcome.NOT_NEEDED;
        }
        var after = change.get().after();
        NotifyOutcome outcome = notifier.onDraftChanged(change.get().before(), after);
        if (outcome != NotifyOutcome.NOT_NEEDED) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("event", "draft_notification");
            line.put("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT));
            line.put("draftId", after.draftId());
            line.put("practiceId", after.practiceId());
            line.put("version", after.version());
            line.put("category", after.triage().category().label());
            line.put("urgency", after.urgency().label());
            line.put("eventId", record.getEventID());
            JsonLines.info(line);
        }
        return outcome;
    }

    private static String sequenceNumber(DynamodbStreamRecord record) {
        return record.getDynamodb() == null ? null : record.getDynamodb().getSequenceNumber();
    }

    /** Ids, the error type and whether a retry may help; never an image or an SDK message that could echo one. */
    private static void logFailure(DynamodbStreamRecord record, RuntimeException e) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("event", "notification_failed");
        line.put("eventId", record.getEventID());
        line.put("sequenceNumber", sequenceNumber(record));
        line.put("error", e.getClass().getSimpleName());
        if (e instanceof PublishFailedException publish) {
            line.put("retryable", publish.retryable());
            line.put("detail", publish.getMessage());      // built by SnsNotifier from the draft id and SNS error code
        }
        JsonLines.error(line);
    }
}
