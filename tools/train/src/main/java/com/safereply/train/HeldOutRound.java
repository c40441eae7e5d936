package com.safereply.train;

import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code train.sh round <dir>}: the shipped engine on a round of writers' files (voices written after a refit, or
 * before their import), one row per voice and a pooled row. Each session records a new round's figures with it before
 * anything is changed for the round; the per-voice tables in {@code docs/quality.md} since the seventeenth session
 * carry its columns (with each voice's angle added by hand). The files must be in the corpus's own format: a line that
 * is not stops the measurement rather than dropping out of a figure. A round is measured as written: a text repeated
 * within it counts each time.
 */
final class HeldOutRound {

    /**
     * Every voice's figures, oldest voice first, and how many of the texts the training corpus already holds; each
     * line's gold and reading in file order (for {@link RiskFlags}).
     */
    record Measured(Map<String, Scores> byVoice, int texts, int inTrainingCorpus, List<Example> gold,
                    List<Classification> reads) {
    }

    /** The folder or one of its lines is not a round that can be measured; nothing is scored. */
    static final class InvalidRound extends IllegalArgumentException {
        InvalidRound(String message) {
            super(message);
        }
    }

    private HeldOutRound() {
    }

    /**
     * Each {@code <voice>.jsonl} of {@code dir}, scored with {@code classify}; {@code trainingKeys} are the
     * {@link TextKey}s of the corpus the model was fitted on, to count texts that are not held out after all.
     */
    static Measured score(Path dir, Function<String, Classification> classify, Set<String> trainingKeys)
            throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new InvalidRound("not a folder: " + dir);
        }
        List<Path> files = Corpus.files(dir);
        if (files.isEmpty()) {
            throw new InvalidRound("no <voice>.jsonl files in " + dir);
        }
        Map<String, Scores> byVoice = new LinkedHashMap<>();
        int texts = 0;
        int inTraining = 0;
        List<Example> gold = new ArrayList<>();
        List<Classification> reads = new ArrayList<>();
        for (Path file : files) {
            String voice = Corpus.voice(file);
            Scores scores = new Scores();
            int lineNumber = 0;
            for (String line : readLines(file)) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                Example e = example(voice, lineNumber, line);
                Classification read = classify.apply(e.text());
                scores.add(e, read);
                gold.add(e);
                reads.add(read);
                texts++;
                if (trainingKeys.contains(TextKey.of(e.text()))) {
                    inTraining++;
                }
            }
            byVoice.put(voice, scores);
        }
        return new Measured(byVoice, texts, inTraining, gold, reads);
    }

    private static List<String> readLines(Path file) throws IOException {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException(file + ": " + e, e);
        }
    }

    private static Example example(String voice, int lineNumber, String line) {
        Corpus.CheckedLine checked = Corpus.check(voice, lineNumber, line);
        if (checked.problem() == null) {
            return checked.example();
        }
        String problem = checked.formatError() == null ? checked.problem()
                : "does not match the corpus format (" + checked.formatError() + ")";
        throw new InvalidRound(voice + ".jsonl line " + lineNumber + ": " + problem);
    }

    /** The markdown table: a row per voice, then every voice pooled. */
    static String table(Map<String, Scores> byVoice) {
        StringBuilder s = new StringBuilder("| Voice | Comments | Macro-F1 | appointment_admin recall"
                + " | Emergency category precision | Emergencies flagged | Crises flagged as crises | PHI recall"
                + " | PHI precision | Low confidence |\n|---|---|---|---|---|---|---|---|---|---|\n");
        Scores pooled = new Scores();
        byVoice.forEach((voice, scores) -> {
            s.append(row(voice, scores));
            pooled.addAll(scores);
        });
        s.append(row("**all " + byVoice.size() + "**", pooled));
        return s.toString();
    }

    private static String row(String name, Scores s) {
        return String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %d / %d | %d / %d | %.3f | %.3f | %.1f%% |%n",
                name, s.total(), s.macroF1(), s.recall(Category.APPOINTMENT_ADMIN), s.precision(Category.EMERGENCY),
                s.flaggedEmergencies(), s.emergencies(), s.flaggedCrises(), s.crises(),
                s.phiRecall(), s.phiPrecision(), 100 * s.lowConfidenceShare());
    }
}
