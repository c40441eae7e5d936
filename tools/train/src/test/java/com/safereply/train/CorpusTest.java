package com.safereply.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.core.classify.learned.ModelFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The committed corpus is clean, the shipped model was trained on exactly it, and it shares no text with the shared
 * evaluation set. Runs from the module folder (tools/train), as Maven does.
 */
class CorpusTest {

    private static final Path CORPUS = Path.of("corpus");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyCommittedLineIsValidAndNoTextIsThereTwice() throws IOException {
        Corpus corpus = Corpus.load(CORPUS);
        assertTrue(corpus.rejected().isEmpty(), "lines the loader would drop: " + corpus.rejected());
        assertTrue(corpus.examples().size() > 0);
    }

    @Test
    void theShippedModelsAreStampedWithTheCommittedCorpus() throws IOException {
        String corpus = Corpus.sha256(CORPUS);
        assertEquals(corpus, ModelFile.shipped().corpusSha256(),
                "the corpus changed after the model was trained: run tools/train/train.sh fit and commit the model");
        assertEquals(corpus, ModelFile.shippedWithEmbeddings().corpusSha256(),
                "the corpus changed after the MiniLM model was trained: run tools/train/train.sh fit-minilm and commit it");
    }

    /**
     * The shared set (../shared/eval) is for measuring only. CI machines have no shared folder: the test is skipped
     * there with a message, and runs on every machine that has it (or where SAFEREPLY_EVAL points at it). The import
     * step also leaves shared-set texts out, so this only fails if someone adds them by hand.
     */
    @Test
    void noCorpusTextIsATextOfTheSharedEvaluationSet() throws IOException {
        Path shared = sharedSet();
        assumeTrue(shared != null, "shared evaluation set not found (../shared/eval/real_comments.jsonl or"
                + " $SAFEREPLY_EVAL): overlap not checked on this machine");
        Set<String> sharedKeys = new HashSet<>();
        for (String line : Files.readAllLines(shared, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                sharedKeys.add(TextKey.of(JSON.readTree(line).get("text").asText()));
            }
        }
        assertTrue(sharedKeys.size() > 100, "the shared set was read");
        List<String> overlapping = Corpus.load(CORPUS).examples().stream()
                .filter(e -> sharedKeys.contains(TextKey.of(e.text())))
                .map(e -> e.voice() + ":" + e.line())
                .toList();
        assertEquals(List.of(), overlapping, "corpus lines equal to shared-set texts (voice:line)");
    }

    @Test
    void normalisationIgnoresCaseAccentsPunctuationAndSpacing() {
        assertEquals(TextKey.of("Great staff!! 👍"), TextKey.of("great   STAFF"));
        assertEquals(TextKey.of("¿Atienden sin cita?"), TextKey.of("atienden sin cita"));
        assertTrue(!TextKey.of("great staff").equals(TextKey.of("great stuff")));
    }

    @Test
    void styledLettersAreTheSameTextAsPlainOnes() {
        // a writer who pastes a shared-set text in 𝗯𝗼𝗹𝗱 letters must still be caught, and triage reads them alike
        assertEquals(TextKey.of("great staff"), TextKey.of("𝗚𝗿𝗲𝗮𝘁 𝘀𝘁𝗮𝗳𝗳"));
        assertEquals(TextKey.of("necesito cita"), TextKey.of("𝘕𝘦𝘤𝘦𝘴𝘪𝘵𝘰 𝘤𝘪𝘵𝘢"));
    }

    private static Path sharedSet() {
        String env = System.getenv("SAFEREPLY_EVAL");
        for (Path p : env != null ? List.of(Path.of(env)) : List.of(Path.of("../../../shared/eval/real_comments.jsonl"),
                Path.of("../../shared/eval/real_comments.jsonl"))) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }
}
