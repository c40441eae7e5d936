package com.safereply.train;

import com.safereply.core.classify.CommentClassifier;
import com.safereply.core.classify.RulesReading;
import com.safereply.core.classify.learned.FeatureHasher;
import com.safereply.core.classify.learned.Prediction;
import com.safereply.core.model.Category;
import com.safereply.core.model.Comment;
import com.safereply.core.profile.PracticeProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * One fit per voice pair gives exactly the predictions of fitting every inner fold on its own; folds of voices predict
 * each voice with a model that never saw its fold.
 */
class NestedFoldsTest {

    private static final int LEAVE_ONE_VOICE_OUT = NestedFolds.ONE_VOICE_PER_FOLD;

    private final FeatureHasher hasher = new FeatureHasher(12);
    private final CommentClassifier rules = new CommentClassifier();
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdown();
    }

    private List<Item> corpus(int voices) {
        String[][] texts = {
                {"lovely staff thank you", "can i book tuesday", "he is not breathing"},
                {"best dentist ever", "are you open saturday", "she collapsed call 911"},
                {"so kind and friendly", "need to reschedule please", "my chest is crushing"},
                {"great team", "do you take walk ins", "he overdosed and wont wake"},
                {"amazing nurses", "what time do you close", "she is turning blue"}};
        Category[] labels = {Category.FEEDBACK, Category.APPOINTMENT_ADMIN, Category.EMERGENCY};
        List<Item> items = new ArrayList<>();
        // interleaved voices: the order within each training set must be kept exactly
        for (int k = 0; k < 3; k++) {
            for (int v = 0; v < voices; v++) {
                String text = texts[v][k];
                RulesReading r = rules.read(new Comment("", text), PracticeProfile.demo());
                boolean emergency = labels[k] == Category.EMERGENCY;
                Example e = new Example("v" + v, k + 1, text, labels[k], emergency, false, emergency, false, "en", "x", "US");
                items.add(new Item(e, r, hasher.features(r.tokens(), r.cues())));
            }
        }
        return items;
    }

    @Test
    void everyFoldMatchesFittingItsInnerFoldsOneByOne() {
        List<Item> items = corpus(5);
        LogisticRegression lr = new LogisticRegression(hasher, 4, 0.3, 1e-6, 11L);
        List<NestedFolds.Fold> folds = NestedFolds.run(lr, items, pool);

        assertEquals(List.of("v0", "v1", "v2", "v3", "v4"), folds.stream().map(NestedFolds.Fold::voice).toList());
        for (NestedFolds.Fold f : folds) {
            List<Item> training = items.stream().filter(i -> !i.example().voice().equals(f.voice())).toList();
            List<Item> held = items.stream().filter(i -> i.example().voice().equals(f.voice())).toList();
            assertEquals(training, f.training());
            assertEquals(held, f.held());
            assertSame(CrossValidation.outOfFold(lr, training), f.trainingOutOfFold());
            Candidate.Fitted fitted = lr.fit(training);
            assertSame(held.stream().map(fitted::predict).toList(), f.heldPredictions());
        }
    }

    @Test
    void plainOutOfFoldOnThePoolMatchesCrossValidation() {
        List<Item> items = corpus(4);
        LogisticRegression lr = new LogisticRegression(hasher, 4, 0.3, 1e-6, 11L);
        assertSame(CrossValidation.outOfFold(lr, items), NestedFolds.outOfFold(lr, items, pool, LEAVE_ONE_VOICE_OUT));
    }

    @Test
    void foldsOfVoicesPredictEachVoiceWithAModelFittedOnlyOnTheOtherFolds() {
        List<Item> items = corpus(5);
        LogisticRegression lr = new LogisticRegression(hasher, 4, 0.3, 1e-6, 11L);

        List<Prediction> twoFolds = NestedFolds.outOfFold(lr, items, pool, 2);

        // voices in name order, dealt round-robin: fold 0 = v0, v2, v4; fold 1 = v1, v3
        List<String> foldZero = List.of("v0", "v2", "v4");
        Candidate.Fitted onFoldOne = lr.fit(items.stream().filter(i -> !foldZero.contains(i.example().voice())).toList());
        Candidate.Fitted onFoldZero = lr.fit(items.stream().filter(i -> foldZero.contains(i.example().voice())).toList());
        assertSame(items.stream().map(i -> foldZero.contains(i.example().voice())
                ? onFoldOne.predict(i) : onFoldZero.predict(i)).toList(), twoFolds);
        List<Prediction> leaveOneVoiceOut = NestedFolds.outOfFold(lr, items, pool, LEAVE_ONE_VOICE_OUT);
        assertSame(leaveOneVoiceOut, NestedFolds.outOfFold(lr, items, pool, 5));
        assertSame(leaveOneVoiceOut, NestedFolds.outOfFold(lr, items, pool, 9));
        assertThrows(IllegalArgumentException.class, () -> NestedFolds.outOfFold(lr, items, pool, 1));
    }

    @Test
    void theWholeFitBesideTheFoldsChangesNeitherAndAFailureSurfacesWithItsCause() {
        List<Item> items = corpus(4);
        LogisticRegression lr = new LogisticRegression(hasher, 4, 0.3, 1e-6, 11L);

        NestedFolds.OutOfFoldAndWhole<Candidate.Fitted> both = NestedFolds.outOfFoldBeside(lr, items, () -> lr.fit(items), 2,
                NestedFolds.ONE_VOICE_PER_FOLD);

        assertSame(CrossValidation.outOfFold(lr, items), both.outOfFold());
        Candidate.Fitted alone = lr.fit(items);
        assertSame(items.stream().map(alone::predict).toList(), items.stream().map(both.whole()::predict).toList());
        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> NestedFolds.outOfFoldBeside(lr,
                items, () -> { throw new ArithmeticException("whole fit"); }, 2, NestedFolds.ONE_VOICE_PER_FOLD));
        assertEquals("whole fit", failed.getCause().getMessage());
    }

    @Test
    void twoVoicesCannotBeNested() {
        assertThrows(IllegalArgumentException.class, () -> NestedFolds.run(new NaiveBayes(hasher), corpus(2), pool));
    }

    private static void assertSame(List<Prediction> expected, List<Prediction> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            Prediction e = expected.get(i);
            Prediction a = actual.get(i);
            assertArrayEquals(e.categories(), a.categories(), 0.0);
            assertEquals(e.emergency(), a.emergency(), 0.0);
            assertEquals(e.crisis(), a.crisis(), 0.0);
            assertEquals(e.containsPhi(), a.containsPhi(), 0.0);
            assertEquals(e.thirdParty(), a.thirdParty(), 0.0);
        }
    }
}
