package com.safereply.core.guard;

import com.safereply.core.classify.learned.FeatureHasher;
import com.safereply.core.classify.learned.SparseVector;
import com.safereply.core.guard.learned.DraftModel;
import com.safereply.core.model.Classification;
import com.safereply.core.model.GuardResult;
import com.safereply.core.model.HardRule;
import com.safereply.core.model.Verdict;
import com.safereply.core.model.Violation;
import org.junit.jupiter.api.Test;

import static com.safereply.core.guard.GuardFixtures.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The learned check beside the rules, with a hand-made model whose only unsafe signal is the word "zebra" and whose
 * likely rule for it is H8: what it may block, what it reports, and what it must never touch.
 */
class LearnedDraftCheckTest {

    private static final FeatureHasher HASHER = new FeatureHasher(12);
    private static final String VETTED = "We appreciate you taking the time to write this. We'll share it with the whole team.";

    /** Unsafe logit = 30 x (the reply's share of "zebra"'s features) - 6: near 1 for "Zebra." alone, diluted in longer replies, 0.0025 without. */
    private static DraftModel zebraModel(double threshold) {
        float[] w = new float[HASHER.dimensions() * DraftModel.HEADS];
        float[] bias = new float[DraftModel.HEADS];
        bias[DraftModel.UNSAFE] = -6f;
        SparseVector zebra = DraftFeatures.of(HASHER, "zebra");
        for (int i = 0; i < zebra.size(); i++) {
            int row = zebra.indices()[i] * DraftModel.HEADS;
            w[row + DraftModel.UNSAFE] = 30f * zebra.values()[i];
            w[row + 1 + HardRule.H8.ordinal()] = 5f * zebra.values()[i];
        }
        return new DraftModel(HASHER, w, bias, threshold);
    }

    private static GuardResult check(DraftModel model, String draft) {
        return new SafetyGuard(null, model).check(draft, null, (Classification) null, US);
    }

    @Test
    void freeTextThatReadsUnsafeIsBlockedWithTheLikelyRuleAndTheMostUnsafeSentenceAsItsSpan() {
        String draft = "Thanks for reaching out to us. Zebra. Have a good evening.";
        GuardResult result = check(zebraModel(0.5), draft);
        assertEquals(Verdict.UNSAFE, result.verdict());
        assertEquals(1, result.violations().size());
        Violation v = result.violations().get(0);
        assertEquals(HardRule.H8, v.rule());
        assertEquals("Zebra.", v.span());
        assertEquals("Zebra.", draft.substring(v.start(), v.end()), "the span points into the draft as written");
        assertTrue(v.reason().contains("learned check"), v.reason());
    }

    @Test
    void freeTextOfNoWordsIsBlockedWithItsOwnSentenceAsTheSpan() {
        // every reply reads unsafe to this model; the only free sentence after the vetted ones has no word token
        GuardResult result = check(zebraModel(0.001), VETTED + " \uD83D\uDE4F\uD83D\uDE4F");
        assertEquals(Verdict.UNSAFE, result.verdict());
        assertEquals("\uD83D\uDE4F\uD83D\uDE4F", result.violations().get(0).span());
    }

    @Test
    void freeTextBelowTheThresholdStaysWithTheSecondPerson() {
        // the same sentence inside a longer reply dilutes the signal below a strict threshold
        String draft = "Thanks for reaching out to us, we read every message on this page with care. Zebra.";
        assertEquals(Verdict.UNSAFE, check(zebraModel(0.5), draft).verdict());
        assertEquals(Verdict.REVIEW, check(zebraModel(0.999), draft).verdict());
        assertEquals(Verdict.REVIEW, check(zebraModel(0.5), "Thanks for reaching out to us.").verdict());
    }

    @Test
    void oneUnsafeSentenceDilutedInALongReplyIsBlockedBySentenceThreshold() {
        String draft = "Thanks for reaching out to us, we read every message on this page with care and we pass it on. "
                + "Zebra, zebra, zebra. We hope the rest of your week is a good one.";
        DraftModel wholeOnly = zebraModel(0.999999);
        DraftModel withSentences = zebraModel(0.999999).withThresholds(0.999999, 0.9);

        assertEquals(Verdict.REVIEW, check(wholeOnly, draft).verdict(), "the whole reply reads safe enough");
        GuardResult result = check(withSentences, draft);
        assertEquals(Verdict.UNSAFE, result.verdict());
        assertEquals("Zebra, zebra, zebra.", result.violations().get(0).span(), "the sentence that crossed the threshold is the span");
        assertEquals(HardRule.H8, result.violations().get(0).rule(), "the sentence's own likely rule");
        assertEquals(Verdict.REVIEW, check(withSentences, "Thanks for reaching out to us. Have a good evening.").verdict());
        assertEquals(Verdict.REVIEW, check(withSentences, "Thanks for reaching out to us, we read every message on this page "
                + "with care and we pass it on. Zebra. We hope the rest of your week is a good one.").verdict(),
                "a fragment under three tokens is not judged alone");
    }

    @Test
    void vettedTextIsNeverScoredEvenByAModelThatCallsEverythingUnsafe() {
        float[] bias = new float[DraftModel.HEADS];
        bias[DraftModel.UNSAFE] = 50f;
        DraftModel everythingUnsafe = new DraftModel(HASHER, new float[HASHER.dimensions() * DraftModel.HEADS], bias, 0.5);
        assertEquals(Verdict.SAFE, check(everythingUnsafe, VETTED).verdict());
        assertEquals(Verdict.UNSAFE, check(everythingUnsafe, VETTED + " Zebra.").verdict());
    }

    @Test
    void whenARuleAlreadyFiredTheLearnedCheckAddsNothing() {
        String draft = "Zebra. We see you were in for your cleaning last week.";
        GuardResult rulesOnly = check(zebraModel(0.999999), draft);
        GuardResult withModel = check(zebraModel(0.5), draft);
        assertEquals(Verdict.UNSAFE, rulesOnly.verdict());
        assertEquals(rulesOnly.violations(), withModel.violations());
    }

    @Test
    void theLearnedCheckReadsThroughHomoglyphsAndInvisibleCharacters() {
        // Cyrillic "е" and a zero-width space inside the word: the model reads the normalised tokens
        assertEquals(Verdict.UNSAFE, check(zebraModel(0.5), "Thanks. Z\u0435b\u200Bra.").verdict());
    }
}
