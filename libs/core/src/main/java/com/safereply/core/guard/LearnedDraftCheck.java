package com.safereply.core.guard;

import com.safereply.core.guard.learned.DraftModel;
import com.safereply.core.guard.learned.DraftModelFile;
import com.safereply.core.guard.learned.DraftScore;

import java.util.Locale;

/**
 * The learned detector beside the rules. Free text in which no rule fired would go to a second person; when it reads
 * like the unsafe drafts of the red-team rounds (the model's probability for the whole reply at or above its
 * threshold, or for one free sentence scored alone at or above the sentence threshold), it is blocked instead, with
 * the rule it most likely breaks and the sentence that reads most unsafe as the span.
 *
 * <p>It can only add a violation, never remove one or vouch for text: deny by default stays with the rules and the
 * vetted sentences. Vetted sentences are never scored, so the engine's own drafts are never blocked by it.
 */
final class LearnedDraftCheck {

    /** As in training, where only sentences of three words or more were taught alone (tools/train SafeSentences). */
    static final int MIN_SENTENCE_TOKENS = 3;

    private final DraftModel model;

    LearnedDraftCheck(DraftModel model) {
        this.model = model;
    }

    /** The model shipped in the jar, loaded on first use so a process that never guards never pays for it. */
    static LearnedDraftCheck shipped() {
        return Shipped.CHECK;
    }

    private static final class Shipped {
        static final LearnedDraftCheck CHECK = new LearnedDraftCheck(DraftModelFile.shipped().model());
    }

    void check(GuardContext context, Findings findings) {
        AnalysedText draft = context.draft;
        if (!findings.violations().isEmpty() || !hasFreeText(context)) {
            return;
        }
        DraftScore whole = model.score(DraftFeatures.of(model.hasher(), draft, 0, draft.tokenCount()));
        if (whole.unsafe() >= wholeThreshold(draft)) {
            SentenceScore worst = mostUnsafeFreeSentence(context, 1);
            // Free text of no word at all ("🙏🙏" after vetted sentences) still has a sentence to point at.
            block(findings, whole, worst != null ? worst.index() : firstFreeSentence(context));
            return;
        }
        // One unsafe clause among several warm sentences weighs little in the whole reply's score. A reply of one
        // sentence was just judged whole (as a sentence, see wholeThreshold), and a model without a sentence threshold
        // never judges sentences alone. Fragments under MIN_SENTENCE_TOKENS ("Thanks!") are not judged alone: the
        // model never learned from them alone.
        if (draft.sentenceCount() < 2 || model.sentenceThreshold() == DraftModel.WHOLE_REPLY_ONLY) {
            return;
        }
        SentenceScore worst = mostUnsafeFreeSentence(context, MIN_SENTENCE_TOKENS);
        if (worst != null && worst.score().unsafe() >= model.sentenceThreshold()) {
            block(findings, worst.score(), worst.index());
        }
    }

    /**
     * A reply of one sentence of {@link #MIN_SENTENCE_TOKENS} or more is also that sentence alone, so either threshold
     * blocks it; its score is the same both ways, so it is computed once.
     */
    private double wholeThreshold(AnalysedText draft) {
        boolean oneJudgeableSentence = draft.sentenceCount() == 1
                && draft.sentenceEndToken(0) - draft.sentenceFirstToken(0) >= MIN_SENTENCE_TOKENS;
        return oneJudgeableSentence ? Math.min(model.threshold(), model.sentenceThreshold()) : model.threshold();
    }

    private static void block(Findings findings, DraftScore score, int sentence) {
        findings.sentence(score.likelyRule(), sentence, String.format(Locale.ROOT, "reads like replies that break %s "
                + "(learned check, %.0f%% sure); rephrase it or use the practice's vetted sentences",
                score.likelyRule().label(), 100 * score.unsafe()));
    }

    private static boolean hasFreeText(GuardContext context) {
        return firstFreeSentence(context) >= 0;
    }

    /** The index of the first sentence that is not vetted; -1 if every sentence is. */
    private static int firstFreeSentence(GuardContext context) {
        for (int s = 0; s < context.draft.sentenceCount(); s++) {
            if (!context.vetted[s]) {
                return s;
            }
        }
        return -1;
    }

    /** A free sentence scored alone: its index and its score. */
    private record SentenceScore(int index, DraftScore score) {
    }

    /** The free sentence of at least {@code minTokens} tokens that scores most unsafe alone; null if there is none. */
    private SentenceScore mostUnsafeFreeSentence(GuardContext context, int minTokens) {
        AnalysedText draft = context.draft;
        SentenceScore worst = null;
        for (int s = 0; s < draft.sentenceCount(); s++) {
            int first = draft.sentenceFirstToken(s);
            int end = draft.sentenceEndToken(s);
            if (context.vetted[s] || end - first < minTokens) {
                continue;
            }
            DraftScore score = model.score(DraftFeatures.of(model.hasher(), draft, first, end));
            if (worst == null || score.unsafe() > worst.score().unsafe()) {
                worst = new SentenceScore(s, score);
            }
        }
        return worst;
    }
}
