package com.safereply.webhook.http;

import java.util.List;

import com.safereply.webhook.parse.RejectedChange;

/**
 * The 200 answer to a delivery: counts only, plus where and why changes were rejected. Never comment text, so a
 * platform's delivery log or an API Gateway access log cannot leak it.
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
        List<RejectedChange> rejectedChanges) {
}
