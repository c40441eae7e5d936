package com.safereply.train;

import com.safereply.core.classify.CommentClassifier;
import com.safereply.core.classify.RulesReading;
import com.safereply.core.classify.learned.FeatureHasher;
import com.safereply.core.classify.learned.LinearModel;
import com.safereply.core.classify.learned.ModelFile;
import com.safereply.core.model.Category;
import com.safereply.core.model.Comment;
import com.safereply.core.profile.PracticeProfile;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Training is deterministic, learns what it is shown, and survives the trip through the model file. */
class TrainingTest {

    private final FeatureHasher hasher = new FeatureHasher(14);
    private final CommentClassifier rules = new CommentClassifier();

    private Item item(String voice, String text, Category label, boolean emergency) {
        RulesReading r = rules.read(new Comment("", text), PracticeProfile.demo());
        Example e = new Example(voice, 1, text, label, emergency, false, emergency, false, "en", "x", "US");
        return new Item(e, r, hasher.features(r.tokens(), r.cues()));
    }

    private List<Item> tiny() {
        List<Item> items = new ArrayList<>();
        String[] praise = {"lovely staff", "great team thank you", "best dentist ever", "so kind and friendly"};
        String[] booking = {"can i book for tuesday", "are you open saturday", "do you take walk ins", "need to reschedule"};
        String[] urgent = {"he collapsed and is not breathing", "she is turning blue", "my chest is crushing", "he wont wake up"};
        for (int i = 0; i < 4; i++) {
            items.add(item("a", praise[i], Category.FEEDBACK, false));
            items.add(item("b", booking[i], Category.APPOINTMENT_ADMIN, false));
            items.add(item("c", urgent[i], Category.EMERGENCY, true));
        }
        return items;
    }

    @Test
    void theSameDataAndSeedGiveTheSameWeights() throws IOException {
        LogisticRegression lr = new LogisticRegression(hasher, 5, 0.3, 1e-6, 7L);
        assertArrayEquals(bytes(lr.train(tiny())), bytes(lr.train(tiny())));
    }

    @Test
    void itLearnsItsTrainingDataAndTheFileKeepsThePredictions() throws IOException {
        LinearModel model = new LogisticRegression(hasher, 20, 0.3, 1e-6, 7L).train(tiny());
        ModelFile.Loaded read = ModelFile.read(new ByteArrayInputStream(bytes(model)));
        for (Item i : tiny()) {
            var before = model.predict(i.features());
            var after = read.model().predict(i.features());
            assertEquals(i.example().label(), Category.values()[argmax(before.categories())]);
            assertEquals(before.emergency(), after.emergency(), 0.01, "16-bit quantisation keeps probabilities");
            assertEquals(i.example().emergency(), after.emergency() > 0.5);
        }
        assertTrue(read.corpusSha256().equals("test-corpus"));
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    private static byte[] bytes(LinearModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFile.write(new ModelFile.Loaded(model, com.safereply.core.classify.learned.Thresholds.DEFAULT,
                "test-corpus", "test"), out);
        return out.toByteArray();
    }
}
