package com.safereply.bench;

import com.safereply.core.TriageEngine;
import com.safereply.core.guard.SafetyGuard;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Comment;
import com.safereply.core.model.Triage;
import com.safereply.core.profile.PracticeProfile;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * The four workloads of {@link TriageBenchmark}, plus an approver's edit (free text, so the learned check runs), timed by this thread's CPU time instead of wall time. On a
 * shared machine (other builds running) JMH's wall-clock throughput mostly measures how often the scheduler gave us
 * the core; CPU time per operation is far less sensitive to that, though cache and SMT contention still inflate it.
 * Run: {@code java -cp tools/bench/target/benchmarks.jar com.safereply.bench.CpuTimeProbe [rounds] [guard ops per round]}.
 */
public final class CpuTimeProbe {

    private CpuTimeProbe() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        // operations per round of the guard workloads (triage does a third): fewer keep a run short on a busy machine
        int guardOps = args.length > 1 ? Integer.parseInt(args[1]) : 300_000;
        TriageEngine engine = new TriageEngine();
        SafetyGuard guard = engine.guard();
        PracticeProfile profile = PracticeProfile.demo();
        List<String> comments = BenchData.comments();
        List<Triage> triages = comments.stream().map(c -> engine.triage(new Comment("id", c), profile)).toList();
        List<String> drafts = triages.stream().map(t -> t.reply().text()).toList();
        List<Classification> classifications = triages.stream().map(Triage::classification).toList();
        // An approver's edit: the engine's draft plus one sentence of their own, so the reply is free text and the
        // learned check runs on it (it never runs on vetted drafts).
        String[] ownWords = {"Thank you again for taking the time to write to us.", "We really do appreciate hearing from you.",
                "Wishing you a good week ahead from all of us.", "Thanks for your patience while we look into this."};
        List<String> edits = java.util.stream.IntStream.range(0, drafts.size())
                .mapToObj(i -> drafts.get(i) + " " + ownWords[i % ownWords.length]).toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int n = comments.size();
        String[] workloads = {"guardDraftAlone", "guardDraftClassified", "guardDraftWithComment", "guardHumanEdit", "triage"};
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            StringBuilder line = new StringBuilder("round " + round + ":");
            for (String workload : workloads) {
                int ops = workload.startsWith("guardDraftA") || workload.startsWith("guardDraftC")
                        || workload.equals("guardHumanEdit") ? guardOps : guardOps / 3;
                long start = threads.getCurrentThreadCpuTime();
                for (int k = 0; k < ops; k++) {
                    int i = k % n;
                    Object result = switch (workload) {
                        case "guardDraftAlone" -> guard.check(drafts.get(i), null, profile);
                        case "guardDraftClassified" -> guard.check(drafts.get(i), comments.get(i), classifications.get(i), profile);
                        case "guardDraftWithComment" -> guard.check(drafts.get(i), comments.get(i), null, profile);
                        case "guardHumanEdit" -> guard.check(edits.get(i), comments.get(i), classifications.get(i), profile);
                        default -> engine.triage(new Comment("c" + i, comments.get(i)), profile);
                    };
                    sink += result.hashCode();
                }
                long nanos = threads.getCurrentThreadCpuTime() - start;
                line.append(String.format(" %s=%.0f/s (%.1f us)", workload, ops * 1e9 / nanos, nanos / 1e3 / ops));
            }
            System.out.println(line);
        }
        System.out.println(sink == 42 ? "" : "done");
    }
}
