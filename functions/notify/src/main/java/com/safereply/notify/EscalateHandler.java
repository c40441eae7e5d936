package com.safereply.notify;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.safereply.app.notify.EscalationReport;
import io.quarkus.runtime.Startup;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The EventBridge schedule (every 5 minutes) in: one {@link EscalationRun} (SLA escalations, EMF metrics, a JSON
 * summary line). The event itself carries nothing the run needs: "now" is the clock's, so a late or retried invocation
 * judges ages at the time it runs.
 *
 * <p>If some escalations could not be published the invocation fails after emitting the metrics, so the function's
 * Errors alarm fires and EventBridge retries; receipts keep the retry from repeating what was sent.
 */
@Startup   // build the clients at init (before SnapStart's snapshot), not in the first event
@Singleton
@Named("escalate")
public class EscalateHandler implements RequestHandler<ScheduledEvent, EscalationReport> {

    private final EscalationRun escalation;

    public EscalateHandler(EscalationRun escalation) {
        this.escalation = escalation;
    }

    @Override
    public EscalationReport handleRequest(ScheduledEvent event, Context context) {
        EscalationReport report = escalation.run(event == null ? null : event.getId());
        if (report.failures() > 0) {
            throw new EscalationIncompleteException(report.failures());
        }
        return report;
    }
}
