package com.safereply.triage;

import com.safereply.app.TriageObserver;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.telemetry.EmfWriter;
import com.safereply.app.telemetry.MetricNames;
import com.safereply.core.FallbackObserver;
import com.safereply.core.model.Classification;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The triage stage's EMF metrics: drafts created by category and urgency, and the engine's guard refusals (a vetted
 * wording failed the guard). Labels and counts only, never text.
 */
public class TriageTelemetry implements TriageObserver, FallbackObserver {

    private final EmfWriter metrics;

    public TriageTelemetry(EmfWriter metrics) {
        this.metrics = metrics;
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
