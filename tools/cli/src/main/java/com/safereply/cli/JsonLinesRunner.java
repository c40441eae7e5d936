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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads JSON lines, hands each to a {@link LineProcessor}, writes one JSON line per input line in order. Piped input
 * is read in batches of {@link #BATCH} lines processed on every core (the processors are thread-safe); whatever is
 * typed interactively is answered at once. A bad line
 * yields an error line (with its id, or its line number) and a message on stderr; processing goes on.
 */
final class JsonLinesRunner {

    static final ObjectMapper JSON = new ObjectMapper();

    private final LineProcessor processor;
    private final Writer out;
    private final PrintStream err;
    /** Lines read before processing them together on every core (throughput on piped files). */
    static final int BATCH = 512;
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private ExecutorService pool;

    JsonLinesRunner(LineProcessor processor, OutputStream out, PrintStream err) {
        this.processor = processor;
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.err = err;
    }

    /** @return true when every line was processed */
    boolean run(BufferedReader reader) {
        boolean allOk = true;
        long lineNumber = 0;
        List<String> lines = new ArrayList<>(BATCH);
        List<Long> numbers = new ArrayList<>(BATCH);
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                lines.add(line);
                numbers.add(lineNumber);
                // interactive use: answer as soon as nothing more is waiting; piped files go in batches
                if (lines.size() >= BATCH || !reader.ready()) {
                    allOk &= processBatch(lines, numbers);
                    out.flush();
                }
            }
            allOk &= processBatch(lines, numbers);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return allOk;
    }

    /** One input line's answer: the JSON line to write, and the stderr message when it failed. */
    private record Outcome(ObjectNode json, String error) {
    }

    /** Processes a batch on every core, writes the answers in input order. */
    private boolean processBatch(List<String> lines, List<Long> numbers) throws IOException {
        if (lines.isEmpty()) {
            return true;
        }
        List<Outcome> outcomes;
        if (lines.size() == 1 || THREADS == 1) {
            outcomes = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                outcomes.add(processLine(lines.get(i), numbers.get(i)));
            }
        } else {
            outcomes = inParallel(lines, numbers);
        }
        boolean allOk = true;
        for (Outcome o : outcomes) {
            write(o.json());
            if (o.error() != null) {
                err.println(o.error());
                allOk = false;
            }
        }
        lines.clear();
        numbers.clear();
        return allOk;
    }

    private List<Outcome> inParallel(List<String> lines, List<Long> numbers) {
        if (pool == null) {
            pool = Executors.newFixedThreadPool(THREADS, r -> {
                Thread t = new Thread(r, "safereply-cli-worker");
                t.setDaemon(true);
                return t;
            });
        }
        int chunk = (lines.size() + THREADS - 1) / THREADS;
        List<Future<List<Outcome>>> parts = new ArrayList<>();
        for (int from = 0; from < lines.size(); from += chunk) {
            int start = from;
            int end = Math.min(lines.size(), from + chunk);
            parts.add(pool.submit(() -> {
                List<Outcome> part = new ArrayList<>(end - start);
                for (int i = start; i < end; i++) {
                    part.add(processLine(lines.get(i), numbers.get(i)));
                }
                return part;
            }));
        }
        List<Outcome> all = new ArrayList<>(lines.size());
        for (Future<List<Outcome>> part : parts) {
            try {
                all.addAll(part.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("line processing failed", e.getCause());
            }
        }
        return all;
    }

    private Outcome processLine(String line, long lineNumber) {
        JsonNode input = null;
        try {
            input = JSON.readTree(line);
            if (input == null || !input.isObject()) {
                throw new BadLineException("line is not a JSON object");
            }
            return new Outcome(processor.process(input), null);
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

    private static Outcome fail(JsonNode input, long lineNumber, String message) {
        ObjectNode error = JSON.createObjectNode();
        JsonNode id = input == null ? null : input.get("id");
        if (id != null && id.isValueNode()) {
            error.set("id", id);
        } else {
            error.putNull("id");
        }
        error.put("line", lineNumber);
        error.put("error", message);
        return new Outcome(error, "safereply: line " + lineNumber
                + (id != null && id.isValueNode() ? " (id " + id.asText() + ")" : "") + ": " + message);
    }

    private void write(ObjectNode node) throws IOException {
        out.write(JSON.writeValueAsString(node));
        out.write('\n');
    }
}
