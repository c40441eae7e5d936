package com.safereply.train;

import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Jurisdiction;
import com.safereply.core.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A round's table: each voice's own figures, every column in its place, the pooled row adding the voices up; a line
 * out of the corpus format stops the measurement, and texts the training corpus holds are counted.
 */
class HeldOutRoundTest {

    /**
     * Reads the category from the text's first word; raises a crisis where the text says "crisis", health information
     * where it says "my", and low confidence where it says "unsure".
     */
    private static final Function<String, Classification> BY_FIRST_WORD = text -> {
        Category c = Category.fromLabel(text.split(" ")[0]);
        return new Classification(c, 0.9, List.of(), c == Category.EMERGENCY, text.contains("crisis"), false, false,
                text.contains("my"), false, Language.EN, Jurisdiction.US, text.contains("unsure"));
    };

    @TempDir
    Path dir;

    private void voice(String name, String... lines) throws IOException {
        Files.write(dir.resolve(name + ".jsonl"), List.of(lines));
    }

    private static String line(String text, String label, boolean emergency, boolean crisis, boolean phi) {
        return "{\"text\":\"" + text + "\",\"label\":\"" + label + "\",\"emergency\":" + emergency + ",\"crisis\":" + crisis
                + ",\"contains_phi\":" + phi + ",\"third_party\":false,\"language\":\"en\",\"platform\":\"x\","
                + "\"locale\":\"US\"}";
    }

    private void twoVoices() throws IOException {
        voice("v10",
                line("emergency crisis tonight, my pills", "emergency", true, true, true),
                line("complaint but it was an emergency", "emergency", true, false, false),
                line("feedback thanks, unsure", "feedback", false, false, false),
                line("appointment_admin hours please", "appointment_admin", false, false, false));
        voice("v9",
                line("emergency my chest now", "emergency", true, true, true),
                "",
                line("complaint about my waits", "complaint", false, false, false));
    }

    @Test
    void eachVoiceHasItsOwnRowOldestFirstAndThePooledRowAddsThemUp() throws IOException {
        twoVoices();

        String[] rows = HeldOutRound.table(HeldOutRound.score(dir, BY_FIRST_WORD, Set.of()).byVoice()).split("\n");

        assertEquals(5, rows.length, String.join("\n", rows));
        // v9: both read right (macro-F1 2/7); its crisis read as a plain emergency; "my waits" a false PHI flag
        assertEquals("| v9 | 2 | 0.286 | 0.000 | 1.000 | 1 / 1 | 0 / 1 | 1.000 | 0.500 | 0.0% |", rows[2]);
        // v10: an emergency read as a complaint (flag missed), one of four low confidence
        assertEquals("| v10 | 4 | 0.381 | 1.000 | 1.000 | 1 / 2 | 1 / 1 | 1.000 | 1.000 | 25.0% |", rows[3]);
        assertEquals("| **all 2** | 6 | 0.495 | 1.000 | 1.000 | 2 / 3 | 1 / 2 | 1.000 | 0.667 | 16.7% |", rows[4]);
    }

    @Test
    void textsTheTrainingCorpusHoldsAreCountedAfterNormalisation() throws IOException {
        twoVoices();

        HeldOutRound.Measured m = HeldOutRound.score(dir, BY_FIRST_WORD,
                Set.of(TextKey.of("Complaint about MY waits!"), TextKey.of("not in the round")));

        assertEquals(6, m.texts());
        assertEquals(1, m.inTrainingCorpus());
    }

    @Test
    void aLineBreakingTheLabelRulesNamesItsFileLineAndProblem() throws IOException {
        voice("v1", line("feedback fine", "feedback", false, false, false),
                line("complaint a crisis not labelled emergency", "complaint", false, true, false));

        assertEquals("v1.jsonl line 2: crisis not labelled emergency", invalid().getMessage());
    }

    @Test
    void aLineWithoutTheCorpusFieldsIsNotGuessed() throws IOException {
        voice("v1", "{\"text\":\"feedback fine\",\"label\":\"feedback\"}");
        assertEquals("v1.jsonl line 1: does not match the corpus format (missing boolean emergency)",
                invalid().getMessage());

        voice("v1", "", "{\"text\":\"no label\",\"emergency\":false}");
        assertEquals("v1.jsonl line 2: does not match the corpus format (missing string label)", invalid().getMessage());

        voice("v1", line("feedback fine", "praise", false, false, false));
        assertEquals("v1.jsonl line 1: does not match the corpus format (unknown category: praise)",
                invalid().getMessage());
    }

    @Test
    void aFolderWithoutVoicesOrNoFolderIsAnErrorNotATableOfZeros() {
        assertEquals("no <voice>.jsonl files in " + dir, invalid().getMessage());
        assertEquals("not a folder: " + dir.resolve("v1"), assertThrows(HeldOutRound.InvalidRound.class,
                () -> HeldOutRound.score(dir.resolve("v1"), BY_FIRST_WORD, Set.of())).getMessage());
    }

    private HeldOutRound.InvalidRound invalid() {
        return assertThrows(HeldOutRound.InvalidRound.class, () -> HeldOutRound.score(dir, BY_FIRST_WORD, Set.of()));
    }
}
