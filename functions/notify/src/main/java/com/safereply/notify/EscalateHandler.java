package com.safereply.notify;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.safereply.app.notify.EscalationReport;
import com.safereply.app.notify.SlaEscalator;
import io.quarkus.runtime.Startup;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The EventBridge schedule (every 5 minutes) in: one pass of {@link SlaEscalator}, its counts out as EMF metrics
 * ({@code DraftsPastSla} feeds the template's alarm) and a JSON summary line. The event itself carries nothing the
 * run needs: "now" is the clock's, so a late or retried invocation judges ages at the time it runs.
 *
 * <p>If some escalations could not be published the invocation fails after emitting the metrics, so the function's
 * Errors alarm fires and EventBridge retries; receipts keep the retry from repeating what was sent.
 */
@Startup   // build the clients at init (before SnapStart's snapshot), not in the first event
@Singleton
@Named("escalate")
public class EscalateHandler implements RequestHandler<ScheduledEvent, EscalationReport> {

    private final SlaEscalator escalator;
    private final Metrics metrics;

    public EscalateHandler(SlaEscalator escalator, Metrics metrics) {
        this.escalator = escalator;
        this.metrics = metrics;
    }

    @Override
    public EscalationReport handleRequest(ScheduledEvent event, Context context) {
        EscalationReport report = escalator.run();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(Metrics.DRAFTS_PAST_SLA, report.draftsPastSla());
        counts.put(Metrics.ESCALATIONS_SENT, report.escalationsSent());
        counts.put(Metrics.NOTIFICATION_FAILURES, report.failures());
        metrics.emit(counts);

        Map<String, Object> line = new LinkedHashMap<>();
        line.put("event", "escalation_run");
        line.put("scheduleEventId", event == null ? null : event.getId());
        line.put("practices", report.practices());
        line.put("draftsPastSla", report.draftsPastSla());
        line.put("escalationsSent", report.escalationsSent());
        line.put("alreadySent", report.alreadySent());
        line.put("decidedMeanwhile", report.decided());
        line.put("failures", report.failures());
        JsonLines.info(line);
        if (report.failures() > 0) {
            throw new EscalationIncompleteException(report.failures());
        }
        return report;
    }
}
