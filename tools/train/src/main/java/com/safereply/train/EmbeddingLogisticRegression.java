package com.safereply.train;

import com.safereply.core.classify.RuleCues;
import com.safereply.core.classify.learned.FeatureHasher;
import com.safereply.core.classify.learned.LinearModel;
import com.safereply.core.classify.learned.SparseVector;
import com.safereply.core.classify.learned.StackedFeatures;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The MiniLM candidates: the shipped model's heads and recipe ({@link LogisticRegression}: same epochs, learning
 * rate, L2, class and risk weights, seed) over a sentence embedding stacked with the rule cues, or with the rule cues
 * and the shipped hashed n-grams. Each comment's stacked vector is built once, up front, from embeddings already in
 * hand (see {@link EmbeddingCache}), so that folds only train.
 */
final class EmbeddingLogisticRegression implements Candidate {

    private final String name;
    private final LogisticRegression recipe;
    private final int dimensions;
    private final int denseDimensions;
    /** The sparse block's hasher when it is the shipped n-grams + cues (a model file can then carry it); else null. */
    private final FeatureHasher hasher;
    private final Map<Item, SparseVector> features = new IdentityHashMap<>();

    private EmbeddingLogisticRegression(String name, LogisticRegression recipe, List<Item> items,
                                        Function<Item, float[]> embedding, Function<Item, SparseVector> sparse,
                                        StackedFeatures stack, int denseDimensions, FeatureHasher hasher) {
        this.name = name;
        this.recipe = recipe;
        this.dimensions = stack.dimensions();
        this.denseDimensions = denseDimensions;
        this.hasher = hasher;
        for (Item item : items) {
            features.put(item, stack.of(embedding.apply(item), sparse.apply(item)));
        }
    }

    /** (a) MiniLM embedding + the 47 rule cues. */
    static EmbeddingLogisticRegression withCues(LogisticRegression recipe, List<Item> items,
                                                Function<Item, float[]> embedding, int embeddingDimensions) {
        return new EmbeddingLogisticRegression("MiniLM embedding + rule cues, logistic regression", recipe, items,
                embedding, item -> StackedFeatures.cues(item.reading().cues()),
                new StackedFeatures(embeddingDimensions, RuleCues.COUNT), embeddingDimensions, null);
    }

    /** (b) MiniLM embedding + the shipped features (hashed n-grams, then the rule cues). */
    static EmbeddingLogisticRegression withCuesAndNgrams(LogisticRegression recipe, List<Item> items,
                                                         Function<Item, float[]> embedding, int embeddingDimensions,
                                                         FeatureHasher hasher) {
        return new EmbeddingLogisticRegression("MiniLM embedding + hashed n-grams + rule cues, logistic regression",
                recipe, items, embedding, Item::features, new StackedFeatures(embeddingDimensions, hasher.dimensions()),
                embeddingDimensions, hasher);
    }

    @Override
    public String name() {
        return name;
    }

    int dimensions() {
        return dimensions;
    }

    SparseVector features(Item item) {
        SparseVector x = features.get(item);
        if (x == null) {
            throw new IllegalArgumentException("comment not given to this candidate when it was built (line "
                    + item.example().line() + " of " + item.example().voice() + ")");
        }
        return x;
    }

    /** The weights as a model with a dense block, which a model file can carry: the n-grams variant only. */
    LinearModel train(List<Item> training) {
        if (hasher == null) {
            throw new IllegalStateException(name + ": only the variant over the shipped n-grams is a shippable model");
        }
        Sgd.Weights weights = recipe.weights(training, this::features, dimensions);
        return new LinearModel(hasher, denseDimensions, weights.w(), weights.bias());
    }

    @Override
    public Fitted fit(List<Item> training) {
        Sgd.Weights weights = recipe.weights(training, this::features, dimensions);
        return item -> LogisticRegression.predict(weights, features(item));
    }
}
