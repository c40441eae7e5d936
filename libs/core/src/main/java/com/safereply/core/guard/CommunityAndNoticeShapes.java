package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.List;

/**
 * Sentence shapes for the kinds red-team round 26 found (docs/quality.md): small-town practices where the staff know
 * everyone ("both bags will be waiting with your names on", "ya la pasamos al miércoles", "keep him sitting up"),
 * thank-you replies written at volume ("an honour to care for three generations of your family", "two of our favourite
 * little patients", "Dr. Ortega enjoyed working with you", "that would have been Dr Nair") and privacy or public-health
 * notices ("your information was among the records involved", "we can see you're registered", "we've removed the photo
 * of you", "the staff member involved has been identified"). English and Spanish where the kind occurs in both.
 *
 * <p>Like {@link EverydayShapes} these run on the folded text (lower case, no accents) of free-text sentences only,
 * each behind its clue words.
 */
final class CommunityAndNoticeShapes {

    private static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles"
            + "|jueves|viernes|sabado|domingo)";
    private static final String MEDICINE = "(?:methotrexate|metformin|insulin|warfarin|blood thinners?|steroids?|prednisone"
            + "|antibiotics?|your (?:meds|medication|medicines?|pills|tablets|inhaler)|metotrexato|metformina|insulina"
            + "|anticoagulantes?|esteroides?|antibioticos?|sus (?:medicamentos|medicinas|pastillas))";

