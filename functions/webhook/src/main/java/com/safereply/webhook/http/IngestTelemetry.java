package com.safereply.webhook.http;

import java.util.LinkedHashMap;
import java.util.Map;

import com.safereply.app.IngestObserver;
import com.safereply.app.Platform;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.telemetry.EmfWriter;
import com.safereply.app.telemetry.MetricNames;
import com.safereply.core.FallbackObserver;
import com.safereply.core.model.Classification;

/**
 * The webhook's EMF metrics: comments received per platform, drafts created by category and urgency, and the
 * engine's guard refusals (a vetted template failed the guard). Labels and counts only, never text.
 */
public class IngestTelemetry implements IngestObserver, FallbackObserver {

    private final EmfWriter metrics;

    public IngestTelemetry(EmfWriter metrics) {
        this.metrics = metrics;
    }

    /** One line per platform in a delivery (a Meta batch can mix Facebook and Instagram). */
    void commentsReceived(Map<Platform, Integer> perPlatform) {
        perPlatform.forEach((platform, count) ->
                metrics.emit(Map.of(MetricNames.PLATFORM, platform.label()), Map.of(MetricNames.COMMENTS_RECEIVED, count)));
    }

    @Override
    public void draftCreated(DraftRecord draft) {
        Map<String, String> dimensions = new LinkedHashMap<>();
        dimensions.put(MetricNames.CATEGORY, draft.triage().category().label());
        dimensions.put(MetricNames.URGENCY, draft.urgency().label());
        metrics.count(MetricNames.DRAFTS_CREATED, dimensions);
    }

    @Override
    public void onFallback(Classification classification, boolean recovered) {
        metrics.count(MetricNames.GUARD_REFUSALS, Map.of(MetricNames.SOURCE,
                recovered ? MetricNames.SOURCE_ENGINE_FALLBACK : MetricNames.SOURCE_ENGINE_UNSAFE));
    }
}
