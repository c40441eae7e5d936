package com.safereply.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int exitCode, List<JsonNode> lines, String stderr) {
    }

    private static Run run(String stdin, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return new Run(code, lines, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void triageWritesOneLinePerCommentInOrderWithTheContractFields() throws Exception {
        Run run = run("""
                {"id": "c1", "text": "The front desk was rude and nobody called me back about my bill.", "platform": "facebook"}
                {"id": "c2", "text": "My dad has crushing chest pain and his left arm is numb"}
                {"id": "c3", "text": "Dr. Lee and the whole team were wonderful, thank you!"}
                """, "triage");

        assertEquals(Main.OK, run.exitCode());
        assertEquals(3, run.lines().size());
        assertEquals(List.of("c1", "c2", "c3"), run.lines().stream().map(l -> l.get("id").asText()).toList());
        for (JsonNode line : run.lines()) {
            for (String field : List.of("category", "confidence", "emergency", "crisis", "contains_phi", "language", "draft", "low_confidence")) {
                assertTrue(line.has(field), field + " missing in " + line);
            }
            assertTrue(line.get("check").get("safe").asBoolean(), "system draft must pass the guard: " + line);
            assertEquals("safe", line.get("check").get("verdict").asText(), "every system draft is vetted: " + line);
            assertTrue(line.get("check").get("violations").isArray());
        }
        JsonNode emergency = run.lines().get(1);
        assertEquals("emergency", emergency.get("category").asText());
        assertTrue(emergency.get("emergency").asBoolean());
        assertTrue(emergency.get("draft").asText().startsWith("If this is a medical emergency, please call 911")
                || emergency.get("draft").asText().contains("911"), emergency.get("draft").asText());
        assertTrue(run.lines().get(0).get("draft").asText().contains("555-0100"), "demo profile phone");
    }

    @Test
    void aMalformedLineYieldsAnErrorLineAndProcessingContinuesWithExitCodeOne() throws Exception {
        Run run = run("""
                {"id": "ok-1", "text": "Do you take Medicaid?"}
                {"id": "broken", "text": 
                {"id": "no-text"}
                {"id": "ok-2", "text": "Great service"}
                """, "triage");

        assertEquals(Main.SOME_LINES_FAILED, run.exitCode());
        assertEquals(4, run.lines().size());
        assertEquals("ok-1", run.lines().get(0).get("id").asText());
        assertEquals(2, run.lines().get(1).get("line").asInt());
        assertTrue(run.lines().get(1).get("error").asText().startsWith("malformed JSON"));
        assertEquals("no-text", run.lines().get(2).get("id").asText());
        assertEquals("missing \"text\"", run.lines().get(2).get("error").asText());
        assertEquals("ok-2", run.lines().get(3).get("id").asText());
        assertTrue(run.stderr().contains("line 2"), run.stderr());
        assertTrue(run.stderr().contains("id no-text"), run.stderr());
    }

    @Test
    void malformedJsonErrorsDoNotQuoteTheInput() throws Exception {
        Run run = run("{\"id\": \"x\", \"text\": \"I have HIV\" oops}\n", "triage");

        assertEquals(Main.SOME_LINES_FAILED, run.exitCode());
        assertFalse(run.lines().get(0).toString().contains("HIV"));
        assertFalse(run.stderr().contains("HIV"));
        assertFalse(run.stderr().contains("oops"));
    }

    @Test
    void checkReportsViolatedLabelsForAnUnsafeDraftAndSafeForASafeOne() throws Exception {
        Run run = run("""
                {"id": "d1", "text": "Sorry about your root canal last Tuesday, we'll call you tomorrow.", "comment": "My root canal hurt"}
                {"id": "d2", "text": "Thank you for your feedback. Please call us at 555-0100."}
                {"id": "d3", "text": "Thanks a million, you made our day. Please call us at 555-0100."}
                """, "check");

        assertEquals(Main.OK, run.exitCode());
        JsonNode unsafe = run.lines().get(0);
        assertFalse(unsafe.get("safe").asBoolean());
        List<String> labels = new ArrayList<>();
        unsafe.get("violations").forEach(v -> labels.add(v.asText()));
        assertTrue(labels.contains("echoes_phi"), labels.toString());
        assertTrue(labels.contains("practice_initiated_contact"), labels.toString());
        assertTrue(labels.contains("discloses_identifier"), labels.toString());
        assertEquals("unsafe", unsafe.get("verdict").asText());
        JsonNode safe = run.lines().get(1);
        assertTrue(safe.get("safe").asBoolean(), safe.toString());
        assertEquals("safe", safe.get("verdict").asText(), "both sentences are drafter sentences with the profile's phone");
        assertEquals(0, safe.get("violations").size());
        JsonNode free = run.lines().get(2);
        assertEquals("review", free.get("verdict").asText(), "free text no rule objects to needs a second person");
        assertFalse(free.get("safe").asBoolean(), "safe keeps meaning verdict == safe");
        assertEquals(0, free.get("violations").size());
    }

    @Test
    void aProfileWithAParenthesisedPhoneAndAPhrasebookCanBeChecked(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, """
                {"practiceId": "lakeside", "name": "Lakeside Family Dental", "jurisdiction": "US", "languages": ["en", "es"],
                 "publishedPhones": ["(212) 555-0147", "212.555.0148"],
                 "phrasebook": ["Thanks a million, you made our day."]}""");
        Run run = run("""
                {"id": "d1", "text": "Thanks a million, you made our day. Please call us at (212) 555-0147."}
                {"id": "d2", "text": "Thanks a\u200B million, you made our day."}
                """, "check", "--profile", profile.toString());
        assertEquals(Main.OK, run.exitCode(), run.stderr());
        assertEquals("safe", run.lines().get(0).get("verdict").asText(), run.lines().get(0).toString());
        JsonNode hidden = run.lines().get(1);
        assertEquals("review", hidden.get("verdict").asText(), "a zero-width space is never safe");
        assertEquals("invisible", hidden.at("/hidden/0/kind").asText());
        assertEquals(8, hidden.at("/hidden/0/start").asInt());
    }

    @Test
    void aProfileFileChangesJurisdictionAndPhone(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, """
                {"practiceId": "leeds-dental", "name": "Leeds Dental", "jurisdiction": "UK", "languages": ["en"],
                 "publishedPhones": ["0113 496 0123"]}""");

        Run run = run("{\"id\": \"u1\", \"text\": \"I want to kill myself\"}\n", "triage", "--profile", profile.toString());

        assertEquals(Main.OK, run.exitCode());
        String draft = run.lines().get(0).get("draft").asText();
        assertTrue(draft.contains("999") && draft.contains("116 123"), draft);
        assertFalse(draft.contains("988"), draft);
        assertTrue(run.lines().get(0).get("crisis").asBoolean());
    }

    @Test
    void anInvalidProfileIsRefusedWithTheFieldNamed(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, "{\"practiceId\": \"p\", \"name\": \"P\", \"jurisdiction\": \"FR\", \"languages\": [\"en\"],"
                + " \"publishedPhones\": [\"555-0100\"]}");

        Run run = run("", "triage", "--profile", profile.toString());

        assertEquals(Main.USAGE, run.exitCode());
        assertTrue(run.stderr().contains("jurisdiction"), run.stderr());
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors() throws Exception {
        assertEquals(Main.USAGE, run("", "publish").exitCode());
        assertEquals(Main.USAGE, run("", "triage", "--profle", "x").exitCode());
        assertEquals(Main.USAGE, run("", "triage", "--profile").exitCode());
        assertEquals(Main.USAGE, run("").exitCode());
    }

    @Test
    void blankLinesAreSkippedAndNonObjectLinesAreErrors() throws Exception {
        Run run = run("\n[1,2]\n\n\"text\"\n", "check");

        assertEquals(Main.SOME_LINES_FAILED, run.exitCode());
        assertEquals(2, run.lines().size());
        assertEquals(2, run.lines().get(0).get("line").asInt());
        assertEquals(4, run.lines().get(1).get("line").asInt());
    }
}
