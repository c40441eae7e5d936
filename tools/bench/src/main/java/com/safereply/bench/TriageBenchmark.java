package com.safereply.bench;

import com.safereply.core.TriageEngine;
import com.safereply.core.guard.SafetyGuard;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Comment;
import com.safereply.core.model.Triage;
import com.safereply.core.profile.PracticeProfile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Single-thread throughput of the core: a whole triage (classify + draft + guard) per comment, and the guard alone
 * on drafts with their comments. Each invocation processes one item, cycling through realistic inputs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class TriageBenchmark {

    private final TriageEngine engine = new TriageEngine();
    private final SafetyGuard guard = engine.guard();
    private final PracticeProfile profile = PracticeProfile.demo();
    private List<String> comments;
    private List<String> drafts;
    private List<Classification> classifications;
    private int next;

    @Setup
    public void setUp() {
        comments = BenchData.comments();
        List<Triage> triages = comments.stream().map(c -> engine.triage(new Comment("id", c), profile)).toList();
        drafts = triages.stream().map(t -> t.reply().text()).toList();
        classifications = triages.stream().map(Triage::classification).toList();
    }

    @Benchmark
    public Triage triage() {
        int i = next++ % comments.size();
        return engine.triage(new Comment("c" + i, comments.get(i)), profile);
    }

    @Benchmark
    public Object guardDraftWithComment() {
        int i = next++ % comments.size();
        return guard.check(drafts.get(i), comments.get(i), null, profile);
    }

    /** The engine's hot path: the comment was already classified, so the guard gets its classification. */
    @Benchmark
    public Object guardDraftClassified() {
        int i = next++ % comments.size();
        return guard.check(drafts.get(i), comments.get(i), classifications.get(i), profile);
    }

    @Benchmark
    public Object guardDraftAlone() {
        int i = next++ % drafts.size();
        return guard.check(drafts.get(i), null, profile);
    }
}
