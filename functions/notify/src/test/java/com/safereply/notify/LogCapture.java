package com.safereply.notify;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Collects every log record (its message and any stack trace) from the root logger and from the JSON-lines
 * category, which does not pass its records up (application.properties), so a test can read all the function wrote.
 */
final class LogCapture extends Handler implements AutoCloseable {

    private static final List<String> NAMES = List.of("", JsonLines.CATEGORY);
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final SimpleFormatter formatter = new SimpleFormatter();

    static LogCapture start() {
        LogCapture capture = new LogCapture();
        NAMES.forEach(name -> Logger.getLogger(name).addHandler(capture));
        return capture;
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void publish(LogRecord record) {
        StringBuilder line = new StringBuilder(formatter.formatMessage(record));
        if (record.getThrown() != null) {
            java.io.StringWriter trace = new java.io.StringWriter();
            record.getThrown().printStackTrace(new java.io.PrintWriter(trace));
            line.append('\n').append(trace);
        }
        lines.add(line.toString());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        NAMES.forEach(name -> Logger.getLogger(name).removeHandler(this));
    }
}
