package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.List;

/**
 * Sentence shapes for the kinds red-team round 3 found (docs/quality.md): the same violations as rounds 1 and 2, said
 * in everyday speech, regional idiom (US South, Scots, Caribbean Spanish) and the Spanish tú form. Each shape is a kind
 * of sentence, in English and Spanish where the kind occurs in both, never one writer's wording.
 *
 * <p>Like {@link ParaphraseRules}' own shapes these run on the folded text (lower case, no accents) of free-text
 * sentences only, each behind its clue words.
 */
final class EverydayShapes {

    /** Medicines and doses, as a reader would name their own. */
    private static final String MEDICINE = "(?:pills?|tablets?|capsules?|meds|medication|medicines?|painkillers|antibiotics|"
            + "inhaler|insulin|doses?|drops|oxycodone|codeine|tramadol|vicodin|percocet|xanax|adderall|methadone|fentanyl|"
            + "ibuprofen|paracetamol|acetaminophen|tylenol|calpol|aspirin|metformin|naproxen|amoxicillin)";
    /** The same in Spanish, diminutives included ("la pastillita"). */
    private static final String MEDICINA = "(?:pastill\\w*|tablet\\w*|capsul\\w*|dosis|jarabe|insulina|medicin\\w*|medicament\\w*|"
            + "tylenol|acetaminofen|ibuprofeno|paracetamol|metformina|antibiotic\\w*|gotas|crema|pomada|aspirina)";
    /** Procedures and visits a person has at a practice. */
    private static final String PROCEDURE = "(?:root canal|filling|crown|extraction|implant|cleaning|procedure|treatment|surgery|"
            + "operation|injection|jab|vaccine|vaccination|scan|x-?ray|appointment|visit|check-?up|op|smear|biopsy|bridge|"
            + "veneers?|dentures?|braces|whitening|consultation|bloods|blood test)";
    private static final String PROCEDIMIENTO = "(?:endodoncia|extraccion|corona|empaste|limpieza|cirugia|operacion|inyeccion|"
            + "vacuna|radiografia|cita|consulta|visita|implante|tratamiento)";
    /** Conditions a reply might name as the reader's likely diagnosis. */
    private static final String CONDITION = "(?:\\w+(?:itis|osis|laxis|emia|algia)|croup|colic|thrush|eczema|hay fever|reflux|"
            + "shingles|chickenpox|a uti|uti|strep|teething|an allergic reaction|allergic reaction|dry socket|an abscess|"
            + "abscess|a cavity|a sprain|a migraine|migraine|norovirus|a stomach bug|stomach bug|a chest infection|"
            + "a virus|viral|a panic attack|panic attack|a concussion|concussion)";

