package com.safereply.webhook.http;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * A JSON answer body that writes itself with Jackson's streaming generator. The webhook's few answer shapes are written
 * field by field instead of through databind's bean serializers, whose introspection a cold start would otherwise pay
 * for on the first event (docs/benchmarks.md, "Cold start").
 */
@FunctionalInterface
public interface JsonBody {

    void writeTo(JsonGenerator out) throws IOException;

    /** {@code {"name": "value", ...}}; the order of the fields is not part of the answer. */
    static JsonBody fields(Map<String, String> fields) {
        Map<String, String> copy = Map.copyOf(fields);
        return out -> {
            out.writeStartObject();
            for (Map.Entry<String, String> field : copy.entrySet()) {
                out.writeStringField(field.getKey(), field.getValue());
            }
            out.writeEndObject();
        };
    }
}
