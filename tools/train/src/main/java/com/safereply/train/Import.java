package com.safereply.train;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code train.sh import <dir>}: copies the writers' files ({@code <voice>.jsonl}) into the corpus, keeping each valid
 * line byte for byte and leaving out lines that break the schema or the label definitions, duplicates (after
 * {@link TextKey} normalisation, across all voices, first file wins) and texts of the shared evaluation set when it is
 * present. Prints what was left out, by reason and count, never the texts.
 */
final class Import {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Import() {
    }

    static void run(Path from, Path to, Set<String> sharedKeys) throws IOException {
        Set<String> seen = new HashSet<>();
        Map<String, Integer> left = new LinkedHashMap<>();
        Files.createDirectories(to);
        for (Path file : Corpus.files(from)) {
            String voice = Corpus.voice(file);
            List<String> kept = new ArrayList<>();
            int lineNumber = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                Corpus.CheckedLine checked = Corpus.check(voice, lineNumber, line);
                String problem = checked.problem();
                String key = checked.example() == null ? null : TextKey.of(checked.example().text());
                if (problem == null && sharedKeys.contains(key)) {
                    problem = "text of the shared evaluation set";
                }
                if (problem == null && !seen.add(key)) {
                    problem = "duplicate after normalisation";
                }
                if (problem == null) {
                    kept.add(line.strip());
                } else {
                    left.merge(voice + ": " + problem, 1, Integer::sum);
                }
            }
            Files.write(to.resolve(file.getFileName()), kept, StandardCharsets.UTF_8);
            System.out.println(voice + ": kept " + kept.size() + " of " + lineNumber + " lines");
        }
        System.out.println("left out: " + (left.isEmpty() ? "nothing" : left));
    }

    static Set<String> sharedKeys(Path shared) throws IOException {
        Set<String> keys = new HashSet<>();
        if (!Files.exists(shared)) {
            return keys;
        }
        for (String line : Files.readAllLines(shared, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                keys.add(TextKey.of(JSON.readTree(line).get("text").asText()));
            }
        }
        return keys;
    }
}
