package com.safereply.webhook.http;

import java.util.List;

import com.safereply.webhook.parse.RejectedChange;

/**
 * The 200 answer to a delivery: counts only, plus where and why changes were rejected. Never comment text, so a
 * platform's delivery log or an API Gateway access log cannot leak it. {@code deferred}: comment events past the
 * per-delivery ceiling, stored and ingested shortly after the answer (issue 11, finding 6); nothing for the platform to retry.
 */
public record DeliverySummary(
        int created,
        int duplicate,
        int retriaged,
        int retracted,
        int noPendingDraft,
        int unknownChannel,
        int ignored,
        int rejected,
        int deferred,
        List<RejectedChange> rejectedChanges) {
}
