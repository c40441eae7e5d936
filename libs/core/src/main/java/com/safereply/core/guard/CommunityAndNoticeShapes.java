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

    private static final String WEEKDAY = DateMentions.WEEKDAY_EN_ES;
    private static final String MEDICINE = "(?:methotrexate|metformin|insulin|warfarin|blood thinners?|steroids?|prednisone"
            + "|antibiotics?|your (?:meds|medication|medicines?|pills|tablets|inhaler)|metotrexato|metformina|insulina"
            + "|anticoagulantes?|esteroides?|antibioticos?|sus (?:medicamentos|medicinas|pastillas))";

    static final List<SentenceShape> SHAPES = List.of(
            // H1: the reader's care, orders or records placed here
            new SentenceShape(HardRule.H1, "confirms a care relationship", "waiting at|waiting for you at|ready at|"
                            + "favorite little|favourite little|favorite patients|favourite patients|bravest|honor to|honour to|"
                            + "honor cuidar|honor atender|privilegio cuidar|placer atender|"
                            + "privilege to|pleasure to|enjoyed working|enjoyed treating|enjoyed caring|enjoyed looking after|"
                            + "enjoyed meeting|enjoyed seeing|would have been|will have been|must have been|including yours|photo of you|picture of you|foto de usted|you're registered|"
                            + "you are registered|esta registrad|esta inscrit|among the records|among those|was involved|were involved|"
                            + "was affected|were affected|was included|were included|was accessed|were accessed|fue afectad|fueron afectad|"
                            + "estaba entre|estaban entre|you're booked|you are booked|you're due|you are due|on our list|on the list|"
                            + "best patients|best little|sweetest|our best",
                    // something of the reader's waiting for collection, not a notice for anyone ("packets are at the desk")
                    "\\b(?:your|both of your) (?:\\w+ )?(?:bags?|orders?|prescriptions?|refills?|meds|medicines?"
                            + "|results|paperwork|forms?|glasses|records|letters?|notes?|scripts?)\\b[^.!?]{0,20}\\b(?:will be|is|are|'s|'re)"
                            + " (?:waiting|ready)\\b"
                            + "|\\b(?:waiting|ready)\\b[^.!?]{0,40}\\b(?:with your names? on|under your names?)\\b"
                            + "|\\b(?:are|is|were|you're|you are|they're|they are)(?: \\w+)?(?: two| one)?(?: of)? our (?:favou?rite"
                            + "|bravest|sweetest|best) (?:little |young |regular )?(?:patients|clients)\\b"
                            + "|\\b(?:an? )?(?:honou?r|privilege|pleasure) to (?:care for|treat|look after|serve|see)"
                            + " (?:you\\b|your\\b|(?:his|her|their) (?:stories|story)\\b|[^.!?,]{0,25}\\bof your\\b)"
                            + "|\\b(?:fue|es) un (?:honor|privilegio|placer) (?:cuidar|atender|tratar)(?:la|lo|le|los|las)?\\b"
                            + "|\\benjoyed (?:working with|treating|caring for|looking after) you\\b"
                            // not "we enjoyed meeting you at the farmers market booth"
                            + "|\\benjoyed (?:meeting|seeing) you\\b(?! at (?:the|our) (?:\\w+ )?(?:market|fair|event|booth|stall|festival"
                            + "|parade|race|run|walk|game|match|open house|school|library))"
                            + "|\\b(?:that|it|she|he) (?:would have been|will have been|must have been) (?:dr|dra|nurse|doctor)\\.? \\w+\\b(?!'s)"
                            + "|\\bour patients\\b[^.!?]{0,80}\\bincluding (?:yours|you)\\b"
                            + "|\\b(?:removed|taken down|deleted|took down) the (?:photo|picture|image|video) of you\\b"
                            + "|\\b(?:quitamos|retiramos|borramos) la foto de usted\\b"
                            + "|\\b(?:we can see|we see|our records show|it shows) (?:that )?(?:you're|you are|you were) (?:registered"
                            + "|booked|due|on (?:our|the) list)\\b|\\b(?:vemos|consta) que (?:usted )?esta (?:registrad[oa]|inscrit[oa])\\b"
                            // not the spec's own conditional: "if your information was involved, call our Privacy Officer"
                            + "|(?<!\\b(?:if|whether|of|not|think|believe|worried|concerned) )\\byour (?:information|record|records|data|details|file) (?:was|were)"
                            + " (?:among|involved|affected|included|accessed|part of)\\b"
                            + "|(?<!\\bsi |\\bsi cree que |\\bsi piensa que )\\bsus? (?:informacion|expediente|datos) (?:fue|fueron|estaba|estaban) (?:afectad|incluid|entre)"),
            // H1 and H3: an appointment moved in public
            new SentenceShape(HardRule.H1, "moves the person's appointment in public", "move you|moved you|moving you|"
                            + "la pasamos|lo pasamos|la cambiamos|lo cambiamos|la movimos|lo movimos|te pasamos|le pasamos|switch you|"
                            + "shift you|switched you|shifted you|le cambiamos|te cambiamos|le movimos",
                    "\\b(?:we|we can|we'll|we will|we've|we have|happy to|glad to) (?:move|moved|switch|switched|shift|shifted) you"
                            + " (?:to|over to|onto) (?:next )?(?:" + WEEKDAY + "|tomorrow|the \\d+)"
                            // not a public event moved: "la jornada de vacunación la pasamos al viernes"
                            + "|^(?!.*\\b(?:jornada|feria|campana|evento|vacunacion|taller|charla|reunion|horario|clinica movil"
                            + "|clase|curso|brigada|caminata|carrera|partido|torneo|concierto|fiesta|colecta|maraton)\\b).*?\\b(?:ya )?(?:la|lo|le|te) (?:pasamos|cambiamos|movimos) (?:al|para el|a el)"
                            + " (?:proximo )?" + WEEKDAY),
            // H1: a clinician's personal greeting or hug sent to the reader
            new SentenceShape(HardRule.H1, "sends a clinician's personal regards", "le manda|le envia|te manda|sends her|"
                            + "sends his|sends you|says hi|says hello|sends hugs|sends a hug|manda saludos|envia saludos|"
                            + "manda un abrazo|envia un abrazo",
                    "\\b(?:dr|dra|doctora?|nurse)\\.? \\w+ (?:le |te )?(?:manda|envia|sends(?: you)?) (?:un abrazo"
                            + "|saludos|her love|his love|a hug|hugs|her best|his best)\\b(?![^.!?]{0,10}\\b(?:to|a) (?:all|everyone|every|the|our|todos|todas|nuestr[oa]s)\\b)"
                            + "|\\b(?:dr|dra|nurse)\\.? \\w+ says (?:hi|hello)\\b(?! to (?:all|everyone|every|the|our)\\b)"),
            // H1: the event the complaint alleges, confirmed by what was done about it
            new SentenceShape(HardRule.H1, "confirms the event the complaint describes", "member of staff|staff member|"
                            + "employee involved|staff member involved|member of staff involved|disciplinary|only shared|involved has|involved have|responsible has|receptionist involved|"
                            + "promotora involved|promotor involved|nurse involved|hygienist involved|coordinator involved|assistant involved|"
                            + "person responsible|employee responsible|person involved|marked that|that patient's|ese paciente|esa paciente",
                    "\\b(?:identified|found|spoken to|spoke to|speaking to|speak to|speak with|talk with|talking to|talk to) the (?:staff member|member of staff|employee|receptionist|person"
                            + "|promotora|promotor|nurse|hygienist|coordinator|assistant|technician|pharmacist|driver)"
                             + " (?:involved|responsible|concerned)\\b(?! for (?:billing|complaints|appointments|records|the|our))"
                            + "|\\b(?:staff member|member of staff|employee|receptionist|person) (?:involved|responsible|concerned)"
                            + " (?:has|have) been (?:identified|spoken to|disciplined|dealt with|retrained)\\b"
                            // action taken, not the policy ("any staff member who breaks it faces disciplinary action")
                            + "|\\bdisciplinary (?:action|process|proceedings) (?:is|are|has been|have been) (?:underway|under way|taken"
                            + "|started|begun|ongoing)\\b|\\b(?:have|has|we've) (?:taken|started|begun) disciplinary\\b"
                            + "|\\bwe (?:only|just) shared what was (?:required|necessary|needed|asked for)\\b"
                            + "|\\b(?:that|this|the) patient's (?:address|record|records|details|file|number|notes)\\b"),
            // H4: the reader's history named as the reason
            new SentenceShape(HardRule.H4, "adds health or care information about a person", "como los suyos|como el suyo|"
                            + "como la suya|history like",
                    "\\b(?:antecedentes|historial|historia clinica|expediente) como (?:los suyos|el suyo|la suya)\\b"
                            + "|\\b(?:a |your )?(?:medical |health |clinical )?history like yours\\b"),
            // H5: fees waived or care given free, told in public
            new SentenceShape(HardRule.H5, "adds payment information about a person", "waive|wrote off|written off|forgave|forgiven|"
                            + "condonamos|perdonamos|aseguradora|insurer|insurance|seguro|plan",
                    // not a policy for a group: "we waive the fee for anyone on benefits" (GROUP_END's kind)
                    // done for the reader, not a policy or a refusal ("we can't waive the fee", "we waive it if you cancel")
                    "(?<!\\b(?:not|never) )\\b(?:waived|wrote off|written off|forgave|forgiven|(?:could|were able to|was able to"
                            + "|were glad to|were happy to|was happy to) waive) (?:the|your|those|their|his|her) (?:fees?|bill|charges?"
                            + "|balance|costs?|copays?)\\b(?! for (?:anyone|everyone|all|people|patients|families|those|children|kids))"
                            + "|\\b(?:condonamos|perdonamos) (?:la|el|su|sus) (?:cuenta|deuda|saldo|cobros?)\\b"
                            // what the reader's insurer did or asked: "su aseguradora pidió más información"
                            + "|(?<!\\bsi |\\bif |\\bwhether )\\b(?:your|su) (?:aseguradora|seguro|insurer|insurance(?: company)?|plan|health plan) (?:pidio|solicito"
                            + "|nego|aprobo|rechazo|asked|requested|denied|approved|rejected|needs|necesita|wants|quiere)\\b"),
            // H7: a named child or relative as a patient, a newborn expected at a check
            new SentenceShape(HardRule.H7, "mentions another person's care", "meet the new arrival|meet the baby|meet your baby|"
                            + "meet your little|meet the little|meeting the|meeting your|meet the newborn|conocer al|conocer a su|ver al bebe|"
                            + "ver a su bebe",
                    "\\b(?:can't wait|cannot wait|look forward|looking forward|excited) to (?:meet|meeting|seeing) (?:the|your)"
                            + " (?:new arrival|baby|little one|newborn|bundle)\\b"
                            + "|\\b(?:conocer|ver) (?:al|a su) (?:bebe|recien nacid[oa])\\b"),
            // H8: first aid to do until the ambulance comes
            new SentenceShape(HardRule.H8, "gives first aid", "fall asleep|sitting up|sit up|awake|upright|lie down|lying down|"
                            + "keep him|keep her|keep them|let him|let her|let them|no lo deje|no la deje|despiert|sentad|acostad|vigil",
                    "\\b(?:don't|do not|dont) let (?:him|her|them|the patient) (?:fall asleep|sleep|lie down|eat|drink)\\b"
                            + "|\\bkeep (?:him|her|them|the patient) (?:sitting up|awake|upright|lying down|on (?:his|her|their)"
                            + " side|still|warm)\\b"
                            + "|\\b(?:no (?:lo|la) deje (?:dormir|dormirse|acostarse)|mantengal[oa] (?:despiert[oa]|sentad[oa]|acostad[oa]))\\b"
                            + "|\\bvigilel[oa]s? (?:esta noche|toda la noche|en casa)\\b"),
            // H8: a result read as good news, a medicine cleared, in general words
            new SentenceShape(HardRule.H8, "reads a result or clears a medicine", "motivo de alarma|motivo de preocupacion|"
                            + "valor asi|resultado asi|nivel asi|value like|result like|reading like|level like|fine with|safe with|"
                            + "ok with|okay with|bien con|segura con|seguro con|recomendable|unlikely to|no hay problema con|number like|"
                            + "value like",
                    "\\b(?:un|ese|este|su) (?:valor|resultado|nivel|numero) (?:asi|como ese|como este|como el suyo)\\b"
                            + "[^.!?]{0,40}\\bno es (?:motivo de (?:alarma|preocupacion)|grave|preocupante)\\b"
                            + "|\\b(?:a|that|this|your) (?:value|result|reading|level|number) like (?:that|this|yours)\\b[^.!?]{0,40}"
                            + "\\b(?:is|isn't|is not) (?:nothing to worry about|not (?:a )?(?:concern|alarming|worrying)|fine|normal)\\b"
                            // a verdict on the medicine ("it's generally fine with methotrexate"), not "what's safe with it"
                            + "|(?<!\\bwhat |\\bwhether |\\bif |\\bwhich )\\b(?:it's|it is|is|are|they're|they are|should be)(?: generally| usually| normally| perfectly"
                            + "| totally)? (?:fine|safe|ok|okay) (?:with|alongside|to (?:take|have|get) with) " + MEDICINE
                            + "\\b(?! list| lists| schedule| card)"
                            + "|\\b(?:no hay problema|es segur[oa]|esta bien) con " + MEDICINE + "\\b"
                            // "one glass is unlikely to cause a problem for most people": a risk judged for the reader
                            // only about something taken: a drink, a dose, a vaccine (not "the upgrade is unlikely to cause issues")
                            + "|^(?=.*\\b(?:glass|glasses|drink|drinks|alcohol|wine|beer|dose|doses|pills?|tablets?|medicines?|medication|meds"
                            + "|vaccines?|jab|shot|supplements?|caffeine|coffee|amount|copa|cerveza|vino|dosis|pastillas?|vacuna)\\b)"
                            + ".*?\\b(?:very |highly )?unlikely to (?:cause|be) (?:a |an |any |much )?(?:problem|problems|harm|issue|issues"
                            + "|serious|dangerous|trouble)\\b"
                            + "|\\bcon su (?:diabetes|asma|presion|embarazo|enfermedad)\\b[^.!?]{0,30}\\b(?:es )?(?:muy )?recomendable\\b"));

    private CommunityAndNoticeShapes() {
    }
}