    static final List<SentenceShape> SHAPES = List.of(
            // H1: the reader's care, orders or records placed here
            new SentenceShape(HardRule.H1, "confirms a care relationship", "waiting at|waiting for you at|ready at|"
                            + "favorite little|favourite little|favorite patients|favourite patients|bravest|honor to|honour to|"
                            + "privilege to|pleasure to|enjoyed working|enjoyed treating|enjoyed caring|enjoyed looking after|"
                            + "enjoyed meeting|enjoyed seeing|would have been|will have been|must have been|including yours|photo of you|picture of you|foto de usted|you're registered|"
                            + "you are registered|esta registrad|esta inscrit|among the records|among those|was involved|were involved|"
                            + "was affected|were affected|was included|were included|fue afectad|fueron afectad",
                    "\\b(?:will be|is|are|'s|'re) (?:waiting|ready) (?:for you )?(?:at|on) (?:the )?(?:front desk|reception|counter"
                            + "|pharmacy counter|desk)\\b[^.!?]{0,40}\\b(?:your|you)\\b"
                            + "|\\b(?:your|you)\\b[^.!?]{0,40}\\b(?:will be|is|are) (?:waiting|ready) (?:for you )?(?:at|on) (?:the )?"
                            + "(?:front desk|reception|counter|desk)\\b"
                            + "|\\b(?:favou?rite|bravest|sweetest|best) (?:little |young |regular )?(?:patients|clients)\\b"
                            + "|\\b(?:an? )?(?:honou?r|privilege|pleasure) to (?:care for|treat|look after|serve|see)\\b[^.!?]{0,40}"
                            + "\\b(?:your|you)\\b"
                            + "|\\benjoyed (?:working with|treating|caring for|looking after|meeting|seeing) you\\b"
                            + "|\\b(?:that|it|she|he) (?:would have been|will have been|must have been) (?:dr|dra|nurse|doctor)\\.? \\w+"
                            + "|\\bour patients\\b[^.!?]{0,80}\\bincluding (?:yours|you)\\b"
                            + "|\\b(?:removed|taken down|deleted|took down) the (?:photo|picture|image|video) of you\\b"
                            + "|\\b(?:quitamos|retiramos|borramos) la foto de usted\\b"
                            + "|\\b(?:we can see|we see|our records show|it shows) (?:that )?(?:you're|you are|you were) (?:registered"
                            + "|booked|due|on (?:our|the) list)\\b|\\b(?:vemos|consta) que (?:usted )?esta (?:registrad[oa]|inscrit[oa])\\b"
                            + "|\\byour (?:information|record|records|data|details|file) (?:was|were) (?:among|involved|affected"
                            + "|included|accessed|part of)\\b|\\bsu (?:informacion|expediente|datos) (?:fue|fueron|estaba|estaban)"
                            + " (?:afectad|incluid|entre)"),
            // H1 and H3: an appointment moved in public
            new SentenceShape(HardRule.H1, "moves the person's appointment in public", "move you|moved you|moving you|"
                            + "la pasamos|lo pasamos|la cambiamos|lo cambiamos|la movimos|lo movimos|te pasamos|le pasamos",
                    "\\b(?:we can|we'll|we will|we've|we have|happy to|glad to) (?:move|moved|switch|switched|shift|shifted) you"
                            + " (?:to|over to|onto) (?:next )?(?:" + WEEKDAY + "|tomorrow|the \\d+)"
                            + "|\\b(?:ya )?(?:la|lo|le|te) (?:pasamos|cambiamos|movimos) (?:al|para el|a el) (?:proximo )?" + WEEKDAY),
            // H1: a clinician's personal greeting or hug sent to the reader
            new SentenceShape(HardRule.H1, "sends a clinician's personal regards", "le manda|le envia|te manda|sends her|"
                            + "sends his|sends you|says hi|says hello",
                    "\\b(?:dr|dra|doctora?|nurse)\\.? \\w+ (?:le |te )?(?:manda|envia|sends(?: you)?) (?:un abrazo"
                            + "|saludos|her love|his love|a hug|hugs|her best|his best)\\b"
                            + "|\\b(?:dr|dra|nurse)\\.? \\w+ says (?:hi|hello)\\b"),
            // H1: the event the complaint alleges, confirmed by what was done about it
            new SentenceShape(HardRule.H1, "confirms the event the complaint describes", "member of staff|staff member|"
                            + "employee involved|disciplinary|only shared|involved has|involved have|responsible has|marked that|that patient's|ese paciente|esa paciente",
                    "\\b(?:identified|found|spoken to|spoke to) the (?:staff member|member of staff|employee|receptionist|person)"
                             + " (?:involved|responsible|concerned)\\b"
                            + "|\\b(?:staff member|member of staff|employee|receptionist|person) (?:involved|responsible|concerned)"
                            + " (?:has|have) been (?:identified|spoken to|disciplined|dealt with|retrained)\\b|\\bdisciplinary (?:action|process|proceedings)\\b"
                            + "|\\bwe (?:only|just) shared what was (?:required|necessary|needed|asked for)\\b"
                            + "|\\b(?:that|this|the) patient's (?:address|record|records|details|file|number|notes)\\b"),
            // H4: the reader's history named as the reason
            new SentenceShape(HardRule.H4, "adds health or care information about a person", "como los suyos|como el suyo|"
                            + "como la suya|like yours|history like|background like",
                    "\\b(?:antecedentes|historial|historia clinica|expediente) como (?:los suyos|el suyo|la suya)\\b"
                            + "|\\b(?:a |your )?(?:history|background|record) like yours\\b"),
            // H5: fees waived or care given free, told in public
            new SentenceShape(HardRule.H5, "adds payment information about a person", "waive|wrote off|write off|forgave|"
                            + "condonamos|perdonamos|no le cobramos",
                    // not a policy for a group: "we waive the fee for anyone on benefits" (GROUP_END's kind)
                    "\\b(?:waive|waived|write off|wrote off|forgave|forgive) (?:the|your|those|their|his|her) (?:fees?|bill|charges?"
                            + "|balance|costs?|copays?)\\b(?! for (?:anyone|everyone|all|people|patients|families|those|children|kids))"
                            + "|\\b(?:condonamos|perdonamos) (?:la|el|su|sus) (?:cuenta|deuda|saldo|cobros?)\\b"
                            + "|\\bno le cobramos\\b"),
            // H7: a named child or relative as a patient, a newborn expected at a check
            new SentenceShape(HardRule.H7, "mentions another person's care", "meet the new arrival|meet the baby|meet your baby|"
                            + "meet your little|meet the little|conocer al bebe|conocer a su bebe",
                    "\\b(?:can't wait|cannot wait|look forward|looking forward|excited) to (?:meet|meeting|seeing) (?:the|your)"
                            + " (?:new arrival|baby|little one|newborn|bundle)\\b"
                            + "|\\b(?:conocer|ver) (?:al|a su) (?:bebe|recien nacid[oa])\\b"),
            // H8: first aid to do until the ambulance comes
            new SentenceShape(HardRule.H8, "gives first aid", "fall asleep|sitting up|sit up|awake|upright|lie down|lying down|"
                            + "despiert|sentad|acostad|vigil",
                    "\\b(?:don't|do not|dont) let (?:him|her|them|the patient|your \\w+) (?:fall asleep|sleep|lie down|eat|drink)\\b"
                            + "|\\bkeep (?:him|her|them|the patient|your \\w+) (?:sitting up|awake|upright|lying down|on (?:his|her|their)"
                            + " side|still|warm)\\b"
                            + "|\\b(?:no (?:lo|la) deje (?:dormir|dormirse|acostarse)|mantengal[oa] (?:despiert[oa]|sentad[oa]|acostad[oa]))\\b"
                            + "|\\bvigilel[oa]s? (?:esta noche|toda la noche|en casa)\\b"),
            // H8: a result read as good news, a medicine cleared, in general words
            new SentenceShape(HardRule.H8, "reads a result or clears a medicine", "motivo de alarma|motivo de preocupacion|"
                            + "valor asi|resultado asi|nivel asi|value like|result like|reading like|level like|fine with|safe with|"
                            + "ok with|okay with|bien con|segura con|seguro con|recomendable|unlikely to",
                    "\\b(?:un|ese|este|su) (?:valor|resultado|nivel|numero) (?:asi|como ese|como este|como el suyo)\\b"
                            + "[^.!?]{0,40}\\bno es (?:motivo de (?:alarma|preocupacion)|grave|preocupante)\\b"
                            + "|\\b(?:a|that|this|your) (?:value|result|reading|level|number) like (?:that|this|yours)\\b[^.!?]{0,40}"
                            + "\\b(?:is|isn't|is not) (?:nothing to worry about|not (?:a )?(?:concern|alarming|worrying)|fine|normal)\\b"
                            + "|\\b(?:generally|usually|normally|perfectly|totally)? ?(?:fine|safe|ok|okay) (?:with|alongside|to (?:take|have|get)"
                            + " with) " + MEDICINE + "\\b"
                            + "|\\b(?:no hay problema|es segur[oa]|esta bien) con " + MEDICINE + "\\b"
                            // "one glass is unlikely to cause a problem for most people": a risk judged for the reader
                            + "|\\b(?:is |are |it's |that's )?(?:very |highly )?unlikely to (?:cause|be) (?:a |any |much )?(?:problem|problems"
                            + "|harm|issue|issues|serious|dangerous|trouble)\\b"
                            + "|\\bcon su (?:diabetes|asma|presion|embarazo|enfermedad)\\b[^.!?]{0,30}\\b(?:es )?(?:muy )?recomendable\\b"));

    private CommunityAndNoticeShapes() {
    }
}
