package com.safereply.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.core.model.Category;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The training corpus: {@code tools/train/corpus/<voice>.jsonl}, one file per independent writer. Loading validates
 * every line (schema, labels, flag consistency with the label definitions) and drops duplicates after
 * {@link TextKey} normalisation, keeping the first (files in name order). Rejected lines are counted by reason, never
 * printed: they are comments.
 */
public final class Corpus {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> LANGUAGES = Set.of("en", "es");
    private static final Set<String> PLATFORMS = Set.of("facebook", "instagram", "x", "google");
    private static final Set<String> LOCALES = Set.of("US", "UK", "ES", "MX", "LATAM");
    private static final int MAX_TEXT = 5_000;

    private final List<Example> examples;
    private final Map<String, Integer> rejected;
    private final List<String> voices;

    private Corpus(List<Example> examples, Map<String, Integer> rejected, List<String> voices) {
        this.examples = List.copyOf(examples);
        this.rejected = rejected;
        this.voices = List.copyOf(voices);
    }

    public List<Example> examples() {
        return examples;
    }

    /** Why lines were left out, with counts. */
    public Map<String, Integer> rejected() {
        return rejected;
    }

    public List<String> voices() {
        return voices;
    }

    /**
     * The voices' files, oldest voice first: shorter names first, then by name ("v99" before "v100"), so that when a
     * new writer repeats an older one's line, the older voice keeps it (first file wins) and its file never changes.
     */
    public static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
                    .sorted(Comparator.comparingInt((Path p) -> p.getFileName().toString().length())
                            .thenComparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }

    public static Corpus load(Path dir) throws IOException {
        List<Example> examples = new ArrayList<>();
        Map<String, Integer> rejected = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        List<String> voices = new ArrayList<>();
        for (Path file : files(dir)) {
            String voice = voice(file);
            voices.add(voice);
            int lineNumber = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                CheckedLine checked = check(voice, lineNumber, line);
                String problem = checked.problem();
                if (problem == null && !seen.add(TextKey.of(checked.example().text()))) {
                    problem = "duplicate after normalisation";
                }
                if (problem != null) {
                    rejected.merge(problem, 1, Integer::sum);
                } else {
                    examples.add(checked.example());
                }
            }
        }
        return new Corpus(examples, rejected, voices);
    }

    /** A writer's file is named after its voice: {@code v125.jsonl} holds voice {@code v125}. */
    static String voice(Path file) {
        return file.getFileName().toString().replaceFirst("\\.jsonl$", "");
    }

    /**
     * One line of a writer's file, read and checked: the example when {@code problem} is null; otherwise why the line
     * cannot be one, with {@code formatError} saying what was wrong when the line is not in the corpus format at all.
     */
    record CheckedLine(Example example, String problem, String formatError) {
    }

    /** Reads one non-blank line of {@code voice}'s file and checks the label definitions' invariants; never throws. */
    static CheckedLine check(String voice, int lineNumber, String line) {
        try {
            Example example = parse(voice, lineNumber, JSON.readTree(line));
            return new CheckedLine(example, problem(example), null);
        } catch (IOException | RuntimeException e) {
            return new CheckedLine(null, "not a valid JSON object with the corpus fields",
                    e.getMessage() != null ? e.getMessage() : e.toString());
        }
    }

    static Example parse(String voice, int line, JsonNode n) {
        return new Example(voice, line, string(n, "text"), Category.fromLabel(string(n, "label")),
                bool(n, "emergency"), bool(n, "crisis"), bool(n, "contains_phi"), bool(n, "third_party"),
                string(n, "language"), string(n, "platform"), string(n, "locale"));
    }

    private static String string(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("missing string " + field);
        }
        return v.textValue();
    }

    private static boolean bool(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isBoolean()) {
            throw new IllegalArgumentException("missing boolean " + field);
        }
        return v.booleanValue();
    }

    /** The label definitions' invariants; null when the example keeps them. */
    static String problem(Example e) {
        if (TextKey.of(e.text()).isEmpty() && e.text().strip().isEmpty()) {
            return "empty text";
        }
        if (e.text().length() > MAX_TEXT) {
            return "text longer than " + MAX_TEXT;
        }
        if (!LANGUAGES.contains(e.language())) {
            return "unknown language";
        }
        if (!PLATFORMS.contains(e.platform())) {
            return "unknown platform";
        }
        if (!LOCALES.contains(e.locale())) {
            return "unknown locale";
        }
        if (e.label() == Category.EMERGENCY && !e.emergency()) {
            return "category emergency without the emergency flag";
        }
        if (e.crisis() && (e.label() != Category.EMERGENCY || !e.emergency())) {
            return "crisis not labelled emergency";
        }
        return null;
    }

    /**
     * SHA-256 over the corpus files in name order (each file's name, a newline, its bytes): the stamp the shipped
     * model carries, so a test can tell when the model was not retrained after the corpus changed.
     */
    public static String sha256(Path dir) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files(dir)) {
                digest.update((file.getFileName().toString() + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
