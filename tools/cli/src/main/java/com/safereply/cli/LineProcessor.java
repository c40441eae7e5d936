package com.safereply.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Turns one parsed input line into its output object, or throws {@link BadLineException}. */
interface LineProcessor {
    ObjectNode process(JsonNode line);
}
