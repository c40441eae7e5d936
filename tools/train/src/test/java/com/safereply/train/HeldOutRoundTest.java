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
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A round's table counts each voice's own lines and pools them, oldest voice first; a broken line stops it. */
class HeldOutRoundTest {

    /** Reads the category from the text's first word, and raises a crisis only where the text says "crisis". */
    private static final Function<String, Classification> BY_FIRST_WORD = text -> {
        Category c = Category.fromLabel(text.split(" ")[0]);
        boolean crisis = text.contains("crisis");
        return new Classification(c, 0.9, List.of(), c == Category.EMERGENCY, crisis, false, false, false, false,
                Language.EN, Jurisdiction.US);
    };

    @TempDir
    Path dir;

    private void voice(String name, String... lines) throws IOException {
        Files.write(dir.resolve(name + ".jsonl"), List.of(lines));
    }

    private static String line(String text, String label, boolean emergency, boolean crisis) {
        return "{\"text\":\"" + text + "\",\"label\":\"" + label + "\",\"emergency\":" + emergency + ",\"crisis\":" + crisis
                + ",\"contains_phi\":false}";
    }

    @Test
    void eachVoiceCountsItsOwnEmergenciesAndCrisesAndThePooledRowAddsThemUp() throws IOException {
        voice("v10",
                line("emergency crisis tonight", "emergency", true, true),
                line("complaint but it was an emergency", "emergency", true, false),
                line("feedback thanks", "feedback", false, false));
        voice("v9",
                line("emergency now", "emergency", true, true),
                "",
                line("complaint waits", "complaint", false, false));

        Map<String, Scores> byVoice = HeldOutRound.score(dir, BY_FIRST_WORD);
        String table = HeldOutRound.table(byVoice);

        assertEquals(List.of("v9", "v10"), List.copyOf(byVoice.keySet()), "voices are read oldest first");
        assertTrue(table.contains("| v9 | 2 | "), table);
        assertTrue(table.contains(" | 1 / 1 | 0 / 1 | "), "v9 flagged its emergency but not its crisis:\n" + table);
        assertTrue(table.contains("| v10 | 3 | "), table);
        assertTrue(table.contains(" | 1 / 2 | 1 / 1 | "), "v10 missed the emergency read as a complaint:\n" + table);
        assertTrue(table.contains("| **all 2** | 5 | "), table);
        assertTrue(table.contains(" | 2 / 3 | 1 / 2 | "), "pooled: both voices' counts added:\n" + table);
    }

    @Test
    void aLineThatIsNotALabelledCommentNamesItsFileAndLine() throws IOException {
        voice("v1", line("feedback fine", "feedback", false, false), "{\"text\":\"no label\"}");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HeldOutRound.score(dir, BY_FIRST_WORD));

        assertTrue(e.getMessage().startsWith("v1.jsonl line 2: not a labelled comment"), e.getMessage());
    }
}
