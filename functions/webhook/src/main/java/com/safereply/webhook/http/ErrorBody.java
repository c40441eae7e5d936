package com.safereply.webhook.http;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.safereply.webhook.parse.RejectedChange;

/**
 * Every non-2xx JSON answer: what was wrong, in words safe to show the sender; never a stack trace.
 * {@code rejectedChanges} is written only when there are some (and {@code error} only when it says something).
 */
public record ErrorBody(String error, List<RejectedChange> rejectedChanges) implements JsonBody {

    public ErrorBody(String error) {
        this(error, List.of());
    }

    @Override
    public void writeTo(JsonGenerator out) throws IOException {
        out.writeStartObject();
        if (error != null && !error.isEmpty()) {
            out.writeStringField("error", error);
        }
        if (rejectedChanges != null && !rejectedChanges.isEmpty()) {
            writeRejectedChanges(out, rejectedChanges);
        }
        out.writeEndObject();
    }

    /** {@code "rejectedChanges": [{"where": ..., "problem": ...}, ...]}, shared with {@link DeliverySummary}. */
    static void writeRejectedChanges(JsonGenerator out, List<RejectedChange> changes) throws IOException {
        out.writeArrayFieldStart("rejectedChanges");
        for (RejectedChange change : changes) {
            out.writeStartObject();
            out.writeStringField("where", change.where());
            out.writeStringField("problem", change.problem());
            out.writeEndObject();
        }
        out.writeEndArray();
    }
}
