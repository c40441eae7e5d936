package com.safereply.train;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Sentence embeddings keyed by the SHA-256 of the text, kept in one append-only file (a build artefact under
 * tools/train/target, never committed) so that every fold and every rerun embeds each text once: embedding the corpus
 * costs minutes, looking it up milliseconds. The file starts with the model's name and the vector width; a file
 * written by another model or width is started afresh rather than mixed in. A record cut short by an interrupted run
 * is dropped on the next open. Not thread-safe: fill it from one thread ({@link #fill} embeds on several, the embedder
 * being thread-safe, and stores from the caller's), then share the vectors.
 */
final class EmbeddingCache implements AutoCloseable {

    private static final int DIGEST_BYTES = 32;

    private final Path file;
    private final String model;
    private final int dimensions;
    private final Function<String, float[]> embedder;
    private final Map<String, float[]> vectors = new HashMap<>();
    private DataOutputStream out;
    private int embedded;
    private int reused;

    EmbeddingCache(Path file, String model, int dimensions, Function<String, float[]> embedder) throws IOException {
        this.file = file;
        this.model = model;
        this.dimensions = dimensions;
        this.embedder = embedder;
        long valid = read();
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (valid == 0) {
            try (DataOutputStream header = new DataOutputStream(Files.newOutputStream(file))) {
                header.writeUTF(model);
                header.writeInt(dimensions);
            }
        } else {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(valid);
            }
        }
        out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.APPEND)));
    }

    /** Texts embedded by {@link #fill} between two flushes: an interrupted run loses at most one chunk. */
    private static final int FILL_CHUNK = 2_000;

    /**
     * Embeds every text not stored yet, on {@code threads} threads (the embedder must be thread-safe), and stores the
     * vectors in the texts' order: the same file as {@link #get} one text at a time would write, in a fraction of the
     * time on a machine with several cores.
     */
    void fill(List<String> texts, int threads) {
        List<String> missing = texts.stream().distinct().filter(t -> !vectors.containsKey(sha256(t))).toList();
        ExecutorService pool = Workers.daemonPool(threads, "embed");
        try {
            for (int from = 0; from < missing.size(); from += FILL_CHUNK) {
                List<String> chunk = missing.subList(from, Math.min(missing.size(), from + FILL_CHUNK));
                List<Future<float[]>> vectorsOfChunk = chunk.stream().map(t -> pool.submit(() -> embedder.apply(t))).toList();
                for (int i = 0; i < chunk.size(); i++) {
                    store(sha256(chunk.get(i)), vectorsOfChunk.get(i).get());
                }
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("embedding failed", e.getCause());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The text's embedding: the stored one if this text was embedded before, else a new one, stored. */
    float[] get(String text) {
        String key = sha256(text);
        float[] stored = vectors.get(key);
        if (stored != null) {
            reused++;
            return stored;
        }
        return store(key, embedder.apply(text));
    }

    private float[] store(String key, float[] vector) {
        if (vector.length != dimensions) {
            throw new IllegalStateException("embedder returned " + vector.length + " values, expected " + dimensions);
        }
        vectors.put(key, vector);
        embedded++;
        try {
            out.write(HexFormat.of().parseHex(key));
            for (float v : vector) {
                out.writeFloat(v);
            }
            if (embedded % 500 == 0) {
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
        return vector;
    }

    int embedded() {
        return embedded;
    }

    int reused() {
        return reused;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Loads the stored vectors; returns the length of the file's valid part (0: start a new file). */
    private long read() throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        long recordBytes = DIGEST_BYTES + 4L * dimensions;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            String storedModel;
            int storedDimensions;
            try {
                storedModel = in.readUTF();
                storedDimensions = in.readInt();
            } catch (EOFException e) {
                return 0;
            }
            if (!storedModel.equals(model) || storedDimensions != dimensions) {
                return 0;
            }
            long valid = 2 + model.getBytes(StandardCharsets.UTF_8).length + 4;
            long size = Files.size(file);
            byte[] digest = new byte[DIGEST_BYTES];
            while (valid + recordBytes <= size) {
                in.readFully(digest);
                float[] v = new float[dimensions];
                for (int i = 0; i < dimensions; i++) {
                    v[i] = in.readFloat();
                }
                vectors.put(HexFormat.of().formatHex(digest), v);
                valid += recordBytes;
            }
            return valid;
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
