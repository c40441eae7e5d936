package com.safereply.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each text is embedded once, across folds and across runs; a file of another model is not trusted. */
class EmbeddingCacheTest {

    @TempDir
    Path dir;

    private final List<String> asked = new ArrayList<>();

    /** A stand-in embedder: a vector derived from the text, and a record of what it was asked. */
    private synchronized float[] embed(String text) {
        asked.add(text);
        return new float[] {text.length(), text.charAt(0), -1f};
    }

    private static final Function<String, float[]> NEVER = text -> {
        throw new AssertionError("embedder called for a stored text");
    };

    @Test
    void aStoredTextIsNotEmbeddedAgain() throws IOException {
        try (EmbeddingCache cache = new EmbeddingCache(dir.resolve("e.bin"), "m", 3, this::embed)) {
            float[] first = cache.get("chest pain");
            float[] again = cache.get("chest pain");
            assertArrayEquals(new float[] {10f, 'c', -1f}, again);
            assertArrayEquals(first, again);
            assertEquals(List.of("chest pain"), asked);
            assertEquals(1, cache.embedded());
            assertEquals(1, cache.reused());
        }
    }

    @Test
    void fillingOnSeveralThreadsEmbedsEachMissingTextOnceAndStoresItForLaterRuns() throws IOException {
        Path file = dir.resolve("e.bin");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            texts.add("comment " + (i % 4_000));   // 1,000 repeats
        }
        try (EmbeddingCache cache = new EmbeddingCache(file, "m", 3, this::embed)) {
            cache.get("comment 7");
            cache.fill(texts, 3);
            assertEquals(4_000, cache.embedded());
            assertEquals(4_000, asked.size(), "each distinct text once, the stored one not again");
        }
        try (EmbeddingCache cache = new EmbeddingCache(file, "m", 3, NEVER)) {
            for (int i = 0; i < 4_000; i++) {
                String text = "comment " + i;
                assertArrayEquals(new float[] {text.length(), 'c', -1f}, cache.get(text));
            }
        }
    }

    @Test
    void aLaterRunReadsTheStoredVectorsBack() throws IOException {
        Path file = dir.resolve("e.bin");
        try (EmbeddingCache cache = new EmbeddingCache(file, "m", 3, this::embed)) {
            cache.get("chest pain");
            cache.get("¿me pueden dar cita?");
        }
        try (EmbeddingCache cache = new EmbeddingCache(file, "m", 3, NEVER)) {
            assertArrayEquals(new float[] {10f, 'c', -1f}, cache.get("chest pain"));
            assertArrayEquals(new float[] {20f, '¿', -1f}, cache.get("¿me pueden dar cita?"));
            assertEquals(0, cache.embedded());
        }
    }

    @Test
    void anotherModelsFileIsStartedAfresh() throws IOException {
        Path file = dir.resolve("e.bin");
        try (EmbeddingCache cache = new EmbeddingCache(file, "old model", 3, this::embed)) {
            cache.get("chest pain");
        }
        try (EmbeddingCache cache = new EmbeddingCache(file, "new model", 3, this::embed)) {
            cache.get("chest pain");
            assertEquals(1, cache.embedded(), "vectors of another model are not reused");
        }
        assertThrows(AssertionError.class, () -> {
            try (EmbeddingCache cache = new EmbeddingCache(file, "new model", 2, NEVER)) {
                cache.get("chest pain");
            }
        }, "nor those of another width");
    }

    @Test
    void aRecordCutShortByAnInterruptedRunIsDroppedAndTheRestKept() throws IOException {
        Path file = dir.resolve("e.bin");
        try (EmbeddingCache cache = new EmbeddingCache(file, "m", 3, this::embed)) {
            cache.get("first");
            cache.get("second");
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(Files.size(file) - 5);
        }
        asked.clear();
        try (EmbeddingCache cache = new EmbeddingCache(file, "m", 3, this::embed)) {
            assertArrayEquals(new float[] {5f, 'f', -1f}, cache.get("first"));
            assertArrayEquals(new float[] {6f, 's', -1f}, cache.get("second"));
            assertEquals(List.of("second"), asked);
        }
        try (EmbeddingCache cache = new EmbeddingCache(file, "m", 3, NEVER)) {
            assertArrayEquals(new float[] {6f, 's', -1f}, cache.get("second"), "re-embedded record appended cleanly");
        }
    }

    @Test
    void anEmbedderOfTheWrongWidthIsAnError() throws IOException {
        try (EmbeddingCache cache = new EmbeddingCache(dir.resolve("e.bin"), "m", 4, this::embed)) {
            assertThrows(IllegalStateException.class, () -> cache.get("chest pain"));
        }
    }
}
