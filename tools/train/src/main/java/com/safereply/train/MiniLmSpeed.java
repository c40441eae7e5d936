package com.safereply.train;

import com.safereply.embeddings.MiniLmEmbedder;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Cost of the MiniLM candidates' extra step (run it pinned to one core: {@code train.sh minilm-speed} does): the
 * model's load time in this fresh JVM (onnxruntime and tokenizer natives unpacked, ONNX session built) and the first
 * embedding, then the time to embed one comment, warm, one thread, p50 and p99 over the corpus's texts. No cache:
 * every text is embedded. A benchmark program, not a test: the figures go to docs/quality.md with the command.
 */
final class MiniLmSpeed {

    private static final int WARM = 500;
    private static final int MEASURED = 3_000;

    private MiniLmSpeed() {
    }

    static void run(List<Example> corpus) {
        MiniLmEmbedder minilm = new MiniLmEmbedder();
        long t0 = System.nanoTime();
        minilm.load();
        long load = System.nanoTime() - t0;
        long t1 = System.nanoTime();
        float sink = minilm.embed("first comment")[0];
        long first = System.nanoTime() - t1;
        // a fixed spread of the corpus (every voice, every length), not its first lines
        String[] texts = corpus.stream().map(Example::text).toArray(String[]::new);
        int step = Math.max(1, texts.length / (WARM + MEASURED));
        for (int i = 0; i < WARM; i++) {
            sink += minilm.embed(texts[(i * step + 1) % texts.length])[1];
        }
        long[] times = new long[MEASURED];
        int chars = 0;
        for (int i = 0; i < MEASURED; i++) {
            String text = texts[((WARM + i) * step) % texts.length];
            chars += text.length();
            long a = System.nanoTime();
            sink += minilm.embed(text)[2];
            times[i] = System.nanoTime() - a;
        }
        long total = Arrays.stream(times).sum();
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "MiniLM model load (this JVM): %.0f ms; first embedding: %.0f ms%n", load / 1e6, first / 1e6);
        System.out.printf(Locale.ROOT, "embedding per comment, warm, one thread, %d corpus comments (mean %d chars): "
                        + "p50 %.2f ms, p99 %.2f ms, mean %.2f ms%n", MEASURED, chars / MEASURED,
                times[MEASURED / 2] / 1e6, times[MEASURED * 99 / 100] / 1e6, total / 1e6 / MEASURED);
        System.out.println("(checksum " + sink + ")");
    }
}
