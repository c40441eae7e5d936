package com.safereply.train;

import com.safereply.core.classify.CommentClassifier;
import com.safereply.core.classify.RulesReading;
import com.safereply.core.classify.learned.FeatureHasher;
import com.safereply.core.classify.learned.Prediction;
import com.safereply.core.classify.learned.Thresholds;
import com.safereply.core.model.Category;
import com.safereply.core.model.Comment;
import com.safereply.core.profile.PracticeProfile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reading thresholds move only what a comment is read as; the flags keep every gold crisis. */
class ThresholdChooserTest {

    private final FeatureHasher hasher = new FeatureHasher(10);
    private final CommentClassifier rules = new CommentClassifier();
    private final List<Item> items = new ArrayList<>();
    private final List<Prediction> outOfFold = new ArrayList<>();

    private void add(String text, Category label, boolean crisis, double modelCrisis) {
        RulesReading r = rules.read(new Comment("", text), PracticeProfile.demo());
        assertFalse(r.classification().emergency(), "the rules must stay out of this test: " + text);
        items.add(new Item(new Example("v", items.size() + 1, text, label, crisis, crisis, crisis, false, "en", "x", "US"),
                r, hasher.features(r.tokens(), r.cues())));
        double[] categories = new double[Category.values().length];
        categories[Category.COMPLAINT.ordinal()] = 0.9;
        categories[Category.FEEDBACK.ordinal()] = 0.1;
        outOfFold.add(new Prediction(categories, 0.01, modelCrisis, 0.5, 0.1));
    }

    @Test
    void hyperboleTheCrisisHeadSuspectsWeaklyKeepsItsCategoryAndEveryCrisisKeepsItsFlag() {
        // enough crises that reading the one the model barely sees as a complaint stays within the recall tolerance
        for (int k = 0; k < 200; k++) {
            add("honestly whats the point of anything anymore " + k, Category.EMERGENCY, true, 0.8);
        }
        add("so tired of everything lately", Category.EMERGENCY, true, 0.06);   // a crisis the model barely sees
        for (int k = 0; k < 10; k++) {
            add("this waiting list is killing me nobody ever calls back " + k, Category.COMPLAINT, false, 0.2);
        }

        Thresholds t = ThresholdChooser.choose(items, outOfFold);

        assertEquals(0.06, t.crisis(), 1e-9, "the flag still catches the weakest gold crisis");
        assertTrue(t.crisisCategory() > 0.2 && t.crisisCategory() <= 0.8, t.toString());
        Scores s = Scores.of(items, outOfFold, t);
        assertEquals(1.0, s.crisisRecall(), 1e-9);
        assertEquals(1.0, s.recall(Category.COMPLAINT), 1e-9, "the hyperbolic complaints are read as complaints");
    }

    @Test
    void withoutFalseCrisesEveryCrisisIsReadAsAnEmergency() {
        for (int k = 0; k < 5; k++) {
            add("honestly whats the point of anything anymore " + k, Category.EMERGENCY, true, 0.3 + 0.1 * k);
        }
        for (int k = 0; k < 10; k++) {
            add("this waiting list is awful nobody ever calls back " + k, Category.COMPLAINT, false, 0.01);
        }

        Thresholds t = ThresholdChooser.choose(items, outOfFold);

        assertEquals(t.crisis(), t.crisisCategory(), 1e-9, "nothing to gain, so the lowest: the flag's own threshold");
    }

    @Test
    void aReadingGainUnderHalfAPointIsTakenBecauseNoFlagMoves() {
        for (int k = 0; k < 200; k++) {
            add("honestly whats the point of anything anymore " + k, Category.EMERGENCY, true, 0.8);
        }
        add("so tired of everything lately", Category.EMERGENCY, true, 0.06);
        for (int k = 0; k < 300; k++) {
            add("the parking here is a joke and reception never answers " + k, Category.COMPLAINT, false, 0.01);
        }
        for (int k = 0; k < 3; k++) {
            add("this waiting list is killing me nobody ever calls back " + k, Category.COMPLAINT, false, 0.2);
        }

        Thresholds t = ThresholdChooser.choose(items, outOfFold);

        // reading the three hyperbolic complaints as complaints gains about 0.001 macro-F1 here (averaged over all
        // seven categories), far less than the half point the chooser used to ask before it would move a reading
        // threshold off the flag's
        assertTrue(t.crisisCategory() > 0.2, t.toString());
        Scores s = Scores.of(items, outOfFold, t);
        assertEquals(1.0, s.crisisRecall(), 1e-9, "every gold crisis keeps its flag");
        assertEquals(1.0, s.recall(Category.COMPLAINT), 1e-9);
    }

    @Test
    void aReadingThatWouldMisreadRealCrisesIsNotTakenHoweverMuchItGains() {
        for (int k = 0; k < 100; k++) {
            add("honestly whats the point of anything anymore " + k, Category.EMERGENCY, true, 0.8);
        }
        add("so tired of everything lately", Category.EMERGENCY, true, 0.06);
        add("cant see the point lately", Category.EMERGENCY, true, 0.07);
        for (int k = 0; k < 30; k++) {
            add("this waiting list is killing me nobody ever calls back " + k, Category.COMPLAINT, false, 0.2);
        }

        Thresholds t = ThresholdChooser.choose(items, outOfFold);

        // reading the thirty complaints as complaints would gain far more macro-F1 than it loses, but two real
        // crises of 102 (two points of emergency-category recall) would be read as complaints
        assertTrue(t.crisisCategory() <= 0.06, t.toString());
        assertEquals(1.0, Scores.of(items, outOfFold, t).recall(Category.EMERGENCY), 1e-9);
    }
}
