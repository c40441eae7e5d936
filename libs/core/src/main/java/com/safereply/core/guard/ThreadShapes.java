package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.List;

/**
 * Sentence shapes for the kinds red-team round 12 found (docs/quality.md): replies further down a thread, where a
 * slip hides behind the earlier, correct reply, and polished replies that dispute the review politely. Each shape is
 * a kind of sentence, in English and Spanish where the kind occurs in both, never one writer's wording.
 *
 * <p>Like {@link EverydayShapes} these run on the folded text (lower case, no accents) of free-text sentences only,
 * each behind its clue words.
 */
final class ThreadShapes {

    private static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String DIA = "(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)";
    private static final String CARE_ITEM = "(?:appointment|visit|test|scan|results?|bloods|blood test|cleaning|check-?up|smear"
            + "|x-?rays?|jab|vaccination|procedure|surgery|op)";
    private static final String CUIDADO = "(?:prueba|cita|consulta|analisis|examen|vacuna|resultado|radiografia|limpieza"
            + "|cirugia|operacion|estudio)";

    static final List<SentenceShape> SHAPES = List.of(
            // H9: disputing the review in polite words, no legal word, no "false"
            new SentenceShape(HardRule.H9, "disputes the reviewer's account", "disagree|clarify|point out|appropriately|"
                            + "correctly|properly|professionally|nothing to hide|go ahead|laugh|shout|yell|mock|clearly|caution|aclarar|"
                            + "de acuerdo|correctamente|ocultar",
                    "\\b(?:we )?(?:respectfully|must|have to|strongly) disagree\\b"
                            // "we'd like to clarify that we are still open" is news: a dispute says what did or did not happen
                            + "|\\bwe(?: would|'d| must| need to| want to| wish to)(?: like to)? (?:clarify|point out|make (?:it )?clear)"
                            + " that\\b(?=[^.!?\\n]*\\b(?:not|never|no|did|was|were|acted|appropriate\\w*|correct\\w*|followed|policy"
                            + "|guidance|effective|always)\\b)"
                            + "|\\b(?:acted|behaved|responded|proceeded) (?:entirely |completely )?(?:appropriately|correctly|properly"
                            + "|professionally) (?:at all times|throughout|in every way)\\b"
                            + "|\\b(?:our|the) (?:clinicians?|staff|team|doctors?|dentists?|nurses?|gps?|receptionists?) (?:acted|behaved)"
                            + " (?:entirely |completely )?(?:appropriately|correctly|properly)\\b"
                            + "|\\bnothing to hide\\b|^\\W*go ahead\\W*$"
                            + "|\\b(?:our|the) (?:clinicians|staff|team|doctors|dentists|nurses|gps|receptionists) (?:don't|do not"
                            + "|would never|never|wouldn't) (?:laugh|shout|yell|mock|sneer) at\\b"
                            // the record as evidence against the reviewer; "research clearly shows" is not about anyone
                            + "|\\b(?:records?|notes|x-?rays?|radiographs?|footage|cameras?|images?|scans?|chart|logs?)(?: \\w+)?"
                            + " (?:clearly|plainly|unmistakably) (?:showed|shows|show|indicated|demonstrated)\\b"
                            + "|\\b(?:would )?caution (?:readers|others|the public)\\b(?![^.!?\\n]*\\b(?:scam|fraud|fake|phishing"
                            + "|impersonat)\\w*)"
                            + "|\\bno (?:estamos|podemos estar) de acuerdo con\\b"
                            + "|\\bqueremos (?:aclarar|dejar claro) que\\b(?=[^.!?\\n]*\\b(?:no|nunca|siguio|siguieron|protocolo"
                            + "|correct\\w*|politica|actuo|actuaron|adecuad\\w*)\\b)"
                            + "|\\b(?:actuo|actuaron|procedio|procedieron) (?:de forma |de manera )?(?:correcta|correctamente|adecuadamente)\\b"
                            + "|\\bno tenemos nada que ocultar\\b"),
            // H1: the practice reads what is on record about the person
            new SentenceShape(HardRule.H1, "reads what is on record about a person", "according to|diary|system|records|"
                            + "calendar|schedule|books|segun|sistema|registro|expediente|agenda",
                    "\\baccording to (?:our|the) (?:records|system|notes|file|diary|calendar|books|chart|database)\\b"
                            // about a person: "our schedule has openings" and "the system has been fixed" are not
                            + "|\\b(?:our|the) (?:diary|system|records|calendar|schedule|books|database|appointment book) (?:shows?"
                            + "|says|indicates?) (?:that )?(?:you|he|she|they|your|his|her|their|no|nobody|there (?:is|was|are|were) no)\\b"
                            + "|\\bsegun (?:lo que tenemos|lo que vemos|nuestros registros|nuestro sistema|el sistema|el expediente"
                            + "|la agenda|nuestra agenda)\\b"
                            + "|\\b(?:nuestro|el) (?:sistema|registro|expediente) (?:muestra|indica|dice)\\b|\\bla agenda (?:muestra|indica|dice)\\b"),
            // H1: what the person did not do ("the last two slots weren't attended")
            new SentenceShape(HardRule.H1, "reports what this person did", "attend|show up|turn up|asisti|present",
                    "\\b(?:you|you've|he|she|they)\\s+(?:didn't|did not|failed to|never)\\s+(?:attend|show up|turn up)\\b"
                            // someone's own bookings, not the general policy on appointments that are not attended
                            + "|\\b(?:your|his|her|their|the last (?:\\w+ )?|both|two of the|three of the|the two|the three)\\s*(?:slots?"
                            + "|appointments?|visits?|sessions?|bookings?)\\b[^.!?\\n]{0,40}\\b(?:weren't|were not|wasn't|was not|never"
                            + "|not) attended\\b"
                            + "|\\bno (?:asistio|se presento|vino|llego) a (?:su|sus|la|las) (?:cita|citas|consulta|consultas)\\b"),
            // H1: the practice will see or fix this person's thing ("until we can reseat it for you")
            new SentenceShape(HardRule.H1, "plans care for this person", "until|hasta que",
                    // a person seen, or their thing fixed "for you"; "until the team can fix it" is about a phone line
                    "\\buntil (?:we|the team|the dentist|the doctor|dr\\.? \\w+) (?:can )?(?:see|check|look at|examine)"
                            + " (?:you|him|her)\\b"
                            + "|\\buntil (?:we|the team|the dentist|the doctor|dr\\.? \\w+) (?:can )?(?:reseat|re-cement|recement|refit"
                            + "|fix|repair|replace) (?:it|them) for (?:you|him|her)\\b"
                            + "|\\bhasta que (?:(?:el|la) (?:dr|dra|doctor|doctora|dentista)\\.? ?\\w* )?(?:lo|la|le|los|las)"
                            + " (?:vea|revise|atienda|veamos|revisemos|atendamos)\\b"),
            // H1 / H4: the person's new treatment, in Spanish ("con el nuevo tratamiento se iba a recuperar")
            new SentenceShape(HardRule.H1, "speaks of this person's treatment", "nuev",
                    "\\b(?:su|tu) nuev[oa] (?:tratamiento|medicamento|medicina|pastilla|empaste|corona|implante|dentadura|lentes"
                            + "|brackets|frenos|terapia|dosis)\\b"
                            + "|\\bcon (?:el|la|ese|esa) nuev[oa] (?:tratamiento|medicamento|medicina|terapia|dosis)\\b[^.!?\\n]{0,40}"
                            + "\\b(?:recuper|mejor|sanar|curar|alivi)"),
            // H7: another patient's care used as an excuse
            new SentenceShape(HardRule.H7, "mentions another person's care", "otr",
                    // the excuse ("estábamos atendiendo a otro paciente"), not "para poder atender a otros pacientes"
                    "\\b(?:estaba|estabamos|estaban|estuvo|estuvimos|tuvo que|tuvimos que|tenia que|tuvieron que)\\s+(?:atendiendo"
                            + "|operando|viendo|atender|operar|ver)\\b[^.!?\\n]{0,50}\\b(?:a )?otr[oa]s?"
                            + " (?:senoras?|pacientes?|personas?|familias?|ninos?|ninas?|senor(?:es)?|mamas?|bebes?)\\b"
                            + "|\\botr[oa]s? (?:senoras?|pacientes?|personas?|ninos?|ninas?|senor(?:es)?) (?:con|que tenia|que tuvo"
                            + "|que necesitaba) (?:una?|el|la) (?:urgencia|emergencia|parto|cirugia|operacion|extraccion)"),
            // H3: a date of service tied to the person's care ("your Monday appointment", "su prueba del lunes")
            new SentenceShape(HardRule.H3, "adds the day of this person's care", "'s|monday|tuesday|wednesday|thursday|"
                            + "friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo",
                    "\\b(?:your|his|her|their) " + WEEKDAY + "(?:'s)? " + CARE_ITEM + "\\b"
                            + "|\\b(?:tomorrow|today|tonight|yesterday|" + WEEKDAY + ")'s (?:" + CARE_ITEM + "|checkup|check-up)\\b"
                            + "|\\b(?:your|his|her|their) " + CARE_ITEM + " (?:on|from|last|this|next|this coming) " + WEEKDAY + "\\b"
                            + "|\\b(?:su|sus|tu|tus) " + CUIDADO + "s? (?:del|de este|del proximo|del pasado) " + DIA + "\\b"));

    private ThreadShapes() {
    }
}
