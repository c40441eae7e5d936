package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.List;

/**
 * Sentence shapes for the kinds red-team round 35 found (docs/quality.md): a street-medicine team's warm slips ("Dr.
 * Ortega loved working with you", "the patient you saw"), a clinical-trials team's enthusiasm ("you were in the placebo
 * arm", "thank you for being such a wonderful participant", "si deja de fumar, seguro califica") and a gender clinic's
 * peer-style tips ("rib aches usually mean the binder's too tight"), plus first aid slipped in after the emergency
 * number ("while you wait, drink something sugary").
 *
 * <p>Like {@link EverydayShapes} these run on the folded text (lower case, no accents) of free-text sentences only,
 * each behind its clue words.
 */
final class OutreachAndStudyShapes {

    private static final String SYMPTOM = "(?:ache|aches|aching|pain|pains|soreness|rash|swelling|itching|bleeding|headache"
            + "|headaches|cramps|cramping|spotting|nausea|dizziness|bruising|tingling)";

    static final List<SentenceShape> SHAPES = List.of(
            // H1: the time spent with the reader, their slot, their part in a study
            new SentenceShape(HardRule.H1, "confirms a care relationship", "working with you|seeing you|meeting you|"
                            + "treating you|having you|am slot|pm slot|am appointment|pm appointment|participant|placebo|"
                            + "control group|study group|su cuestionario|su solicitud|su formulario|acompanarle|acompanarla|"
                            + "acompanarlo|acompanarte",
                    "\\b(?:loved|enjoyed|loves|enjoys|liked) (?:working with|seeing|meeting|treating|having) you\\b"
                            + "|\\byour \\d{1,2}(?::\\d\\d)? ?(?:am|pm) (?:slot|appointment|visit|session|consult)\\b"
                            + "|\\bfor being (?:such )?(?:a |an )?(?:wonderful|great|lovely|amazing|fantastic|brilliant|model|star)"
                            + " (?:participant|patient|client)\\b"
                            + "|\\byou were (?:in|on) the (?:placebo|treatment|control|active|study|drug) (?:arm|group)\\b"
                            + "|\\b(?:ya )?(?:recibimos|tenemos|revisamos) su (?:cuestionario|solicitud|formulario)\\b"
                            + "|\\b(?:acompanarle|acompanarla|acompanarlo|acompanarte) en (?:este|su|tu) (?:proceso|camino|tratamiento"
                            + "|recuperacion)\\b"),
            // H7: a person the commenter saw at the practice, spoken of as a patient
            new SentenceShape(HardRule.H7, "mentions another person's care", "patient you saw|person you saw|client you saw",
                    "\\bthe (?:patient|person|client) you saw\\b"),
            // H4: a condition given to the reader as the reason they qualify ("as a veteran with hearing loss, you may...")
            new SentenceShape(HardRule.H4, "adds health or care information about a person", "as a |as an |as someone ",
                    "\\bas (?:a|an|someone|somebody) (?:\\w+ )?with (?:[\\w-]+ ){0,3}(?:loss|disease|condition|diabetes|asthma"
                            + "|injury|injuries|pain|cancer|arthritis|hiv|copd|epilepsy|depression|anxiety|ptsd|disability)\\b"
                            + "[^.!?]{0,30}\\byou\\b"),
            // H8: a symptom explained, eligibility promised, first aid after the emergency number
            new SentenceShape(HardRule.H8, "tells the person what a sign means or what to do", "usually mean|seguro califica|"
                            + "definitely qualify|surely qualify|certainly qualify|while you wait",
                    "\\b" + SYMPTOM + "\\b[^.!?]{0,40}\\busually means?\\b"
                            + "|\\bseguro (?:califica|calificas|es candidat[oa]|eres candidat[oa])\\b"
                            + "|\\byou(?:'ll| will|'d| would)? (?:definitely|surely|certainly) qualify\\b"
                            + "|\\bwhile you wait,? (?:eat|drink|take|give|chew|apply|put|press|lie|sit|raise|elevate)\\b"));

    private OutreachAndStudyShapes() {
    }
}
