package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.List;

/**
 * Sentence shapes for the kinds red-team round 17 found (docs/quality.md): families and proxies (who booked a child's
 * visit, a form sent on, first aid while help comes) and sensitive services (a test result read as good news, a
 * treatment recommended to the person, a relative's progress, a fee waived, "hard to believe"). Each shape is a kind
 * of sentence, in English and Spanish where the kind occurs in both, never one writer's wording.
 *
 * <p>Like {@link EverydayShapes} these run on the folded text (lower case, no accents) of free-text sentences only,
 * each behind its clue words.
 */
final class FamilyCareShapes {

    private static final String RELATIVE = "(?:father|mother|dad|mum|mom|parent|stepdad|stepmom|stepmum|grandma|grandmother"
            + "|grandpa|grandfather|guardian|padre|madre|papa|mama|abuela|abuelo|tutor|tutora)";
    private static final String FAMILY = "(?:husband|wife|partner|son|daughter|brother|sister|mother|father|mom|mum|dad"
            + "|esposo|esposa|marido|mujer|pareja|hijo|hija|hermano|hermana|madre|padre|mama|papa)";

    static final List<SentenceShape> SHAPES = List.of(
            // H9: disbelief of the account, or a system that "could never have lost" what the reviewer says it lost
            new SentenceShape(HardRule.H9, "disputes the reviewer's account", "believe|imagine|lost|missed|deleted|"
                            + "misplaced|creer",
                    "\\b(?:we )?find it (?:hard|difficult) to believe\\b"
                            + "|\\b(?:it's|it is) hard to believe (?:that )?(?:she|he|they|our|any of our|anyone on|a member of"
                            + "|the|dr)\\b"
                            + "|\\bhard to imagine (?:that )?(?:she|he|they|our|dr)\\b"
                            // a counterfactual about the past ("could never have been lost"), not a promise ("so nothing
                            // can get lost")
                            + "|\\bso (?:nothing|it|this|that) (?:should|could|would) (?:ever |never |possibly )?(?:have )?"
                            + "(?:be|been|get|gotten|go|gone) (?:lost|missed|deleted|misplaced)\\b"
                            + "|\\bnos cuesta (?:trabajo )?creer\\b|\\bes dificil (?:de )?creer\\b"),
            // H2: that someone is not a patient, or that a visit never happened
            new SentenceShape(HardRule.H2, "denies a care relationship", "figura|no hubo|registro|constancia",
                    "\\bno figura(?:ba)? como paciente\\b|\\bno hubo (?:tal|ninguna) (?:consulta|cita|visita)\\b"
                            + "|\\bno (?:tenemos|hay) (?:registro|constancia) de (?:esa|su|la|ninguna) (?:visita|consulta|cita)\\b"),
            // H8: a treatment recommended to this person, a result read as good news, what a sign "usually means"
            new SentenceShape(HardRule.H8, "recommends a treatment or reads a result", "option for you|choice for you|"
                            + "fit for you|solution for you|opcion para|good news|means|indicates|signals|indica|se quita|"
                            + "se cura|se van|se resuelve|clear|goes away|go away|heal",
                    "\\b(?:could|would|might|may) be (?:a |an )?(?:great|good|perfect|ideal|excellent|better) "
                            + "(?:option|choice|fit|solution) for you\\b"
                            + "|\\b(?:podria|puede|seria) ser (?:una )?(?:gran|buena|excelente|mejor) opcion para (?:usted|ti)\\b"
                            + "|\\bno news is (?:\\w+ )?good news\\b"
                            // "'patient responsibility' generally means the portion...": a quoted term defined, not a sign read (round 25)
                            + "|(?<!['\"’”] )\\b(?:almost always|nearly always|usually|normally|generally|often) (?:means|indicates|signals) "
                            + "(?:a|an|you|it|that|the|early|positive|negative)\\b"
                            + "|\\b(?:casi siempre|normalmente|generalmente|suele|por lo general) indica(?:r)? (?:un|una|que|el|la)\\b"
                            + "|\\b(?:casi siempre|normalmente|generalmente|por lo general) se (?:quitan?|curan?|van|resuelven?) con\\b"
                            + "|\\b(?:usually|almost always|normally|generally) (?:clears? up|clears?|goes away|go away|heals?) with\\b"),
            // H8: first aid to do while help comes, after the emergency line
            // (nothing to eat or drink: ShorthandShapes' home-care instructions)
            new SentenceShape(HardRule.H8, "gives first aid", "mientras|while|intente|intenten|trate de|traten de|remove|"
                            + "pull out|take out",
                    // the verbs of first aid done to someone, not "while you wait, have a look at our page"
                    "\\bmientras (?:llegan|llega|espera|esperan|tanto|viene|vienen)\\b[^.!?\\n]{0,40}\\b(?:dele|denle|dale"
                            + "|acuestel[oa]|acueste|aplique|presione|ponga (?:hielo|presion|un pano|una toalla|una compresa)"
                            + "|mantengal[oa])\\b"
                            + "|\\bwhile (?:you wait|you're waiting|waiting|they arrive|help arrives|you're on the way)\\b"
                            + "[^.!?\\n]{0,40}\\b(?:give (?:him|her|them|the)|lay (?:him|her|them)|keep (?:him|her|them|the "
                            + "(?:child|baby|person))|press|apply|put (?:him|her|them|ice|pressure)|sit (?:him|her|them))\\b"
                            + "|\\bno (?:intente|intenten|trate de|traten de) (?:sacar|quitar|mover)\\w*\\b"
                            + "|\\b(?:don'?t|do not) (?:try to )?(?:remove|pull out|take out) (?:it|the object|the coin|the "
                            + "splint|anything)\\b"),
            // H5: a fee waived for this person, or what they would pay given their cover
            new SentenceShape(HardRule.H5, "discloses payment information", "waive|uninsured|self-pay|not insured|"
                            + "medicaid|medicare|pay our|pay the|no tiene seguro",
                    "\\b(?:happy|glad|able|pleased) to waive (?:those|your|his|her|their|the) (?:visits?|fees?|charges?|bills?"
                            + "|costs?|copays?)\\b|\\bwaived (?:those|your|his|her|their) (?:visits?|fees?|charges?|bills?|copays?)\\b"
                            + "|\\bsince you(?:'re| are) (?:uninsured|self-pay|not insured|on medicaid|on medicare)\\b"
                            + "|\\byou(?:'d|'ll| would| will) pay (?:our|the) (?:lowest|reduced|sliding)\\b"
                            + "|\\bya que (?:usted )?no tiene seguro\\b"),
            // H1: who booked a child's visit, the form or record sent on, "you both", an offer made to the person,
            // that the family already comes here
            new SentenceShape(HardRule.H1, "confirms a care relationship", "called|rang|phoned|booked|set it up|"
                            + "made the appointment|llamo|reservo|hizo la cita|agendo|pidio la cita|a copy|the form|the record|"
                            + "the letter|the certificate|ya esta|you both|offered you|gave you|le ofrecio|le dio|ofrecimos|"
                            + "ya vien|ya ven|ya son|ya es|already|now come",
                    "\\b(?:his|her|their|your (?:son's|daughter's|child's)) " + RELATIVE + " (?:called|rang|phoned|booked"
                            + "|set it up|made the appointment)\\b"
                            + "|\\b(?:su|el|la) " + RELATIVE + " (?:llamo|reservo|hizo la cita|agendo|pidio la cita)\\b"
                            + "|\\bsend (?:the|his|her|their|your) (?:school|nursery|employer|daycare|work|escuela|guarderia) "
                            + "(?:a copy|the (?:form|records?|letter|certificate))\\b"
                            // the person's own paper, not "the enrolment form is ready on our website"
                            + "|\\bsu (?:comprobante|constancia|certificado|formulario|carta|papel)\\b[^.!?\\n]{0,40}"
                            + "\\bya esta (?:listo|lista)\\b"
                            + "|\\b(?:el|la) (?:comprobante|constancia|certificado|carta|papel) (?:de \\w+ )?de (?:su|sus|la prueba|la vacuna"
                            + "|la cita|la consulta)\\b[^.!?\\n]{0,40}\\bya esta (?:listo|lista)\\b"
                            + "|\\byou both (?:had|got|received|enjoyed|felt)\\b"
                            + "|\\b(?:dr\\.?|dra\\.?|doctor|doctora|the dentist|el dentista|la dentista|el doctor|la doctora)"
                            + "(?: \\w+)? (?:le ofrecio|offered you|gave you|le dio)\\b"
                            + "|\\b(?:le|les) ofrecimos (?:otras opciones|otra opcion|otras alternativas|otra alternativa"
                            + "|un tratamiento|una receta)\\b"
                            + "|\\bya (?:vienen|viene|venian|venia) (?:con nosotros|aqui|a (?:la|nuestra) clinica)\\b"
                            + "|\\bya (?:son|es) (?:pacientes?|paciente nuestr[oa]|de la casa)\\b"
                            + "|\\b(?:already|now) (?:come|comes|coming) (?:to us|here|to see us)\\b"
                            + "|\\b(?:your|his|her|their) (?:kids|children|son|daughter|family) (?:are|is) already "
                            + "(?:patients?|with us|registered)\\b"),
            // H7: a relative's progress, or "his sessions" (Spanish "sus" is also the formal "your": not read here)
            new SentenceShape(HardRule.H7, "mentions another person's health", "avanzando|progresando|mejorando|"
                            + "progress|improving|sessions|therapy",
                    "\\b(?:su|your) " + FAMILY + "\\b[^.!?\\n]{0,30}\\b(?:este |esta |is |are )?(?:avanzando|progresando"
                            + "|mejorando|making (?:great |good |such )?progress|progressing|improving)\\b"
                            + "|\\bin (?:his|her) (?:sessions|therapy)\\b"));

    private FamilyCareShapes() {
    }
}
