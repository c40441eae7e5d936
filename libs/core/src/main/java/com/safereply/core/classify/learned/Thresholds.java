package com.safereply.core.classify.learned;

/**
 * The decision thresholds shipped with a model, chosen by the trainer on out-of-fold predictions of held-out voices
 * (never on the shared evaluation set): see docs/quality.md, "How the thresholds were chosen".
 *
 * @param emergency     the emergency probability at or above which the model raises the emergency flag on its own
 * @param crisis        the same for crisis
 * @param containsPhi   the probability at or above which the comment is flagged as disclosing health information
 * @param thirdParty    the same for "about someone else"
 * @param lowConfidence below this probability of its category (emergencies aside) the draft is a neutral holding
 *                      reply and the approver sees "low confidence"
 */
public record Thresholds(double emergency, double crisis, double containsPhi, double thirdParty, double lowConfidence) {

    public static final Thresholds DEFAULT = new Thresholds(0.3, 0.3, 0.5, 0.5, 0.5);
}
