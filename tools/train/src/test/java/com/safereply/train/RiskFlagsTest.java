package com.safereply.train;

import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Jurisdiction;
import com.safereply.core.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RiskFlagsTest {

    @TempDir
    Path dir;

    private static Example gold(int line, Category label, boolean crisis) {
        boolean emergency = label == Category.EMERGENCY;
        return new Example("v1", line, "text " + line, label, emergency, crisis, false, false, "en", "x", "US");
    }

    private static Classification read(Category category, boolean emergency, boolean crisis) {
        return new Classification(category, 0.9, List.of(), emergency, crisis, false, false, false, false, Language.EN,
                Jurisdiction.US, false);
    }

    @Test
    void theUnionCatchesWhatEitherEngineCatchesAndCountsBothEnginesFalseAlarms() throws IOException {
        List<Example> gold = List.of(gold(1, Category.EMERGENCY, true), gold(2, Category.EMERGENCY, false),
                gold(3, Category.COMPLAINT, false), gold(4, Category.FEEDBACK, false));
        Path a = dir.resolve("a.tsv");
        Path b = dir.resolve("b.tsv");
        // A misses the crisis and raises a false emergency on line 3; B misses line 2 and raises one on line 4
        RiskFlags.write(a, gold, List.of(read(Category.COMPLAINT, false, false), read(Category.EMERGENCY, true, false),
                read(Category.COMPLAINT, true, false), read(Category.FEEDBACK, false, false)));
        RiskFlags.write(b, gold, List.of(read(Category.EMERGENCY, true, true), read(Category.CLINICAL_QUESTION, false, false),
                read(Category.COMPLAINT, false, false), read(Category.FEEDBACK, true, false)));

        String table = RiskFlags.either("a", RiskFlags.read(a), "b", RiskFlags.read(b));

        assertTrue(table.contains("| a | 0.5000 (1 missed of 2) | 0.500 | 1 | 0.0000 (1 missed of 1) | 0.000 | 0 |"), table);
        assertTrue(table.contains("| b | 0.5000 (1 missed of 2) | 0.500 | 1 | 1.0000 (0 missed of 1) | 1.000 | 0 |"), table);
        assertTrue(table.contains("| either | 1.0000 (0 missed of 2) | 0.500 | 2 | 1.0000 (0 missed of 1) | 1.000 | 0 |"), table);
    }

    @Test
    void anEmergencyReadingWithoutTheFlagCountsAsCaughtAsRecallCountsIt() throws IOException {
        Path a = dir.resolve("a.tsv");
        RiskFlags.write(a, List.of(gold(7, Category.EMERGENCY, false)), List.of(read(Category.EMERGENCY, false, false)));

        assertTrue(RiskFlags.read(a).get("v1:7").emergency());
        assertFalse(Files.readString(a, StandardCharsets.UTF_8).contains("text 7"));
    }

    @Test
    void filesOverDifferentCommentsOrGoldAreRefusedNotJoined() throws IOException {
        Path a = dir.resolve("a.tsv");
        Path b = dir.resolve("b.tsv");
        RiskFlags.write(a, List.of(gold(1, Category.EMERGENCY, false)), List.of(read(Category.EMERGENCY, true, false)));
        RiskFlags.write(b, List.of(gold(2, Category.EMERGENCY, false)), List.of(read(Category.EMERGENCY, true, false)));
        Map<String, RiskFlags.Flags> readA = RiskFlags.read(a);
        Map<String, RiskFlags.Flags> readB = RiskFlags.read(b);
        assertMessage("do not cover the same comments", () -> RiskFlags.either("a", readA, "b", readB));

        RiskFlags.write(b, List.of(gold(1, Category.FEEDBACK, false)), List.of(read(Category.EMERGENCY, true, false)));
        Map<String, RiskFlags.Flags> otherGold = RiskFlags.read(b);
        assertMessage("gold", () -> RiskFlags.either("a", readA, "b", otherGold));
    }

    @Test
    void aFileThatIsNotAFlagsFileIsRefused() throws IOException {
        Path f = dir.resolve("f.tsv");
        Files.writeString(f, RiskFlags.HEADER + "\nv1\t1\t1\t0\t1\n");
        assertMessage("5 fields", () -> RiskFlags.read(f));
        Files.writeString(f, "something else\n");
        assertMessage("not a flags file", () -> RiskFlags.read(f));
        Files.writeString(f, RiskFlags.HEADER + "\nv1\t1\t1\t0\tyes\t0\temergency\n");
        assertMessage("0 or 1", () -> RiskFlags.read(f));
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
        String message = assertThrows(IllegalArgumentException.class, call).getMessage();
        assertTrue(message.contains(part), message);
    }
}
