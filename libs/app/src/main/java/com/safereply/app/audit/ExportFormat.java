package com.safereply.app.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** The formats of an audit export. Each writes one event per line, so any size streams in constant memory. */
public enum ExportFormat {
    CSV("text/csv; charset=utf-8") {
        @Override
        public AuditExportWriter open(Writer out, boolean withText) throws IOException {
            return new CsvAuditWriter(out, withText);
        }
    },
    JSONL("application/x-ndjson; charset=utf-8") {
        @Override
        public AuditExportWriter open(Writer out, boolean withText) throws IOException {
            return new JsonLinesAuditWriter(out, withText);
        }
    };

    private final String contentType;

    ExportFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public abstract AuditExportWriter open(Writer out, boolean withText) throws IOException;

    /** {@code csv} or {@code jsonl}; anything else is refused with the accepted values. */
    public static ExportFormat parse(String value) {
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("format must be csv or jsonl");
        }
    }
}
