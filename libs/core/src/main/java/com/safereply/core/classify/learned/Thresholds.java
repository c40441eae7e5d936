package com.safereply.core.classify.learned;

/**
 * The decision thresholds shipped with a model, chosen by the trainer on out-of-fold predictions of held-out voices
 * (never on the shared evaluation set): see docs/quality.md, "How the thresholds were chosen".
 *
 * @param emergency         the emergency probability at or above which the model raises the emergency flag on its
 *                          own: recall first, so it sits low, and every flagged comment gets the emergency reply
 * @param crisis            the same for crisis
 * @param containsPhi       the probability at or above which the comment is flagged as disclosing health information
 * @param thirdParty        the same for "about someone else"
 * @param lowConfidence     below this probability of its category (emergencies aside) the draft is a neutral holding
 *                          reply and the approver sees "low confidence"
 * @param emergencyCategory the emergency probability at or above which the model also <em>reads</em> the comment as
 *                          an emergency (its category). Between {@code emergency} and this value the comment keeps
 *                          its best other category and is flagged as a possible emergency: the reply and the
 *                          approver's alert are the emergency ones either way. Never below {@code emergency}.
 * @param rulesCorroboration the model's emergency probability a rules-only emergency needs to be <em>read</em> as
 *                          one, and its emergency or crisis probability for a rules crisis that rests on the word
 *                          alone ("suicide", "self-harm": {@code RulesReading#crisisNamedOnly}). Under it the rules
 *                          still raise the flag (the emergency or crisis reply and the alert go out), but the comment
 *                          keeps the model's best other category: the rules' emergency vocabulary also fires on past
 *                          events and stable symptoms told calmly, and the word "suicide" on bereavement groups and
 *                          awareness walks. 0 (the default, and every model file before version 3) lets the rules'
 *                          emergency and crisis always decide the category.
 * @param crisisCategory    the crisis probability at or above which a crisis the model alone raises is also
 *                          <em>read</em> as an emergency. Under it the crisis flag stays (the crisis reply and the
 *                          alert go out) and the comment keeps its best other category, flagged "possible crisis":
 *                          the model's crisis head sits very low for recall, and hyperbole ("this wait is killing
 *                          me") reaches it. A crisis the rules read from more than the word is always read as an emergency. Equal to
 *                          {@code crisis} (every model file before version 4): every crisis is read as an emergency.
 */
public record Thresholds(double emergency, double crisis, double containsPhi, double thirdParty, double lowConfidence,
                         double emergencyCategory, double rulesCorroboration, double crisisCategory) {

    public static final Thresholds DEFAULT = new Thresholds(0.3, 0.3, 0.5, 0.5, 0.5);

    public Thresholds {
        if (emergencyCategory < emergency) {
            throw new IllegalArgumentException("the emergency category threshold " + emergencyCategory
                    + " is under the emergency flag threshold " + emergency);
        }
        if (rulesCorroboration < 0 || rulesCorroboration > emergencyCategory) {
            throw new IllegalArgumentException("the rules' corroboration threshold " + rulesCorroboration
                    + " is outside 0.." + emergencyCategory + " (the emergency category threshold)");
        }
        if (crisisCategory < crisis) {
            throw new IllegalArgumentException("the crisis category threshold " + crisisCategory
                    + " is under the crisis flag threshold " + crisis);
        }
    }

    /** Every crisis is read as an emergency (model files before version 4). */
    public Thresholds(double emergency, double crisis, double containsPhi, double thirdParty, double lowConfidence,
                      double emergencyCategory, double rulesCorroboration) {
        this(emergency, crisis, containsPhi, thirdParty, lowConfidence, emergencyCategory, rulesCorroboration, crisis);
    }

    /** The rules' emergency always decides the category (model files before version 3). */
    public Thresholds(double emergency, double crisis, double containsPhi, double thirdParty, double lowConfidence,
                      double emergencyCategory) {
        this(emergency, crisis, containsPhi, thirdParty, lowConfidence, emergencyCategory, 0);
    }

    /** One emergency threshold for the flag and the category (every flagged comment is read as an emergency). */
    public Thresholds(double emergency, double crisis, double containsPhi, double thirdParty, double lowConfidence) {
        this(emergency, crisis, containsPhi, thirdParty, lowConfidence, emergency);
    }

    public Thresholds withEmergencyCategory(double threshold) {
        return new Thresholds(emergency, crisis, containsPhi, thirdParty, lowConfidence, threshold,
                Math.min(rulesCorroboration, threshold), crisisCategory);
    }

    public Thresholds withRulesCorroboration(double threshold) {
        return new Thresholds(emergency, crisis, containsPhi, thirdParty, lowConfidence, emergencyCategory, threshold,
                crisisCategory);
    }

    public Thresholds withCrisisCategory(double threshold) {
        return new Thresholds(emergency, crisis, containsPhi, thirdParty, lowConfidence, emergencyCategory,
                rulesCorroboration, threshold);
    }
}
