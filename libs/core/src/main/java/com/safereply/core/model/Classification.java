package com.safereply.core.model;

import java.util.List;

/**
 * What the classifier decided about a comment, with the signals that decided it so an approver can see why.
 *
 * @param category     exactly one primary category; a crisis the rules read from more than the word itself yields
 *                     {@link Category#EMERGENCY};
 *                     a comment flagged by a weaker learned-model score alone (emergency or crisis), or by the rules'
 *                     emergency without the model's corroboration, keeps its best other category with a "possible
 *                     emergency" or "possible crisis" signal (the flags, not the category, decide the reply)
 * @param confidence   0..1, how sure the classifier is of {@code category}
 * @param signals      short, PHI-free descriptions of the evidence (e.g. "emergency: chest pain"), never comment excerpts
 *                     beyond the lexicon term that matched
 * @param emergency    possible threat to life or limb: the reply leads with the emergency route and the alert is urgent
 * @param crisis       self-harm or suicidal language, including reports about a third party
 * @param ingestion    the emergency involves swallowing or overdose (draft adds Poison Control)
 * @param obstetric    the emergency is obstetric (draft adds labor and delivery)
 * @param containsPhi  the comment discloses health information about the writer or someone else
 * @param thirdParty   the comment talks about another person (family member, tagged user)
 * @param language     language of the comment, used for the reply
 * @param jurisdiction the practice's jurisdiction, copied from the profile
 * @param lowConfidence too little evidence or too low a confidence to act on {@code category}: the draft is a
 *                     neutral holding reply and the approver is told (never set on emergencies, which are acted on)
 */
public record Classification(
        Category category,
        double confidence,
        List<String> signals,
        boolean emergency,
        boolean crisis,
        boolean ingestion,
        boolean obstetric,
        boolean containsPhi,
        boolean thirdParty,
        Language language,
        Jurisdiction jurisdiction,
        boolean lowConfidence) {

    /** The signal shown first to approvers when {@link #lowConfidence} is set. */
    public static final String LOW_CONFIDENCE_SIGNAL = "low confidence";

    public Classification {
        signals = List.copyOf(signals);
    }

    /** A classification the engine is confident enough to act on (the form used before low confidence existed). */
    public Classification(Category category, double confidence, List<String> signals, boolean emergency,
                          boolean crisis, boolean ingestion, boolean obstetric, boolean containsPhi,
                          boolean thirdParty, Language language, Jurisdiction jurisdiction) {
        this(category, confidence, signals, emergency, crisis, ingestion, obstetric, containsPhi, thirdParty, language,
                jurisdiction, false);
    }

    /** Emergency or crisis: the approver must see it at once. */
    public boolean urgent() {
        return emergency || crisis;
    }
}
