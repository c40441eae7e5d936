package com.safereply.notify;

import com.safereply.app.inbox.StuckCommentCheck;
import com.safereply.app.notify.EscalationReport;
import com.safereply.app.notify.SlaEscalator;
import com.safereply.app.telemetry.EmfWriter;
import com.safereply.app.telemetry.MetricNames;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One escalation pass with its telemetry: {@link SlaEscalator}'s counts and the comments stuck before triage
 * ({@link StuckCommentCheck}) as one dimensionless EMF line ({@code DraftsPastSla} and {@code CommentsStuck} feed the
 * template's alarms) and a JSON summary line naming the stuck comments by draft id. Approvers hear nothing of stuck
 * comments: there is no draft for them yet. Shared by the Lambda handler
 * ({@link EscalateHandler}) and the local run's timer.
 */
public final class EscalationRun {

    private final SlaEscalator escalator;
    private final StuckCommentCheck stuckComments;
    private final EmfWriter metrics;

    public EscalationRun(SlaEscalator escalator, StuckCommentCheck stuckComments, EmfWriter metrics) {
        this.escalator = escalator;
        this.stuckComments = stuckComments;
        this.metrics = metrics;
    }

    /** @param trigger what started the run (the schedule event's id, or a label), for the summary line */
    public EscalationReport run(String trigger) {
        EscalationReport report = escalator.run();
        List<String> stuck = stuckComments.run();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(MetricNames.DRAFTS_PAST_SLA, report.draftsPastSla());
        counts.put(MetricNames.ESCALATIONS_SENT, report.escalationsSent());
        counts.put(MetricNames.NOTIFICATION_FAILURES, report.failures());
        counts.put(MetricNames.COMMENTS_STUCK, stuck.size());
        metrics.emit(counts);

        Map<String, Object> line = new LinkedHashMap<>();
        line.put("event", "escalation_run");
        line.put("scheduleEventId", trigger);
        line.put("practices", report.practices());
        line.put("draftsPastSla", report.draftsPastSla());
        line.put("escalationsSent", report.escalationsSent());
        line.put("alreadySent", report.alreadySent());
        line.put("decidedMeanwhile", report.decided());
        line.put("failures", report.failures());
        line.put("commentsStuck", stuck.size());
        line.put("stuckDraftIds", stuck);
        JsonLines.info(line);
        return report;
    }
}
