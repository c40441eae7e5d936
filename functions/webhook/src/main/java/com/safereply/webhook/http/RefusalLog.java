package com.safereply.webhook.http;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

/**
 * Refused deliveries, logged at a bounded rate: the first refusal of each kind (platform and reason) in an interval is
 * one WARN line, the rest of that interval are counted and reported with the next line of that kind. A flood of forged
 * or broken deliveries costs a line per kind per minute instead of a line each. The reasons are this project's own
 * fixed messages (never the body), so no comment text can reach the log through here.
 */
public final class RefusalLog {

    static final Duration INTERVAL = Duration.ofMinutes(1);

    private final Clock clock;
    private final Consumer<String> sink;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private static final class Window {
        long startedAt;
        long suppressed;

        Window(long startedAt) {
            this.startedAt = startedAt;
        }
    }

    RefusalLog(Clock clock, Consumer<String> sink) {
        this.clock = clock;
        this.sink = sink;
    }

    public static RefusalLog toLog(Class<?> category) {
        Logger logger = Logger.getLogger(category);
        return new RefusalLog(Clock.systemUTC(), logger::warn);
    }

    /** @param kind what was refused and why, from fixed texts (e.g. "meta delivery refused: malformed signature header") */
    public void refused(String kind) {
        long now = clock.millis();
        String line = null;
        Window window = windows.computeIfAbsent(kind, k -> new Window(Long.MIN_VALUE));
        synchronized (window) {
            if (window.startedAt == Long.MIN_VALUE || now - window.startedAt >= INTERVAL.toMillis()) {
                line = window.suppressed == 0 ? kind
                        : kind + " (and " + window.suppressed + " more like it in the previous " + INTERVAL.toSeconds() + " s)";
                window.startedAt = now;
                window.suppressed = 0;
            } else {
                window.suppressed++;
            }
        }
        if (line != null) {
            sink.accept(line);
        }
    }
}
