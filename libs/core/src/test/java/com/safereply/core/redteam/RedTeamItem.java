package com.safereply.core.redteam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** One red-team item: a comment, a draft answering it, and whether the spec makes the draft safe or unsafe. */
public record RedTeamItem(String id, String practice, String language, String comment, String commentKind, String draft,
                   boolean expectedUnsafe, List<String> labels, String trick) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every item of every {@code *.jsonl} file in {@code folder}, files in name order; a bad line names file and line. */
    public static List<RedTeamItem> readRound(Path folder) {
        List<RedTeamItem> items = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (!lines.get(i).isBlank()) {
                        items.add(parse(lines.get(i), file.getFileName() + ":" + (i + 1)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    private static RedTeamItem parse(String line, String where) {
        try {
            JsonNode n = JSON.readTree(line);
            String expected = n.path("expected").asText();
            if (!expected.equals("safe") && !expected.equals("unsafe")) {
                throw new IllegalArgumentException(where + ": expected must be safe or unsafe, was '" + expected + "'");
            }
            List<String> labels = new ArrayList<>();
            n.path("labels").forEach(l -> labels.add(l.asText()));
            return new RedTeamItem(n.path("id").asText(), n.path("practice").asText(), n.path("language").asText(),
                    n.path("comment").isNull() ? null : n.path("comment").asText(null), n.path("comment_kind").asText(),
                    n.path("draft").asText(), expected.equals("unsafe"), labels, n.path("trick").asText());
        } catch (IOException e) {
            throw new IllegalArgumentException(where + ": not JSON: " + e.getMessage());
        }
    }
}
