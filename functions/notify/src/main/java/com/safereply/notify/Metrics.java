package com.safereply.notify;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CloudWatch Embedded Metric Format: one JSON log line per invocation declares the metrics in namespace
 * {@code SafeReply} with <b>no dimensions</b> ({@code "Dimensions": [[]]}), which is exactly the metric the
 * {@code DraftsPastSlaAlarm} in template.yaml watches ({@code SafeReply / DraftsPastSla}, no dimensions).
 */
final class Metrics {

    static final String NAMESPACE = "SafeReply";
    static final String DRAFTS_PAST_SLA = "DraftsPastSla";
    static final String ESCALATIONS_SENT = "EscalationsSent";
    static final String NOTIFICATIONS_SENT = "NotificationsSent";
    static final String NOTIFICATION_FAILURES = "NotificationFailures";

    private final Clock clock;

    Metrics(Clock clock) {
        this.clock = clock;
    }

    /** Emits the counts (metric name to value, in order) as one EMF line. */
    void emit(Map<String, Integer> counts) {
        JsonLines.info(document(counts));
    }

    Map<String, Object> document(Map<String, Integer> counts) {
        List<Map<String, String>> definitions = counts.keySet().stream()
                .map(name -> Map.of("Name", name, "Unit", "Count")).toList();
        Map<String, Object> directive = new LinkedHashMap<>();
        directive.put("Namespace", NAMESPACE);
        directive.put("Dimensions", List.of(List.of()));
        directive.put("Metrics", definitions);
        Map<String, Object> aws = new LinkedHashMap<>();
        aws.put("Timestamp", clock.millis());
        aws.put("CloudWatchMetrics", List.of(directive));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("_aws", aws);
        root.putAll(counts);
        return root;
    }
}
