package com.safereply.train;

import com.safereply.core.classify.CommentClassifier;
import com.safereply.core.classify.RuleCues;
import com.safereply.core.classify.RulesReading;
import com.safereply.core.classify.learned.FeatureHasher;
import com.safereply.core.classify.learned.Prediction;
import com.safereply.core.classify.learned.SparseVector;
import com.safereply.core.classify.learned.StackedFeatures;
import com.safereply.core.model.Category;
import com.safereply.core.model.Comment;
import com.safereply.core.profile.PracticeProfile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The MiniLM candidates read the embedding they were given, stacked as documented, with the shipped recipe. */
class EmbeddingLogisticRegressionTest {

    private static final int WIDTH = 8;
    private final FeatureHasher hasher = new FeatureHasher(12);
    private final CommentClassifier rules = new CommentClassifier();
    private final LogisticRegression recipe = new LogisticRegression(hasher, 20, 0.3, 1e-6, 7L);

    /** Texts whose words say nothing; only the stand-in embedding (one slot per category) carries the label. */
    private Item item(int n, Category label, Map<Item, float[]> embeddings) {
        String text = "zq" + n + " xv" + n;
        RulesReading r = rules.read(new Comment("", text), PracticeProfile.demo());
        boolean emergency = label == Category.EMERGENCY;
        Example e = new Example("v" + (n % 3), n, text, label, emergency, false, false, false, "en", "x", "US");
        Item item = new Item(e, r, hasher.features(r.tokens(), r.cues()));
        float[] embedding = new float[WIDTH];
        embedding[label.ordinal()] = 1f;
        embeddings.put(item, embedding);
        return item;
    }

    @Test
    void itLearnsFromTheEmbedding() {
        Map<Item, float[]> embeddings = new IdentityHashMap<>();
        List<Item> items = new ArrayList<>();
        Category[] labels = {Category.FEEDBACK, Category.SPAM, Category.EMERGENCY};
        for (int n = 0; n < 30; n++) {
            items.add(item(n, labels[n % 3], embeddings));
        }
        Candidate.Fitted fitted = EmbeddingLogisticRegression.withCues(recipe, items, embeddings::get, WIDTH).fit(items);
        for (Item i : items) {
            Prediction p = fitted.predict(i);
            assertTrue(p.of(i.example().label()) > 0.5, i.example().text() + " read by its embedding");
            assertEquals(i.example().emergency(), p.emergency() > 0.5);
        }
    }

    @Test
    void theVectorIsTheEmbeddingThenTheCuesOrTheShippedFeatures() {
        Map<Item, float[]> embeddings = new IdentityHashMap<>();
        Item item = item(1, Category.SPAM, embeddings);
        List<Item> items = List.of(item);

        EmbeddingLogisticRegression cues = EmbeddingLogisticRegression.withCues(recipe, items, embeddings::get, WIDTH);
        assertEquals(WIDTH + RuleCues.COUNT, cues.dimensions());
        SparseVector x = cues.features(item);
        assertEquals(Category.SPAM.ordinal(), x.indices()[0]);
        assertEquals(1f, x.values()[0]);
        assertEquals(1 + StackedFeatures.cues(item.reading().cues()).size(), x.size());

        EmbeddingLogisticRegression stacked = EmbeddingLogisticRegression.withCuesAndNgrams(recipe, items, embeddings::get,
                WIDTH, hasher);
        assertEquals(WIDTH + hasher.dimensions(), stacked.dimensions());
        SparseVector y = stacked.features(item);
        assertEquals(1 + item.features().size(), y.size());
        assertEquals(WIDTH + item.features().indices()[0], y.indices()[1], "the shipped vector follows the embedding");
    }

    @Test
    void aCommentItWasNotBuiltWithIsRefused() {
        Map<Item, float[]> embeddings = new IdentityHashMap<>();
        Item known = item(1, Category.SPAM, embeddings);
        Item unknown = item(2, Category.SPAM, embeddings);
        EmbeddingLogisticRegression candidate = EmbeddingLogisticRegression.withCues(recipe, List.of(known), embeddings::get, WIDTH);
        assertThrows(IllegalArgumentException.class, () -> candidate.features(unknown));
    }
}
