package com.safereply.core.guard;

import com.safereply.core.guard.learned.DraftModel;
import com.safereply.core.guard.learned.DraftModelFile;
import com.safereply.core.guard.learned.DraftScore;

import java.util.Locale;

/**
 * The learned detector beside the rules. Free text in which no rule fired would go to a second person; when it reads
 * like the unsafe drafts of the red-team rounds (the model's probability at or above its threshold), it is blocked
 * instead, with the rule it most likely breaks and the sentence that reads most unsafe as the span.
 *
 * <p>It can only add a violation, never remove one or vouch for text: deny by default stays with the rules and the
 * vetted sentences. Vetted sentences are never scored, so the engine's own drafts are never blocked by it.
 */
final class LearnedDraftCheck {

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
        if (whole.unsafe() < model.threshold()) {
            return;
        }
        findings.sentence(whole.likelyRule(), mostUnsafeFreeSentence(context),
                String.format(Locale.ROOT, "reads like replies that break %s (learned check, %.0f%% sure); rephrase it "
                        + "or use the practice's vetted sentences", whole.likelyRule().label(), 100 * whole.unsafe()));
    }

    private static boolean hasFreeText(GuardContext context) {
        for (int s = 0; s < context.draft.sentenceCount(); s++) {
            if (!context.vetted[s]) {
                return true;
            }
        }
        return false;
    }

    private int mostUnsafeFreeSentence(GuardContext context) {
        AnalysedText draft = context.draft;
        int best = -1;
        double bestScore = -1;
        for (int s = 0; s < draft.sentenceCount(); s++) {
            if (context.vetted[s]) {
                continue;
            }
            double score = model.score(DraftFeatures.of(model.hasher(), draft, draft.sentenceFirstToken(s),
                    draft.sentenceEndToken(s))).unsafe();
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        return best;
    }
}
