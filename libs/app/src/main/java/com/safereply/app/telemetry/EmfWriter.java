package com.safereply.app.telemetry;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The one writer of CloudWatch Embedded Metric Format lines for every function: a JSON object alone on its log line,
 * with an {@code _aws} directive declaring the metrics (namespace {@value #NAMESPACE}, unit Count) and their
 * dimension keys, and the values at the top level. CloudWatch Logs turns such lines into metrics; no agent, no API call.
 *
 * <p>Dimension values are labels (platform, category, urgency, source), never text. Lines go to the
 * {@value #LOG_CATEGORY} logger (plain {@code java.util.logging}, which Quarkus routes to its log manager), which the
 * functions print as the bare message so CloudWatch can parse it.
 */
public final class EmfWriter {

    public static final String NAMESPACE = "SafeReply";
    public static final String LOG_CATEGORY = "safereply.json";

    private final Clock clock;
    private final Consumer<String> sink;

    public EmfWriter(Clock clock, Consumer<String> sink) {
        this.clock = Objects.requireNonNull(clock);
        this.sink = Objects.requireNonNull(sink);
    }

    /** Writes to the {@value #LOG_CATEGORY} logger. */
    public static EmfWriter toLog(Clock clock) {
        Logger logger = Logger.getLogger(LOG_CATEGORY);
        return new EmfWriter(clock, logger::info);
    }

    /** One line: the counts (metric name to value, in iteration order) under no dimensions. */
    public void emit(Map<String, ? extends Number> counts) {
        emit(Map.of(), counts);
    }

    /** One line: the counts under one dimension set (dimension name to value, in iteration order). */
    public void emit(Map<String, String> dimensions, Map<String, ? extends Number> counts) {
        sink.accept(line(dimensions, counts));
    }

    /** Shorthand for one count of one metric under the given dimensions. */
    public void count(String metric, Map<String, String> dimensions) {
        emit(dimensions, Map.of(metric, 1));
    }

    String line(Map<String, String> dimensions, Map<String, ? extends Number> counts) {
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("an EMF line needs at least one metric");
        }
        StringBuilder b = new StringBuilder(256);
        b.append("{\"_aws\":{\"Timestamp\":").append(clock.millis())
                .append(",\"CloudWatchMetrics\":[{\"Namespace\":");
        string(b, NAMESPACE);
        b.append(",\"Dimensions\":[[");
        boolean first = true;
        for (String name : dimensions.keySet()) {
            if (!first) {
                b.append(',');
            }
            string(b, name);
            first = false;
        }
        b.append("]],\"Metrics\":[");
        first = true;
        for (String name : counts.keySet()) {
            if (!first) {
                b.append(',');
            }
            b.append("{\"Name\":");
            string(b, name);
            b.append(",\"Unit\":\"Count\"}");
            first = false;
        }
        b.append("]}]}");
        for (Map.Entry<String, String> d : dimensions.entrySet()) {
            b.append(',');
            string(b, d.getKey());
            b.append(':');
            string(b, Objects.requireNonNull(d.getValue(), d.getKey()));
        }
        for (Map.Entry<String, ? extends Number> c : counts.entrySet()) {
            b.append(',');
            string(b, c.getKey());
            b.append(':').append(c.getValue());
        }
        return b.append('}').toString();
    }

    private static void string(StringBuilder b, String value) {
        b.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
