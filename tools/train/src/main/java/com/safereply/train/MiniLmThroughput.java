package com.safereply.train;

import com.safereply.embeddings.MiniLmEmbedder;
import java.util.List;
import java.util.Locale;

/**
 * What the CLI's 1,000 comments/s target would meet if triage embedded every comment with MiniLM: comments embedded
 * per second, wall clock, by N threads sharing one one-thread ONNX session, each thread taking the next comment, as a
 * CLI worker pool would. onnxruntime documents {@code OrtSession.run} as thread-safe; the HuggingFace tokenizer that
 * langchain4j's encoder holds is assumed to be (the checksum printed is the same on one thread and on two). Not pinned:
 * {@code TRAIN_THREADS} threads, by default one per core up to four. One comment at a time per thread, no padded
 * batches: that is a further step this does not measure. A benchmark program, not a test: the figures go to
 * docs/benchmarks.md.
 */
final class MiniLmThroughput {

    private static final int WARM = 300;
    private static final int MEASURED = 6_000;

    private MiniLmThroughput() {
    }

    static void run(List<Example> corpus, int threads) throws Exception {
        MiniLmEmbedder minilm = new MiniLmEmbedder();
        minilm.load();
        // a fixed spread of the corpus (every voice, every length), not its first lines; the warm-up texts sit one
        // place off the measured ones' grid, so no measured text was embedded before it is timed
        String[] texts = corpus.stream().map(Example::text).toArray(String[]::new);
        int step = Math.max(1, texts.length / (WARM + MEASURED));
        double sink = 0;
        for (int i = 0; i < WARM; i++) {
            sink += minilm.embed(texts[(i * step + 1) % texts.length])[1];
        }
        Workers.Timed run = Workers.share(threads, MEASURED, "minilm-throughput",
                i -> minilm.embed(texts[((WARM + i) * step) % texts.length])[2]);
        System.out.printf(Locale.ROOT, "MiniLM embedding throughput, %d thread(s) sharing one session, %d corpus "
                + "comments: %.1f s wall = %.0f comments/s%n", threads, MEASURED, run.seconds(), MEASURED / run.seconds());
        System.out.println("(checksum " + (sink + run.checksum()) + ")");
    }
}
