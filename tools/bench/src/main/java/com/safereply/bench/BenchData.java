package com.safereply.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Realistic comments (written for the benchmark, one per line) and the drafts the engine gives them. */
final class BenchData {
    private BenchData() {
    }

    static List<String> comments() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                BenchData.class.getResourceAsStream("/bench-comments.txt"), StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
