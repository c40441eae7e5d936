package com.safereply.core.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.core.model.Comment;
import com.safereply.core.profile.PracticeProfile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A quick classification-speed loop (not a unit test): average time per comment over a JSONL file, after warm-up.
 * Usage: {@code ClassifierSpeed file.jsonl [rounds]}. Prints only figures, never texts.
 */
public final class ClassifierSpeed {

    /** Thread CPU time, not wall time: the shared build machine is often loaded and wall time would mostly measure
     * the other processes. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private ClassifierSpeed() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Comment> comments = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (!line.isBlank()) {
                comments.add(new Comment("c" + comments.size(), json.readTree(line).get("text").asText()));
            }
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        CommentClassifier classifier = new CommentClassifier();
        RiskDetector risk = new RiskDetector();
        PracticeProfile profile = PracticeProfile.demo();
        long sink = 0;
        for (int warm = 0; warm < rounds; warm++) {
            for (Comment c : comments) {
                sink += classifier.classify(c, profile).signals().size();
                sink += risk.detect(c.text()).signals().size();
            }
        }
        long start = CPU.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            for (Comment c : comments) {
                sink += classifier.classify(c, profile).signals().size();
            }
        }
        double classifyMicros = (CPU.getCurrentThreadCpuTime() - start) / 1e3 / rounds / comments.size();
        start = CPU.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            for (Comment c : comments) {
                sink += risk.detect(c.text()).signals().size();
            }
        }
        double riskMicros = (CPU.getCurrentThreadCpuTime() - start) / 1e3 / rounds / comments.size();
        System.out.printf("%d comments x %d rounds: classify %.2f us/comment (thread CPU time) (%.0f/s), RiskDetector.detect alone %.2f us"
                + " (sink %d)%n", comments.size(), rounds, classifyMicros, 1e6 / classifyMicros, riskMicros, sink);
    }
}
