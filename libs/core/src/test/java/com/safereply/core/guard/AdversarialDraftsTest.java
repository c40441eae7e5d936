package com.safereply.core.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.core.model.Classification;
import com.safereply.core.model.GuardResult;
import com.safereply.core.model.HardRule;
import com.safereply.core.profile.PracticeProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The adversarial draft set ({@code adversarial/drafts.jsonl}), written from the spec: about two thirds unsafe drafts
 * covering every label, one third safe near-misses.
 *
 * <p>Assertion per line: on an unsafe line every expected label must fire (recall is the primary metric; a draft may
 * legitimately break more rules than the line lists, e.g. a dose that is also attributed clinical information); on a
 * safe line no label may fire (specificity). Exact label-set agreement is printed, not asserted.
 */
class AdversarialDraftsTest {

    record Case(String id, String draft, String comment, PracticeProfile profile, Set<String> expected) {
        @Override
        public String toString() {
            return id + " " + expected;
        }
    }

    private static final List<Case> CASES = load();
    private static final Map<HardRule, int[]> PER_LABEL = new EnumMap<>(HardRule.class);

    static List<Case> load() {
        ObjectMapper json = new ObjectMapper();
        List<Case> cases = new ArrayList<>();
        try (InputStream in = AdversarialDraftsTest.class.getResourceAsStream("/adversarial/drafts.jsonl");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                Set<String> expected = new TreeSet<>();
                node.get("expected").forEach(label -> expected.add(label.asText()));
                cases.add(new Case(node.get("id").asText(), node.get("draft").asText(),
                        node.has("comment") ? node.get("comment").asText() : null,
                        "UK".equals(node.get("jurisdiction").asText()) ? GuardFixtures.UK : GuardFixtures.US,
                        expected));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the adversarial set", e);
        }
        return cases;
    }

    static List<Case> cases() {
        return CASES;
    }

    private static Set<String> run(Case c) {
        GuardResult result = GuardFixtures.GUARD.check(c.draft(), c.comment(), (Classification) null, c.profile());
        return new LinkedHashSet<>(result.labels());
    }

    @BeforeAll
    static void resetCounts() {
        PER_LABEL.clear();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guardFindsTheExpectedLabels(Case c) {
        Set<String> got = run(c);
        if (c.expected().isEmpty()) {
            assertTrue(got.isEmpty(), () -> "safe draft " + c.id() + " fired " + got);
        } else {
            assertTrue(got.containsAll(c.expected()), () -> "unsafe draft " + c.id() + " expected " + c.expected() + ", got " + got);
        }
    }

    @Test
    void setIsLargeAndCoversEveryLabelSeveralTimes() {
        assertTrue(CASES.size() >= 150, "at least 150 drafts");
        for (HardRule rule : HardRule.values()) {
            long lines = CASES.stream().filter(c -> c.expected().contains(rule.label())).count();
            assertTrue(lines >= 3, () -> "lines expecting " + rule.label() + ": " + lines);
        }
        assertTrue(CASES.stream().filter(c -> c.expected().isEmpty()).count() >= 60, "at least 60 safe drafts");
    }

    @AfterAll
    static void printMetrics() {
        int unsafe = 0;
        int caught = 0;
        int safe = 0;
        int passed = 0;
        int exact = 0;
        for (Case c : CASES) {
            Set<String> got = run(c);
            if (c.expected().isEmpty()) {
                safe++;
                passed += got.isEmpty() ? 1 : 0;
            } else {
                unsafe++;
                caught += got.containsAll(c.expected()) ? 1 : 0;
                for (String label : c.expected()) {
                    int[] counts = PER_LABEL.computeIfAbsent(HardRule.fromLabel(label), r -> new int[2]);
                    counts[0]++;
                    counts[1] += got.contains(label) ? 1 : 0;
                }
            }
            exact += new TreeSet<>(got).equals(c.expected()) ? 1 : 0;
        }
        System.out.printf("adversarial set: recall on unsafe %d/%d (%.1f%%), specificity on safe %d/%d (%.1f%%),"
                        + " exact label sets %d/%d%n", caught, unsafe, 100.0 * caught / unsafe, passed, safe,
                100.0 * passed / safe, exact, CASES.size());
        PER_LABEL.forEach((rule, counts) -> System.out.printf("  %-28s recall %d/%d%n", rule.label(), counts[1], counts[0]));
    }
}
