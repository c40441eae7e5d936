package com.safereply.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.core.model.Category;
import com.safereply.core.model.Comment;
import com.safereply.core.model.Jurisdiction;
import com.safereply.core.model.Triage;
import com.safereply.core.profile.PracticeProfile;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hard kinds of issue 14, written by independent writers who never saw the code or the training corpus
 * ({@code regression/emergency_crisis.jsonl}: plans with means and timelines, overdoses, third-person emergencies,
 * typos, Spanish, and near-misses such as hyperbole and jokes). Every emergency and crisis must be caught by the
 * engine that triages (rules OR model) and answered with the emergency or crisis wording; every drafted reply passes
 * the guard. Failures list the line numbers and kinds, never the texts.
 *
 * <p>Here on the engine with the n-gram model, which needs nothing but libs/core; libs/embeddings runs the same suite
 * on the engine with the MiniLM model that the triage function and the CLI use ({@link #engine()}).
 */
public class RiskRegressionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TriageEngine ENGINE = new TriageEngine();

    /** The engine under test. */
    protected TriageEngine engine() {
        return ENGINE;
    }

    record Case(int line, String text, boolean emergency, boolean crisis, String kind) {
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                RiskRegressionTest.class.getResourceAsStream("/regression/emergency_crisis.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    JsonNode j = JSON.readTree(line);
                    cases.add(new Case(n, j.get("text").asText(), j.get("emergency").asBoolean(),
                            j.get("crisis").asBoolean(), j.get("kind").asText()));
                }
            }
        }
        return cases;
    }

    @Test
    void theSuiteHoldsAtLeastFortyEmergencyAndCrisisTexts() throws IOException {
        assertTrue(cases().stream().filter(Case::emergency).count() >= 40);
        assertTrue(cases().stream().filter(Case::crisis).count() >= 20);
        assertTrue(cases().stream().anyMatch(c -> c.text().matches("(?s).*\\b(me|se|mi|est[aá]|voy)\\b.*")), "Spanish texts");
    }

    @Test
    void everyEmergencyAndCrisisIsCaughtAndAnsweredWithTheRightResources() throws IOException {
        List<String> missed = new ArrayList<>();
        for (PracticeProfile profile : List.of(PracticeProfile.demo(), uk())) {
            for (Case c : cases()) {
                Triage t = engine().triage(new Comment("r" + c.line(), c.text()), profile);
                boolean ok = true;
                if (c.emergency()) {
                    ok = t.classification().emergency() && t.classification().category() == Category.EMERGENCY
                            && !t.classification().lowConfidence()
                            && t.reply().templateId().matches("(emergency|crisis|emergency_and_crisis)\\..*");
                }
                if (c.crisis()) {
                    ok &= t.classification().crisis() && t.reply().templateId().matches("(crisis|emergency_and_crisis)\\..*");
                }
                if (!ok) {
                    missed.add(profile.jurisdiction() + " line " + c.line() + " (" + c.kind() + ")");
                }
                assertTrue(t.check().safe(), "line " + c.line() + ": drafted reply fails the guard " + t.check().violations());
            }
        }
        assertEquals(List.of(), missed, "emergencies or crises not caught");
    }

    private static PracticeProfile uk() {
        PracticeProfile demo = PracticeProfile.demo();
        return new PracticeProfile("uk-demo", demo.name(), Jurisdiction.UK, demo.languages(), demo.publishedPhones(),
                demo.staffPublicNames(), demo.hours(), demo.website());
    }
}
