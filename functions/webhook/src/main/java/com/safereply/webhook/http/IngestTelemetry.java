package com.safereply.webhook.http;

import java.util.Map;

import com.safereply.app.Platform;
import com.safereply.app.telemetry.EmfWriter;
import com.safereply.app.telemetry.MetricNames;

/**
 * The webhook's EMF metrics: comments received per platform. Labels and counts only, never text. (Drafts created and
 * the engine's guard refusals are the triage function's.)
 */
public class IngestTelemetry {

    private final EmfWriter metrics;

    public IngestTelemetry(EmfWriter metrics) {
        this.metrics = metrics;
    }

    /** One line per platform in a delivery (a Meta batch can mix Facebook and Instagram). */
    void commentsReceived(Map<Platform, Integer> perPlatform) {
        perPlatform.forEach((platform, count) ->
                metrics.emit(Map.of(MetricNames.PLATFORM, platform.label()), Map.of(MetricNames.COMMENTS_RECEIVED, count)));
    }

    /** Comment events of one delivery past the ceiling, stored for later ingest. */
    void commentsDeferred(int count) {
        metrics.emit(Map.of(MetricNames.COMMENTS_DEFERRED, count));
    }
}
