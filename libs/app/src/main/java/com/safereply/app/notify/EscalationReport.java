package com.safereply.app.notify;

/**
 * What one escalation run found and did, for metrics and logs.
 *
 * @param practices       practices whose queue was read
 * @param draftsPastSla   pending drafts older than their SLA (the {@code DraftsPastSla} metric)
 * @param escalationsSent escalations published in this run
 * @param alreadySent     overdue drafts whose escalation for the current SLA period went out in an earlier run
 * @param decided         drafts the queue index still listed but that were decided or retracted meanwhile
 * @param failures        escalations that could not be published (receipt cleared: the next run tries again)
 */
public record EscalationReport(int practices, int draftsPastSla, int escalationsSent, int alreadySent, int decided,
                               int failures) {
}
