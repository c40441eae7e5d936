package com.safereply.core.classify.learned;

import com.safereply.core.classify.CommentClassifier;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Comment;
import com.safereply.core.profile.PracticeProfile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A model with a dense block reads the embedding of the comment's sanitised text, and only from its own embedder. */
class LearnedClassifierTest {

    private static final CommentClassifier RULES = new CommentClassifier();
    private static final Thresholds THRESHOLDS = new Thresholds(0.5, 0.5, 0.5, 0.5, 0.0);

    /** An in-memory embedder: [1, 0] for texts that mention a cliff, [0, 0] otherwise; remembers what it was given. */
    private static final class CliffEmbedder implements SentenceEmbedder {
        final List<String> seen = new ArrayList<>();
        private final String name;

        CliffEmbedder(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int dimensions() {
            return 2;
        }

        @Override
        public synchronized float[] embed(String text) {
            seen.add(text);
            return text.contains("cliff") ? new float[] {1f, 0f} : new float[] {0f, 0f};
        }
    }

    /** Only the dense block's first value moves anything: it raises the emergency head far above its threshold. */
    private static ModelFile.Loaded cliffModel() {
        FeatureHasher hasher = new FeatureHasher(10);
        float[] weights = new float[(2 + hasher.dimensions()) * LinearModel.HEADS];
        weights[LinearModel.EMERGENCY] = 20f;
        float[] bias = new float[LinearModel.HEADS];
        for (int flag = LinearModel.EMERGENCY; flag < LinearModel.HEADS; flag++) {
            bias[flag] = -10f;   // every flag's head well below its threshold unless the embedding raises it
        }
        return new ModelFile.Loaded(new LinearModel(hasher, 2, weights, bias), THRESHOLDS, "sha", "test", "cliff v1");
    }

    @Test
    void theEmbeddingOfTheSanitisedTextReachesTheModel() {
        CliffEmbedder embedder = new CliffEmbedder("cliff v1");
        LearnedClassifier learned = new LearnedClassifier(RULES, cliffModel(), embedder);

        assertTrue(learned.classify(new Comment("a", "the view from the cliff\u0000 path"), PracticeProfile.demo()).emergency());
        assertFalse(learned.classify(new Comment("b", "the view from the beach"), PracticeProfile.demo()).emergency());
        assertEquals(List.of("the view from the cliff  path", "the view from the beach"), embedder.seen,
                "control characters are gone before the embedder sees the text");
    }

    @Test
    void aModelWithADenseBlockRefusesAnyOtherEmbedder() {
        assertThrows(IllegalArgumentException.class, () -> new LearnedClassifier(RULES, cliffModel(), null));
        assertThrows(IllegalArgumentException.class,
                () -> new LearnedClassifier(RULES, cliffModel(), new CliffEmbedder("cliff v2")));
    }

    @Test
    void aModelOfHashedFeaturesNeverCallsTheEmbedder() {
        CliffEmbedder embedder = new CliffEmbedder("cliff v1");
        LearnedClassifier learned = new LearnedClassifier(RULES, ModelFile.shipped(), embedder);
        learned.classify(new Comment("c", "Do you have appointments on Saturdays?"), PracticeProfile.demo());
        assertEquals(List.of(), embedder.seen);
    }

    /**
     * A model of hashed features whose crisis head fires only on the features of the word "ledge" (each of that word's
     * hashed slots weighs 20 on the crisis head, bias -10), with {@code bits} hash bits and its own thresholds.
     */
    private static ModelFile.Loaded ledgeCrisis(int bits, Thresholds thresholds) {
        FeatureHasher hasher = new FeatureHasher(bits);
        float[] weights = new float[hasher.dimensions() * LinearModel.HEADS];
        SparseVector ledge = hasher.features(RULES.read(new Comment("x", "ledge"), PracticeProfile.demo()).tokens(),
                new float[com.safereply.core.classify.RuleCues.COUNT]);
        for (int index : ledge.indices()) {
            if (index < 1 << bits) {   // hashed slots only: a cue slot would fire on other texts too
                weights[index * LinearModel.HEADS + LinearModel.CRISIS] = 20f;
            }
        }
        float[] bias = new float[LinearModel.HEADS];
        for (int flag = LinearModel.EMERGENCY; flag < LinearModel.HEADS; flag++) {
            bias[flag] = -10f;
        }
        return new ModelFile.Loaded(new LinearModel(hasher, weights, bias), thresholds, "sha", "test", "");
    }

    private static Classification read(LearnedClassifier learned, String text) {
        return learned.classify(new Comment("d", text), PracticeProfile.demo());
    }

    @Test
    void aSecondOpinionRaisesTheCrisisFlagTheFirstModelDidNotAndKeepsItsReading() {
        // the same hash size as the first model (its features are reused) and another (the second hashes its own)
        for (int bits : new int[] {10, 12}) {
            LearnedClassifier alone = new LearnedClassifier(RULES, cliffModel(), new CliffEmbedder("cliff v1"));
            LearnedClassifier withSecond = new LearnedClassifier(RULES, cliffModel(), new CliffEmbedder("cliff v1"),
                    ledgeCrisis(bits, THRESHOLDS));
            String text = "sat on the ledge again tonight";

            Classification first = read(alone, text);
            Classification both = read(withSecond, text);

            assertFalse(first.crisis(), bits + " bits");
            assertTrue(both.crisis() && both.emergency(), bits + " bits");
            assertEquals(first.category(), both.category());
            assertEquals(Combiner.SECOND_MODEL_CRISIS_SIGNAL, both.signals().get(0), both.signals().toString());
            assertFalse(read(withSecond, "the view from the beach").crisis(), "only its own features move it");
        }
    }

    @Test
    void aSecondOpinionIsReadAtItsOwnThresholdsNotTheFirstModel_s() {
        // a crisis head at exactly 0.5 on every text: at the first model's thresholds (0.5) it would fire
        FeatureHasher hasher = new FeatureHasher(10);
        float[] bias = new float[LinearModel.HEADS];
        for (int flag = LinearModel.EMERGENCY; flag < LinearModel.HEADS; flag++) {
            bias[flag] = flag == LinearModel.CRISIS ? 0f : -10f;
        }
        ModelFile.Loaded even = new ModelFile.Loaded(new LinearModel(hasher,
                new float[hasher.dimensions() * LinearModel.HEADS], bias),
                new Thresholds(0.6, 0.6, 0.5, 0.5, 0.0), "sha", "test", "");
        LearnedClassifier withSecond = new LearnedClassifier(RULES, cliffModel(), new CliffEmbedder("cliff v1"), even);
        assertFalse(read(withSecond, "the view from the beach").crisis());
    }

    @Test
    void aSecondOpinionMustBeAModelOfHashedFeatures() {
        assertThrows(IllegalArgumentException.class, () -> new LearnedClassifier(RULES, LearnedClassifier.shipped(),
                null, cliffModel()));
    }
}