    static final List<SentenceShape> SHAPES = List.of(
            // H1 / H7: where a person is at the practice right now, or when they came and went
            new SentenceShape(HardRule.H1, "says where a person is at the practice or when they left",
                    "next in line|next up|in with|with the|with dr|being seen|in the chair|in recovery|on her way|on his way|"
                            + "on their way|left|went home|checked|arrived|got here|be with|se fue|salio|se retiro|esta con|siguiente",
                    "\\b(?:he|she|they)(?:'s|'re| is| are| was| were)?\\s+(?:just\\s+|already\\s+|still\\s+)?"
                            + "(?:next in line|next up|in with|with (?:the )?(?:doctor|dentist|nurse|hygienist|gp|dr\\b)|being seen|"
                            + "in the chair|in recovery|on (?:her|his|their) way (?:out|home))"
                            + "|\\bnext in line\\b"
                            + "|\\b(?:he|she|they|your \\w+)\\s+(?:just\\s+|already\\s+)?(?:left|went home|checked (?:in|out)|arrived|got here)\\b"
                            + "[^.!?\\n]{0,25}\\b(?:ago|at \\d|earlier|this morning|this afternoon|already|all done)\\b"
                            + "|\\bwill be with (?:her|him|them) (?:in|shortly|soon|momentarily|any)\\b"
                            + "|\\b(?:ya )?(?:se fue|salio|se retiro) hace\\b|\\besta con (?:la|el) (?:doctora|doctor|dra|dr|enfermera|dentista)\\b"
                            + "|\\bes (?:la|el) siguiente\\b"),
            // H1: something of this person's is ready for them
            new SentenceShape(HardRule.H1, "says something of this person's is ready for them", "ready|list|preparad",
                    "\\b(?:your|his|her|their)\\b[^.!?\\n]{0,30}?(?:'s|\\bis|\\bare)\\s+(?:all\\s+)?ready (?:to (?:pick up|collect|be collected|be picked up)|for (?:pick-?up|collection))\\b"
                            + "|\\b(?:esta|estan) (?:list[oa]s?|preparad[oa]s?) para (?:recoger|buscar|pasar a buscar)\\b"),
            // H1: a procedure placed at the practice ("after a root canal at our office"): someone had it there
            new SentenceShape(HardRule.H1, "places a procedure at the practice", "after|since|following|from|despues|desde",
                    "\\b(?:after|since|following|from)\\s+(?:a|an|the|your|that|this|his|her|their)\\s+(?:[a-z'-]+\\s+)?" + PROCEDURE
                            + "\\s+(?:at (?:our|the) (?:office|clinic|practice|surgery)|here|with us|in our chair)\\b"
                            + "|\\b(?:despues de|desde)\\s+(?:la|el|su|tu|una?)\\s+" + PROCEDIMIENTO
                            + "\\s+(?:aqui|en (?:la|nuestra) clinica|en (?:el|nuestro) consultorio|con nosotros)\\b"),
            // H1: coming back in, as someone who has been in before
            new SentenceShape(HardRule.H1, "asks this person to come back in", "come",
                    "\\bcome (?:on )?back in\\b|\\bcome on back\\b"),
            // H1 (Spanish): a sighting of this person outside the practice, or a staff member asking after them
            new SentenceShape(HardRule.H1, "Spanish: says the practice saw or asks after this person", "vi|visto|pregunt|esperamos",
                    "\\b(?:te|la|lo|los|las) (?:vi|vimos|vio|vieron|hemos visto|he visto)\\s+(?:en (?:la|el) (?!noticia|reportaje|video|periodico|tele)|"
                            + "ayer|anoche|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|ya |caminando|muy |tan |content|feliz|bien)"
                            + "|\\b(?:pregunta|preguntan|preguntamos|preguntaba|preguntaron|pregunto) (?:siempre )?por (?:usted|ti|su|tu|el|ella)\\b"
                            + "|\\b(?:la|lo|los|las|te) esperamos (?:pronto|de vuelta|otra vez|de nuevo)\\b"),
            new SentenceShape(HardRule.H1, "says a staff member asks after this person", "ask",
                    "\\b(?:always |often |still )?asks? (?:after|about) (?:you|your|him|her)\\b"),
            // H1 / H4: asking after the reader's condition by name
            new SentenceShape(HardRule.H4, "asks after this person's condition", "como|how",
                    "\\bcomo (?:sigue|va|anda|esta|van|siguen|estan) (?:el|la|los|las|su|sus|tu|tus) (?:azucar|presion|diabetes|rodilla|cadera|"
                            + "muela|diente|espalda|herida|tratamiento|embarazo|pierna|brazo|tos|dolor|glucosa|colesterol|corazon)\\b"
                            + "|\\bhow(?:'s| is| are)(?: the| your| his| her) (?:knee|hip|back|tooth|jaw|sugar|sugars|blood sugar|blood pressure|"
                            + "pressure|leg|arm|wound|cough|chest|pregnancy|bump|stitches|filling|crown|implant)\\b"),
            // H4: a result given to this person
            new SentenceShape(HardRule.H4, "Spanish: gives this person a result", "salio|salieron",
                    "\\b(?:todo )?(?:salio|salieron)\\s+(?:todo\\s+|todos\\s+)?(?:bien|normal\\w*|negativ\\w*|limpi\\w*|perfect\\w*)\\b"),
            // H11: contact by the practice, said in idiom or delegated to someone
            new SentenceShape(HardRule.H11, "the practice will contact this person", "give you a|to ring|to call|to phone|to text|to email|"
                            + "to message|to contact|call back|llam|escribe|contacta|marca",
                    "\\bgive you a (?:call|ring|bell|buzz|holler|shout|tinkle|phone|text)\\b"
                            + "|\\b(?:ask|asked|get|got|have|had|tell|told)\\b[^.!?\\n]{1,30}?\\bto (?:ring|call|phone|text|email|message|contact|call back) you\\b"
                            + "|\\b(?:le|te)\\s+(?:llama|llamo|llamamos|marca|marcamos|escribe|escribo|contacta)\\b(?! la atencion)"),
            // H8: advice about what the reader's symptom is, or what to take and how
            new SentenceShape(HardRule.H8, "names the reader's likely condition", "like|common",
                    "\\b(?:sounds|looks|seems) like\\s+(?:a |an |just |classic |typical |a touch of |a bit of )?(?:\\w+ )?" + CONDITION + "\\b"
                            + "|\\b(?:very|really|awfully|awfy|super|pretty|quite) common (?:at (?:that|this|his|her|their) age|in (?:kids|babies|toddlers|children|little ones))\\b"),
            new SentenceShape(HardRule.H8, "tells the reader what medicine to take or how much", "dose|spoonful|teaspoon|capful|sachet|start|remember|forget|make sure|"
                            + "pen|epipen|put|keep|lock|store|hide|flush|throw|get rid|hand in",
                    "\\b(?:a|one|half a|two|a small|a wee|another) (?:dose|spoonful|teaspoon|capful|sachet) of\\b"
                            + "|\\bstart (?:with|on) (?:half|a half|one|a quarter)\\b"
                            + "|\\b(?:remember|don't forget|make sure) to (?:take|use|keep taking) (?:your|the|his|her)\\b"
                            + "|\\bdon't forget (?:your|the|his|her) " + MEDICINE + "\\b"
                            + "|\\b(?:use|get|grab) (?:an?|the|your) (?:adrenaline pen|epi-?pen|auto-?injector)\\b"
                            + "|^\\W*(?:please\\s+)?(?:put|keep|lock|store|hide|flush|throw away|get rid of|hand in)\\s+(?:the|your|those|these|that|all (?:the|your|those)|any)\\s+"
                            + "(?:[\\w-]+\\s+){0,2}?" + MEDICINE + "\\b"),
            new SentenceShape(HardRule.H8, "Spanish: tells the reader what medicine to take or how", "dale|dele|toma|tome|empie|pon|usa|use|aplica|aplique|unta|"
                            + "evita|evite|deja|deje|sigue|siga|acuerd|recuerd",
                    "\\b(?:dale|dales|dele|deles|toma|tomate|tome|tomese|empieza|empiece|ponle|pongale|ponte|pongase|usa|use|aplica|aplique|unta|evita|evite|"
                            + "deja|deje|sigue|siga|acuerdate|acuerdese|recuerda|recuerde)\\s+(?:(?:con|de|el|la|los|las|su|sus|tu|tus|una?|media|medio|mas|solo|"
                            + "tomando|tomar|usando|dandole|poniendote)\\s+){0,3}" + MEDICINA + "\\b"
                            // "only use medicines from a licensed pharmacy": a public-safety note under spam (round 24)
                            + "(?! (?:from|de) (?:a |an |una )?(?:licensed|registered|farmacia|pharmacy))"
                            + "|\\btomate(?:la|lo|las|los)\\b|\\bmejor (?:toma|tome|usa|use|dale|dele|deja|deje)\\b"),
            // H9: defensive without legal words
            new SentenceShape(HardRule.H9, "defends the practice against the reviewer", "interesting|funny|curious|convenient|odd|strange|"
                            + "pressured|bullied|pushed|guilted|forced|intimidated|threatened|knows|gossip|lie|ain't|wasn't|isn't|weren't|"
                            + "professionals|curioso|casualidad|eso no|eso nunca",
                    "\\b(?:interesting|funny|curious|convenient|odd|strange) (?:that|how)\\b"
                            + "|\\b(?:won't|will not|will never|refuse to|don't|do not) be (?:pressured|bullied|pushed|guilted|forced|intimidated|threatened)\\b"
                            + "|(?<!\\bso )(?<!\\bso that )\\b(?:lord knows|god knows|everybody knows|everyone knows|the whole town knows|everybody in (?:this|the) town knows|"
                            + "everyone in (?:this|the) town knows)\\b"
                            + "|\\b(?:don't|doesn't|does not|would never|wouldn't|never) (?:gossip|gossips|lie|lies)\\b"
                            + "|\\bit (?:ain't|wasn't|isn't|weren't) (?:her|him|them|us|me)\\b"
                            + "|\\bour (?:nurses|staff|team|doctors|dentists|hygienists|gps|receptionists) are (?:all )?professionals\\b"
                            + "|\\bque (?:curioso|casualidad) que\\b|\\beso (?:no|nunca) (?:paso|ocurrio|sucedio)\\b"),
            // H2: denials in dialect, and Spanish "nobody by that name"
            new SentenceShape(HardRule.H2, "says whether someone is registered", "books|system|records|register|database|naebody|"
                            + "nae one|nadie|ninguna persona|ningun paciente|ninguna paciente",
                    "\\b(?:ain't|aren't|isn't|is not|are not|not|wasn't|weren't|never been)\\s+(?:in|on) (?:our|the) (?:books|system|records|register|database)\\b"
                            + "|\\b(?:naebody|nae one|naeone)\\b[^.!?\\n]{0,30}\\b(?:by that name|registered|on (?:our|the) (?:list|books|system|records))\\b"
                            + "|\\b(?:no (?:aparece|hay|tenemos|encontramos|figura|existe)|no se encuentra) (?:a )?(?:nadie|ninguna persona|ningun paciente|ninguna paciente)\\b"
                            + "|\\bnadie con ese nombre\\b"),
            // H5 / H1: the history of an account, the reader's conduct, free care
            new SentenceShape(HardRule.H5, "discloses payment information", "collections",
                    "\\b(?:went|gone|goes|was sent|were sent|got sent|was passed|was referred|was moved|moved) (?:\\w+ )?to collections\\b"),
            new SentenceShape(HardRule.H1, "reports what this person did", "in a row|bounced",
                    "\\b(?:no-?shows?|missed appointments?|cancell?ations?|missed visits?) in a row\\b|\\bbounced (?:check|cheque|payment)s?\\b"),
            new SentenceShape(HardRule.H5, "promises free care to this person", "no charge|free|on the house|no cost|for nothing|sin costo|sin cargo|gratis",
                    "\\b(?:i'll|we'll|i will|we will|she'll|he'll|they'll)\\s+(?:redo|re-do|replace|fix|repair|refit|remake|do|sort)\\s+(?:it|that|them|the \\w+|your \\w+)\\b"
                            + "[^.!?\\n]{0,20}\\b(?:no charge|free|on the house|at no cost|for nothing)\\b"
                            + "|\\b(?:se lo|se la|te lo|te la|le)\\s+(?:arreglamos|repetimos|cambiamos|hacemos)\\b[^.!?\\n]{0,20}\\b(?:sin costo|sin cargo|gratis)\\b"));

    private EverydayShapes() {
    }
}
