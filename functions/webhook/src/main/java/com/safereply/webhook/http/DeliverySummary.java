package com.safereply.webhook.http;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.safereply.webhook.parse.RejectedChange;

/**
 * The 200 answer to a delivery: counts only, plus where and why changes were rejected. Never comment text, so a
 * platform's delivery log or an API Gateway access log cannot leak it. {@code deferred}: comment events past the
 * per-delivery ceiling, stored and ingested shortly after the answer (issue 11, finding 6); nothing for the platform to retry.
 */
public record DeliverySummary(
        int created,
        int duplicate,
        int retriaged,
        int retracted,
        int noPendingDraft,
        int unknownChannel,
        int ignored,
        int rejected,
        int deferred,
        List<RejectedChange> rejectedChanges) implements JsonBody {

    /** Every field, each under its component's name; {@code rejectedChanges} also when empty. */
    @Override
    public void writeTo(JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeNumberField("created", created);
        out.writeNumberField("duplicate", duplicate);
        out.writeNumberField("retriaged", retriaged);
        out.writeNumberField("retracted", retracted);
        out.writeNumberField("noPendingDraft", noPendingDraft);
        out.writeNumberField("unknownChannel", unknownChannel);
        out.writeNumberField("ignored", ignored);
        out.writeNumberField("rejected", rejected);
        out.writeNumberField("deferred", deferred);
        if (rejectedChanges == null) {
            out.writeNullField("rejectedChanges");
        } else {
            ErrorBody.writeRejectedChanges(out, rejectedChanges);
        }
        out.writeEndObject();
    }
}
