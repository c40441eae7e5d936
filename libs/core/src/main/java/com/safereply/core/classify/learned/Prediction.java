package com.safereply.core.classify.learned;

import com.safereply.core.model.Category;

/**
 * A model's probabilities for one comment: one distribution over the seven categories (indexed by
 * {@link Category#ordinal()}) and one probability per flag.
 */
public record Prediction(double[] categories, double emergency, double crisis, double containsPhi, double thirdParty) {

    public double of(Category category) {
        return categories[category.ordinal()];
    }

    /**
     * How strongly the model says emergency: its emergency head or its emergency category, whichever is higher (the
     * head is trained on the flag, the category on the label; either may be the one that sees it).
     */
    public double emergencyScore() {
        return Math.max(emergency, of(Category.EMERGENCY));
    }

    /** The most probable category other than emergency (emergency is decided by the flags, recall first). */
    public Category bestNonEmergency() {
        Category best = Category.COMPLAINT;
        for (Category c : Category.values()) {
            if (c != Category.EMERGENCY && categories[c.ordinal()] > categories[best.ordinal()]) {
                best = c;
            }
        }
        return best;
    }
}
