package com.safereply.core.model;

import java.util.List;

/**
 * What the classifier decided about a comment, with the signals that decided it so an approver can see why.
 *
 * @param category     exactly one primary category; emergency and crisis always yield {@link Category#EMERGENCY}
 * @param confidence   0..1, how sure the classifier is of {@code category}
 * @param signals      short, PHI-free descriptions of the evidence (e.g. "emergency: chest pain"), never comment excerpts
 *                     beyond the lexicon term that matched
 * @param emergency    possible threat to life or limb
 * @param crisis       self-harm or suicidal language, including reports about a third party
 * @param ingestion    the emergency involves swallowing or overdose (draft adds Poison Control)
 * @param obstetric    the emergency is obstetric (draft adds labor and delivery)
 * @param containsPhi  the comment discloses health information about the writer or someone else
 * @param thirdParty   the comment talks about another person (family member, tagged user)
 * @param language     language of the comment, used for the reply
 * @param jurisdiction the practice's jurisdiction, copied from the profile
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
        Jurisdiction jurisdiction) {

    public Classification {
        signals = List.copyOf(signals);
    }

    /** Emergency or crisis: the approver must see it at once. */
    public boolean urgent() {
        return emergency || crisis;
    }
}
