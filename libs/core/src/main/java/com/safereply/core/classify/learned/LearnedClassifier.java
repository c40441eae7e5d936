package com.safereply.core.classify.learned;

import com.safereply.core.classify.CommentClassifier;
import com.safereply.core.classify.RulesReading;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Comment;
import com.safereply.core.profile.PracticeProfile;

import java.util.Objects;

/**
 * The classifier triage uses: the rules read the comment, the learned model reads the same tokens plus the rules'
 * cues (after the comment's sentence embedding, for a model with a dense block), and {@link Combiner} joins them. The
 * models are loaded once per class loader (about 0.1 s each) and shared; thread-safe. Never throws on any text: the
 * rules sanitise it first.
 */
public final class LearnedClassifier {

    private final CommentClassifier rules;
    private final ModelFile.Loaded loaded;
    private final SentenceEmbedder embedder;
    private final ModelFile.Loaded secondOpinion;

    /** The shipped model of hashed features: needs nothing but this jar. */
    public LearnedClassifier(CommentClassifier rules) {
        this(rules, Shipped.MODEL);
    }

    /** A model of hashed features only. */
    public LearnedClassifier(CommentClassifier rules, ModelFile.Loaded loaded) {
        this(rules, loaded, null);
    }

    /**
     * @param embedder the embedder the model's dense block was trained on; null for a model without one
     * @throws IllegalArgumentException if the model needs an embedder and this is not the one it names
     */
    public LearnedClassifier(CommentClassifier rules, ModelFile.Loaded loaded, SentenceEmbedder embedder) {
        this(rules, loaded, embedder, null);
    }

    /**
     * A model with a second model beside it that may only raise the crisis or the emergency flag
     * ({@link Combiner#withSecondOpinion}): triage runs the MiniLM model with the n-gram model as its second opinion,
     * so either one alone flags an emergency or a crisis it sees.
     *
     * @param embedder      the embedder the first model's dense block was trained on; null for a model without one
     * @param secondOpinion a model of hashed features only, read at its own thresholds; null for none
     * @throws IllegalArgumentException if the first model needs another embedder, or the second needs one at all
     */
    public LearnedClassifier(CommentClassifier rules, ModelFile.Loaded loaded, SentenceEmbedder embedder,
                             ModelFile.Loaded secondOpinion) {
        this.rules = Objects.requireNonNull(rules);
        this.loaded = Objects.requireNonNull(loaded);
        if (secondOpinion != null && secondOpinion.needsEmbedder()) {
            throw new IllegalArgumentException("the second opinion must be a model of hashed features only");
        }
        this.secondOpinion = secondOpinion;
        if (!loaded.needsEmbedder()) {
            this.embedder = null;
        } else if (embedder != null && embedder.name().equals(loaded.embedder())
                && embedder.dimensions() == loaded.model().denseDimensions()) {
            this.embedder = embedder;
        } else {
            throw new IllegalArgumentException("the model was trained on " + loaded.embedder() + " ("
                    + loaded.model().denseDimensions() + " values); given "
                    + (embedder == null ? "no embedder" : embedder.name() + " (" + embedder.dimensions() + ")"));
        }
    }

    /** Loaded on first use, so a process that never triages never pays for it. */
    private static final class Shipped {
        static final ModelFile.Loaded MODEL = ModelFile.shipped();
    }

    /** Loaded on first use: only processes with an embedder read it. */
    private static final class ShippedWithEmbeddings {
        static final ModelFile.Loaded MODEL = ModelFile.shippedWithEmbeddings();
    }

    /** The shipped model of hashed features (loads it if not yet loaded): for priming at start-up and for provenance. */
    public static ModelFile.Loaded shipped() {
        return Shipped.MODEL;
    }

    /** The shipped model with a dense block (loads it if not yet loaded). */
    public static ModelFile.Loaded shippedWithEmbeddings() {
        return ShippedWithEmbeddings.MODEL;
    }

    /** The model that may raise the emergency or crisis flag beside this one, or null for none: for provenance. */
    public ModelFile.Loaded secondOpinion() {
        return secondOpinion;
    }

    public Classification classify(Comment comment, PracticeProfile profile) {
        return classify(rules.read(comment, profile));
    }

    /** Classifies from a reading the caller already has (the engine reads each comment once). */
    public Classification classify(RulesReading reading) {
        LinearModel model = loaded.model();
        SparseVector features = model.hasher().features(reading.tokens(), reading.cues());
        Prediction p = embedder == null ? model.predict(features)
                : model.predict(embedder.embed(reading.text()), features);
        Classification first = Combiner.combine(reading, p, loaded.thresholds());
        if (secondOpinion == null) {
            return first;
        }
        LinearModel second = secondOpinion.model();
        // both hash the same way (the seeds are constants); only a different size needs its own vector
        boolean sameFeatures = second.hasher().bits() == model.hasher().bits()
                && second.hasher().dimensions() == model.hasher().dimensions();
        SparseVector secondFeatures = sameFeatures ? features
                : second.hasher().features(reading.tokens(), reading.cues());
        return Combiner.withSecondOpinion(reading, first, second.predict(secondFeatures), secondOpinion.thresholds());
    }
}
