package com.safereply.app.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

/**
 * RFC 4180 CSV: fields holding a comma, quote or line break are quoted with quotes doubled. A field starting with
 * {@code = + - @} or a tab is prefixed with an apostrophe, so a spreadsheet opening the export never runs it as a
 * formula (actors and details come from outside the system). A field that itself starts with an apostrophe gets one
 * more, so a reader ({@link ExportReader}) strips exactly one leading apostrophe and gets every field back as it was
 * hashed.
 */
final class CsvAuditWriter implements AuditExportWriter {
    static final String HEADER = "sequence,at,practiceId,draftId,draftVersion,actor,action,textSha256,detail,"
            + "previousHash,hash";

    private final Writer out;
    private final boolean withText;

    CsvAuditWriter(Writer out, boolean withText) throws IOException {
        this.out = out;
        this.withText = withText;
        out.write(HEADER + (withText ? ",text" : "") + "\r\n");
    }

    @Override
    public void write(AuditEvent e, Optional<String> text) throws IOException {
        out.write(Long.toString(e.sequence()));
        field(e.at().toString());
        field(e.practiceId());
        field(e.draftId());
        field(Long.toString(e.draftVersion()));
        field(e.actor());
        field(e.action());
        field(e.textHash());
        field(e.detail() == null ? "" : e.detail());
        field(e.previousHash());
        field(e.hash());
        if (withText) {
            field(text.orElse(""));
        }
        out.write("\r\n");
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    private void field(String value) throws IOException {
        out.write(',');
        out.write(quote(value));
    }

    static String quote(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t'".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        boolean needsQuotes = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return needsQuotes ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
