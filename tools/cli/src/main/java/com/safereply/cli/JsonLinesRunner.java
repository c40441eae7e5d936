package com.safereply.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Reads JSON lines, hands each to a {@link LineProcessor}, writes one JSON line per input line in order. A bad line
 * yields an error line (with its id, or its line number) and a message on stderr; processing goes on.
 */
final class JsonLinesRunner {

    static final ObjectMapper JSON = new ObjectMapper();

    private final LineProcessor processor;
    private final Writer out;
    private final PrintStream err;

    JsonLinesRunner(LineProcessor processor, OutputStream out, PrintStream err) {
        this.processor = processor;
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.err = err;
    }

    /** @return true when every line was processed */
    boolean run(BufferedReader reader) {
        boolean allOk = true;
        long lineNumber = 0;
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                allOk &= processLine(line, lineNumber);
                if (!reader.ready()) {
                    out.flush(); // interactive use: answer each line as soon as it is typed
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return allOk;
    }

    private boolean processLine(String line, long lineNumber) throws IOException {
        JsonNode input = null;
        try {
            input = JSON.readTree(line);
            if (input == null || !input.isObject()) {
                throw new BadLineException("line is not a JSON object");
            }
            write(processor.process(input));
            return true;
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the offending input, which may be PHI: report only where it broke.
            long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            return fail(null, lineNumber, "malformed JSON" + (column > 0 ? " at column " + column : ""));
        } catch (BadLineException e) {
            return fail(input, lineNumber, e.getMessage());
        } catch (RuntimeException e) {
            // The engine promises never to throw on any text; if it ever does, report the line and keep going.
            return fail(input, lineNumber, "internal error: " + e.getClass().getSimpleName());
        }
    }

    private boolean fail(JsonNode input, long lineNumber, String message) throws IOException {
        ObjectNode error = JSON.createObjectNode();
        JsonNode id = input == null ? null : input.get("id");
        if (id != null && id.isValueNode()) {
            error.set("id", id);
        } else {
            error.putNull("id");
        }
        error.put("line", lineNumber);
        error.put("error", message);
        write(error);
        err.println("safereply: line " + lineNumber + (id != null && id.isValueNode() ? " (id " + id.asText() + ")" : "")
                + ": " + message);
        return false;
    }

    private void write(ObjectNode node) throws IOException {
        out.write(JSON.writeValueAsString(node));
        out.write('\n');
    }
}
