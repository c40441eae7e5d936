package com.safereply.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.safereply.core.model.CompletenessItem;
import com.safereply.core.model.GuardResult;
import com.safereply.core.model.TextAnomaly;
import com.safereply.core.model.Violation;

/**
 * Writes a guard verdict in the CLI's contract: {@code verdict} (safe, review or unsafe), {@code safe} (verdict ==
 * safe), {@code violations} (labels), plus spans, hidden chars and completeness.
 */
final class GuardJson {
    private GuardJson() {
    }

    static void write(GuardResult result, ObjectNode target) {
        target.put("verdict", result.verdict().label());
        target.put("safe", result.safe());
        ArrayNode labels = target.putArray("violations");
        result.labels().forEach(labels::add);
        ArrayNode spans = target.putArray("spans");
        for (Violation v : result.violations()) {
            ObjectNode span = spans.addObject();
            span.put("rule", v.rule().id());
            span.put("label", v.label());
            span.put("start", v.start());
            span.put("end", v.end());
            span.put("text", v.span());
            span.put("reason", v.reason());
        }
        ArrayNode hidden = target.putArray("hidden");
        for (TextAnomaly a : result.anomalies()) {
            ObjectNode h = hidden.addObject();
            h.put("kind", a.kind().label());
            h.put("start", a.start());
            h.put("end", a.end());
        }
        ObjectNode completeness = target.putObject("completeness");
        completeness.put("score", Math.round(result.completeness().score() * 100) / 100.0);
        ArrayNode missing = completeness.putArray("missing");
        for (CompletenessItem item : result.completeness().missing()) {
            missing.add(item.name());
        }
    }
}
