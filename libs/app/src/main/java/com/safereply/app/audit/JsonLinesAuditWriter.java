package com.safereply.app.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

/** One JSON object per line, written with Jackson's streaming generator (no event is ever held as a tree). */
final class JsonLinesAuditWriter implements AuditExportWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private final Writer out;
    private final boolean withText;

    JsonLinesAuditWriter(Writer out, boolean withText) {
        this.out = out;
        this.withText = withText;
    }

    @Override
    public void write(AuditEvent e, Optional<String> text) throws IOException {
        JsonGenerator json = JSON.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        json.writeNumberField("sequence", e.sequence());
        json.writeStringField("at", e.at().toString());
        json.writeStringField("practiceId", e.practiceId());
        json.writeStringField("draftId", e.draftId());
        json.writeNumberField("draftVersion", e.draftVersion());
        json.writeStringField("actor", e.actor());
        json.writeStringField("action", e.action());
        json.writeStringField("textSha256", e.textHash());
        if (e.detail() != null) {
            json.writeStringField("detail", e.detail());
        }
        json.writeStringField("previousHash", e.previousHash());
        json.writeStringField("hash", e.hash());
        if (withText) {
            json.writeStringField("text", text.orElse(null));
        }
        json.writeEndObject();
        json.close();
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
