package com.safereply.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code train.sh round <dir>}: the shipped engine on a round of writers' files it was never trained on (voices written
 * after a refit, or before their import), one row per voice and a pooled row. This is how each session records a new
 * round's figures before anything is changed for it, so the table in {@code docs/quality.md} can be reproduced from
 * the files alone.
 */
final class HeldOutRound {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HeldOutRound() {
    }

    /** Each {@code <voice>.jsonl} of {@code dir}, oldest voice first, scored with {@code classify}. */
    static Map<String, Scores> score(Path dir, Function<String, Classification> classify) throws IOException {
        Map<String, Scores> byVoice = new LinkedHashMap<>();
        for (Path file : Corpus.files(dir)) {
            Scores scores = new Scores();
            int lineNumber = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                LabelledLine l;
                try {
                    l = LabelledLine.parse(JSON.readTree(line));
                } catch (IOException | RuntimeException e) {
                    // A round is measured as written; a broken line must stop the measurement, not shrink it.
                    throw new IllegalArgumentException(file.getFileName() + " line " + lineNumber
                            + ": not a labelled comment (" + e.getMessage() + ")", e);
                }
                scores.add(l.gold(), l.emergency(), l.crisis(), l.phi(), classify.apply(l.text()));
            }
            byVoice.put(file.getFileName().toString().replaceFirst("\\.jsonl$", ""), scores);
        }
        return byVoice;
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
                s.emergencies() - s.missedEmergencies(), s.emergencies(), s.crises() - s.missedCrises(), s.crises(),
                s.phiRecall(), s.phiPrecision(), 100 * s.lowConfidenceShare());
    }
}
