package com.safereply.core.classify;

import com.safereply.core.profile.PracticeProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The quality targets, measured on the team's shared set of real comments. Skipped when the file is absent
 * (the project must build without {@code shared/}); point {@code SAFEREPLY_EVAL} at it to run it anywhere.
 */
class RealCommentsQualityTest {

    private static final double MACRO_F1_TARGET = 0.85;
    private static final double EMERGENCY_RECALL_TARGET = 1.0;
    private static final double PHI_RECALL_TARGET = 0.95;

    private static ClassifierEvaluation.Report report;

    @BeforeAll
    static void measure() throws Exception {
        Optional<Path> file = ClassifierEvaluation.locateRealComments();
        if (file.isEmpty()) {
            return;
        }
        report = ClassifierEvaluation.evaluate(file.get(), new CommentClassifier(), PracticeProfile.demo());
        System.out.println("Real comments (" + file.get() + "):");
        System.out.print(report.format());
    }

    private static ClassifierEvaluation.Report report() {
        assumeTrue(report != null, "shared/eval/real_comments.jsonl not found and SAFEREPLY_EVAL not set");
        return report;
    }

    @Test
    void everyEmergencyAndCrisisIsCaught() {
        assertTrue(report().emergencyRecall() >= EMERGENCY_RECALL_TARGET,
                "emergency recall " + report().emergencyRecall());
    }

    @Test
    void healthDisclosuresAreFlagged() {
        assertTrue(report().phiRecall() >= PHI_RECALL_TARGET, "contains_phi recall " + report().phiRecall());
    }

    @Test
    void categoriesReachTheMacroF1Target() {
        assertTrue(report().macroF1() >= MACRO_F1_TARGET, "macro-F1 " + report().macroF1());
    }
}
