package com.safereply.core.classify.learned;

import com.safereply.core.classify.CommentClassifier;
import com.safereply.core.classify.RulesReading;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Comment;
import com.safereply.core.profile.PracticeProfile;

/**
 * The classifier triage uses: the rules read the comment, the learned model reads the same tokens plus the rules'
 * cues, and {@link Combiner} joins them. The model is loaded once per class loader (about 0.1 s) and shared;
 * thread-safe. Never throws on any text: the rules sanitise it first.
 */
public final class LearnedClassifier {

    private final CommentClassifier rules;
    private final ModelFile.Loaded loaded;

    public LearnedClassifier(CommentClassifier rules) {
        this(rules, Shipped.MODEL);
    }

    public LearnedClassifier(CommentClassifier rules, ModelFile.Loaded loaded) {
        this.rules = rules;
        this.loaded = loaded;
    }

    /** Loaded on first use, so a process that never triages never pays for it. */
    private static final class Shipped {
        static final ModelFile.Loaded MODEL = ModelFile.shipped();
    }

    /** The shipped model (loads it if not yet loaded): for priming at start-up and for provenance. */
    public static ModelFile.Loaded shipped() {
        return Shipped.MODEL;
    }

    public Classification classify(Comment comment, PracticeProfile profile) {
        return classify(rules.read(comment, profile));
    }

    /** Classifies from a reading the caller already has (the engine reads each comment once). */
    public Classification classify(RulesReading reading) {
        LinearModel model = loaded.model();
        Prediction p = model.predict(model.hasher().features(reading.tokens(), reading.cues()));
        return Combiner.combine(reading, p, loaded.thresholds());
    }
}
