package com.safereply.core.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Comment;
import com.safereply.core.model.Language;
import com.safereply.core.profile.PracticeProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-written adversarial set ({@code adversarial/comments.jsonl}): every line's category and flags. Emergency
 * and crisis flags are asserted line by line with no tolerance: a missed one can cost a life.
 */
class AdversarialCommentsTest {

    private static final String RESOURCE = "/adversarial/comments.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CommentClassifier CLASSIFIER = new CommentClassifier();

    record Line(String id, String text, Category category, boolean emergency, boolean crisis, boolean containsPhi,
                Language language) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Line> lines() throws IOException {
        List<Line> out = new ArrayList<>();
        try (InputStream in = AdversarialCommentsTest.class.getResourceAsStream(RESOURCE)) {
            for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (raw.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(raw);
                out.add(new Line(n.get("id").asText(), n.get("text").asText(),
                        Category.fromLabel(n.get("category").asText()), n.get("emergency").asBoolean(),
                        n.get("crisis").asBoolean(), n.get("contains_phi").asBoolean(),
                        Language.fromCode(n.get("language").asText())));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void emergencyAndCrisisAreNeverMissed(Line line) {
        Classification c = CLASSIFIER.classify(new Comment(line.id(), line.text()), PracticeProfile.demo());
        assertEquals(line.emergency(), c.emergency(), "emergency flag");
        assertEquals(line.crisis(), c.crisis(), "crisis flag");
        if (line.emergency() || line.crisis()) {
            assertEquals(Category.EMERGENCY, c.category(), "emergency and crisis win over every category");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void categoryAndFlagsMatch(Line line) {
        Classification c = CLASSIFIER.classify(new Comment(line.id(), line.text()), PracticeProfile.demo());
        assertEquals(line.category(), c.category(), () -> "category, signals " + c.signals());
        assertEquals(line.containsPhi(), c.containsPhi(), () -> "contains_phi, signals " + c.signals());
        assertEquals(line.language(), c.language(), "language");
    }

    @Test
    void setIsLargeAndCoversEveryCategoryInBothLanguages() throws IOException {
        List<Line> all = lines().toList();
        assertTrue(all.size() >= 150, "at least 150 lines");
        for (Category category : Category.values()) {
            for (Language language : Language.values()) {
                assertTrue(all.stream().anyMatch(l -> l.category() == category && l.language() == language),
                        category + " in " + language);
            }
        }
        assertTrue(all.stream().anyMatch(Line::crisis), "crisis lines");
    }

    @Test
    void aggregateFiguresAreReported() throws IOException, URISyntaxException {
        Path file = Paths.get(AdversarialCommentsTest.class.getResource(RESOURCE).toURI());
        ClassifierEvaluation.Report report = ClassifierEvaluation.evaluate(file, CLASSIFIER, PracticeProfile.demo());
        System.out.println("Adversarial set:");
        System.out.print(report.format());
        assertEquals(1.0, report.emergencyRecall(), "emergency recall");
    }
}
