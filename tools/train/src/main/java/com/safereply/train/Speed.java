package com.safereply.train;

import com.safereply.core.FallbackObserver;
import com.safereply.core.TriageEngine;
import com.safereply.core.model.Comment;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.embeddings.MiniLmEmbedder;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Speed of a shipped engine (run it pinned to one core: train.sh speed and speed-minilm do): the models' load time in
 * this fresh JVM, then triage per comment (rules, model, draft, guard) over the corpus's texts, warm, one thread, p50
 * and p99. A benchmark program, not a test: the figures go to docs/benchmarks.md with the command.
 */
final class Speed {

    private Speed() {
    }

    /** The engine with the n-gram model: 5 warm passes over the corpus, then 30,000 comments measured. */
    static void run(List<Example> corpus) {
        run(corpus, "n-gram model", TriageEngine::new, corpus.size() * 5, 30_000);
    }

    /** The engine with the MiniLM model (the triage function's): about 10 ms a comment, so fewer comments. */
    static void runMiniLm(List<Example> corpus) {
        run(corpus, "MiniLM model", () -> new TriageEngine(FallbackObserver.NONE, new MiniLmEmbedder().load()), 500,
                3_000);
    }

    private static void run(List<Example> corpus, String name, Supplier<TriageEngine> load, int warm, int measured) {
        long t0 = System.nanoTime();
        TriageEngine engine = load.get();
        long loaded = System.nanoTime() - t0;
        PracticeProfile profile = PracticeProfile.demo();
        long t1 = System.nanoTime();
        engine.triage(new Comment("first", "first comment"), profile);
        long first = System.nanoTime() - t1;
        String[] texts = corpus.stream().map(Example::text).toArray(String[]::new);
        // a stride through the corpus, so that the measured comments are not one writer's
        int step = Math.max(1, texts.length / Math.max(1, measured)) | 1;
        long sink = 0;
        for (int i = 0; i < warm; i++) {
            sink += engine.triage(new Comment("w" + i, texts[(i * 7 + 3) % texts.length]), profile).reply().text().length();
        }
        long[] triage = new long[measured];
        long[] classify = new long[measured];
        for (int i = 0; i < measured; i++) {
            Comment c = new Comment("c" + i, texts[(int) ((long) i * step % texts.length)]);
            long a = System.nanoTime();
            sink += engine.triage(c, profile).reply().text().length();
            long b = System.nanoTime();
            sink += engine.learnedClassifier().classify(c, profile).signals().size();
            long d = System.nanoTime();
            triage[i] = b - a;
            classify[i] = d - b;
        }
        Arrays.sort(triage);
        Arrays.sort(classify);
        System.out.printf(Locale.ROOT,
                "%s: models and engine built (first use, this JVM) %.0f ms; first triage %.0f ms%n", name,
                loaded / 1e6, first / 1e6);
        System.out.printf(Locale.ROOT, "triage per comment (rules + model + draft + guard), warm, %d comments: p50 %.1f us, p99 %.1f us%n",
                measured, triage[measured / 2] / 1e3, triage[measured * 99 / 100] / 1e3);
        System.out.printf(Locale.ROOT, "classification only (rules + model): p50 %.1f us, p99 %.1f us%n",
                classify[measured / 2] / 1e3, classify[measured * 99 / 100] / 1e3);
        System.out.println("(checksum " + sink + ")");
    }
}
