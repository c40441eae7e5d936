package com.safereply.train;

import com.safereply.core.TriageEngine;
import com.safereply.core.classify.learned.LearnedClassifier;
import com.safereply.core.model.Comment;
import com.safereply.core.profile.PracticeProfile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Speed of the shipped engine (run it pinned to one core: train.sh speed does): the model's load time in this fresh
 * JVM, then triage per comment (rules, model, draft, guard) over the corpus's texts, warm, one thread, p50 and p99.
 * A benchmark program, not a test: the figures go to docs/benchmarks.md with the command.
 */
final class Speed {

    private static final int WARM_PASSES = 5;
    private static final int MEASURED = 30_000;

    private Speed() {
    }

    static void run(List<Example> corpus) {
        long t0 = System.nanoTime();
        LearnedClassifier.shipped();
        long load = System.nanoTime() - t0;
        long t1 = System.nanoTime();
        TriageEngine engine = new TriageEngine();
        PracticeProfile profile = PracticeProfile.demo();
        engine.triage(new Comment("first", "first comment"), profile);
        long first = System.nanoTime() - t1;
        String[] texts = corpus.stream().map(Example::text).toArray(String[]::new);
        long sink = 0;
        for (int pass = 0; pass < WARM_PASSES; pass++) {
            for (int i = 0; i < texts.length; i++) {
                sink += engine.triage(new Comment("c" + i, texts[i]), profile).reply().text().length();
            }
        }
        long[] triage = new long[MEASURED];
        long[] classify = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            Comment c = new Comment("c" + i, texts[i % texts.length]);
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
        System.out.printf(Locale.ROOT, "model load (first use, this JVM): %.0f ms; engine build + first triage: %.0f ms%n",
                load / 1e6, first / 1e6);
        System.out.printf(Locale.ROOT, "triage per comment (rules + model + draft + guard), warm, %d comments: p50 %.1f us, p99 %.1f us%n",
                MEASURED, triage[MEASURED / 2] / 1e3, triage[MEASURED * 99 / 100] / 1e3);
        System.out.printf(Locale.ROOT, "classification only (rules + model): p50 %.1f us, p99 %.1f us%n",
                classify[MEASURED / 2] / 1e3, classify[MEASURED * 99 / 100] / 1e3);
        System.out.println("(checksum " + sink + ")");
    }
}
