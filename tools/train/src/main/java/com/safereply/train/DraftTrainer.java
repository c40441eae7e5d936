package com.safereply.train;

import com.safereply.core.classify.learned.FeatureHasher;
import com.safereply.core.classify.learned.LinearModel;
import com.safereply.core.classify.learned.SparseVector;
import com.safereply.core.guard.DraftFeatures;
import com.safereply.core.guard.learned.DraftModel;
import com.safereply.core.model.HardRule;
import com.safereply.core.redteam.RedTeamItem;

import java.util.List;

/**
 * Fits the guard's {@link DraftModel} on red-team drafts: one binary logistic head for "unsafe", one per hard rule
 * (does the writer say this rule fires?), all over {@link DraftFeatures}, by AdaGrad SGD with L2 and a seeded shuffle
 * (same drafts, same seed, same weights). Unsafe and safe drafts weigh alike: the rounds hold about 60% unsafe.
 */
final class DraftTrainer {

    /**
     * 18 bits and 50 epochs at L2 3e-5 since every round is trained on (2026-12-05): at 16 bits and 15 epochs the drafts
     * of 32 rounds collided and the fit lost drafts of rounds 1-9 it used to hold (docs/quality.md, "The learned check
     * fitted on every round"). 40 epochs sufficed for rounds 1-34; 50 keep every pinned draft with round 36 added.
     */
    static final int HASH_BITS = 18;
    static final long SEED = 20261203L;

    private final FeatureHasher hasher = new FeatureHasher(HASH_BITS);
    private final int epochs;
    private final double learningRate;
    private final double l2;

    DraftTrainer(int epochs, double learningRate, double l2) {
        this.epochs = epochs;
        this.learningRate = learningRate;
        this.l2 = l2;
    }

    static DraftTrainer standard() {
        return new DraftTrainer(50, 0.3, 3e-5);
    }

    String describe() {
        return String.format(java.util.Locale.ROOT, "hashed n-grams (bits %d), %d binary logistic heads, AdaGrad "
                + "%d epochs, rate %.2f, L2 %.0e, seed %d", HASH_BITS, DraftModel.HEADS, epochs, learningRate, l2, SEED);
    }

    DraftModel fit(List<RedTeamItem> items, double threshold) {
        int heads = DraftModel.HEADS;
        SparseVector[] x = new SparseVector[items.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = DraftFeatures.of(hasher, items.get(i).draft());
        }
        Sgd.Weights fitted = Sgd.fit(items.size(), i -> x[i], hasher.dimensions(), heads, (o, z, grad) -> {
            RedTeamItem item = items.get(o);
            grad[DraftModel.UNSAFE] = LinearModel.sigmoid(z[DraftModel.UNSAFE]) - (item.expectedUnsafe() ? 1 : 0);
            for (HardRule rule : HardRule.values()) {
                int h = 1 + rule.ordinal();
                grad[h] = LinearModel.sigmoid(z[h]) - (item.labels().contains(rule.label()) ? 1 : 0);
            }
        }, epochs, learningRate, l2, SEED);
        return new DraftModel(hasher, fitted.w(), fitted.bias(), threshold);
    }
}
