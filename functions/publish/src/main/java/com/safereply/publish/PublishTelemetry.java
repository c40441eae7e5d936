package com.safereply.publish;

import com.safereply.app.Platform;
import com.safereply.app.publish.PublishObserver;
import com.safereply.app.publish.Refusal;
import com.safereply.app.telemetry.EmfWriter;
import com.safereply.app.telemetry.MetricNames;
import java.time.Duration;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Publish telemetry as EMF: {@code RepliesPublished} and {@code PublishLatencyMs} by platform, {@code PublishFailures}
 * by platform and reason, and {@code PublishOperatorAlarms} (dimensionless, alarmed in the template) when a practice's
 * connection needs someone: an expired token, a missing permission, a policy block.
 */
public final class PublishTelemetry implements PublishObserver {
    private static final Logger LOG = Logger.getLogger(PublishTelemetry.class);

    private final EmfWriter metrics;

    public PublishTelemetry(EmfWriter metrics) {
        this.metrics = metrics;
    }

    @Override
    public void published(Platform platform, Duration latency) {
        metrics.emit(Map.of(MetricNames.PLATFORM, platform.label()),
                Map.of(MetricNames.REPLIES_PUBLISHED, 1, MetricNames.PUBLISH_LATENCY_MS, latency.toMillis()));
    }

    @Override
    public void failed(Platform platform, String reason) {
        metrics.emit(Map.of(MetricNames.PLATFORM, platform.label(), MetricNames.REASON, reason),
                Map.of(MetricNames.PUBLISH_FAILURES, 1));
    }

    @Override
    public void operatorAlarm(String practiceId, Platform platform, Refusal refusal) {
        metrics.emit(Map.of(MetricNames.PUBLISH_OPERATOR_ALARMS, 1));
        LOG.errorf("publish needs an operator practice=%s platform=%s reason=%s", practiceId, platform.label(),
                refusal.label());
    }
}
