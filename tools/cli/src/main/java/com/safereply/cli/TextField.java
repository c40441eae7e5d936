package com.safereply.cli;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads the string fields of an input line, with errors that name the field. */
final class TextField {
    private TextField() {
    }

    /** A required string field; JSON null counts as missing. */
    static String required(JsonNode line, String field) {
        JsonNode node = line.get(field);
        if (node == null || node.isNull()) {
            throw new BadLineException("missing \"" + field + "\"");
        }
        if (!node.isTextual()) {
            throw new BadLineException("\"" + field + "\" must be a string");
        }
        return node.textValue();
    }

    /** An optional string field: null when absent or JSON null. */
    static String optional(JsonNode line, String field) {
        JsonNode node = line.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new BadLineException("\"" + field + "\" must be a string");
        }
        return node.textValue();
    }

    /** The id as given (string or number), or an empty string when absent. */
    static String id(JsonNode line) {
        JsonNode id = line.get("id");
        return id == null || id.isNull() ? "" : id.asText();
    }
}
