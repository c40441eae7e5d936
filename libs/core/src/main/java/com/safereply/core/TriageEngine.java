package com.safereply.core;

import com.safereply.core.classify.CommentClassifier;
import com.safereply.core.classify.RatingSignal;
import com.safereply.core.classify.RulesReading;
import com.safereply.core.classify.learned.LearnedClassifier;
import com.safereply.core.classify.learned.SentenceEmbedder;
import com.safereply.core.draft.ReplyDrafter;
import com.safereply.core.guard.SafetyGuard;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Comment;
import com.safereply.core.model.GuardResult;
import com.safereply.core.model.Reply;
import com.safereply.core.model.Triage;
import com.safereply.core.profile.PracticeProfile;

/**
 * The core's front door: classify a comment (the rules and the learned model, see {@link LearnedClassifier}), draft a
 * reply, and check that reply with the guard. Thread-safe and
 * stateless; build one per process and share it.
 *
 * <p>Every template is vetted and tested against the guard, so the first draft is expected to pass. Should one ever
 * fail (a guard rule tightened, a profile with an unusual name), the engine tries the other wordings for the same
 * situation and keeps the first safe one, so that what reaches an approver is safe by default; if none passes, the
 * unsafe draft is returned with its violations so the approver sees exactly why it cannot be approved as is.
 */
public final class TriageEngine {

    private final CommentClassifier classifier;
    private final LearnedClassifier learned;
    private final ReplyDrafter drafter;
    private final SafetyGuard guard;
    private final FallbackObserver fallbacks;
    private final RatingSignal ratings = new RatingSignal();

    public TriageEngine() {
        this(FallbackObserver.NONE);
    }

    /**
     * The engine with the shipped model of hashed features, which needs nothing but this jar.
     *
     * @param fallbacks told each time the first wording failed the guard (a metric: templates should never fail)
     */
    public TriageEngine(FallbackObserver fallbacks) {
        this(fallbacks, null);
    }

    /**
     * The engine with the shipped model that reads a sentence embedding beside the hashed features (the better one
     * held out, see docs/quality.md), with the shipped model of hashed features beside it as a second opinion that can
     * only raise the emergency or the crisis flag (either model alone flags them, and a crisis is an emergency); or
     * with the hashed features alone when {@code embedder} is null.
     *
     * @param embedder the embedder the shipped model was trained on (its name is checked)
     */
    public TriageEngine(FallbackObserver fallbacks, SentenceEmbedder embedder) {
        this.classifier = new CommentClassifier();
        this.learned = embedder == null ? new LearnedClassifier(classifier)
                : new LearnedClassifier(classifier, LearnedClassifier.shippedWithEmbeddings(), embedder,
                        LearnedClassifier.shipped());
        this.drafter = new ReplyDrafter();
        this.guard = new SafetyGuard(classifier);
        this.fallbacks = java.util.Objects.requireNonNull(fallbacks);
    }

    public Triage triage(Comment comment, PracticeProfile profile) {
        RulesReading reading = classifier.read(comment, profile);
        // A review's star rating decides only where the text did not, and never touches a risk or PHI flag.
        Classification classification = ratings.weigh(learned.classify(reading), comment);
        // The guard reads the comment with the rules alone, as it does for human edits: a model false positive never
        // makes a safe reply unsafe, and the rules' emergency and crisis are in the triage classification anyway.
        Classification guardReading = reading.classification();
        Reply reply = drafter.draft(comment.id(), classification, profile);
        GuardResult check = guard.check(reply.text(), comment.text(), guardReading, profile);
        if (!check.safe()) {
            for (Reply alternative : drafter.alternatives(classification, profile)) {
                GuardResult alternativeCheck = guard.check(alternative.text(), comment.text(), guardReading, profile);
                if (alternativeCheck.safe()) {
                    fallbacks.onFallback(classification, true);
                    return new Triage(comment.id(), classification, alternative, alternativeCheck);
                }
            }
            fallbacks.onFallback(classification, false);
        }
        return new Triage(comment.id(), classification, reply, check);
    }

    /** The guard, for checking human edits with the same rules as system drafts. */
    public SafetyGuard guard() {
        return guard;
    }

    /** The rules-only classifier: what the guard reads comments with. */
    public CommentClassifier classifier() {
        return classifier;
    }

    /** The classifier triage uses: the rules and the learned model together. */
    public LearnedClassifier learnedClassifier() {
        return learned;
    }
}
