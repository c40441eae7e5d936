package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.List;

/**
 * Sentence shapes for the kinds red-team round 13 found (docs/quality.md): the casual brand voice (short, warm,
 * emoji, "bestie") and the helpful explainer (general information that drifts onto the person in its last clause).
 * Each shape is a kind of sentence, in English and Spanish where the kind occurs in both, never one writer's wording.
 *
 * <p>Like {@link EverydayShapes} these run on the folded text (lower case, no accents) of free-text sentences only,
 * each behind its clue words.
 */
final class CasualVoiceShapes {

    private static final String CONDITION = "(?:a |an )?(?:stroke|heart attack|infection|sepsis|meningitis|appendicitis"
            + "|concussion|fracture|blood clot|clot|allergic reaction|anaphylaxis|diabetes|cancer|dry socket|abscess"
            + "|\\w+itis)";

    /** A symptom, a body part or a treatment: what turns "usually fine" into reassurance about someone's health. */
    private static final String BODY_OR_CARE = "(?:swell\\w*|bleed\\w*|pain\\w*|sore\\w*|ach\\w*|fever|rash|headaches?|tooth|teeth"
            + "|gums?|cough\\w*|dizz\\w*|numb\\w*|jaw|bruis\\w*|cramp\\w*|spotting|lumps?|itch\\w*|puffy|tender|symptoms?"
            + "|stitches|filling|extraction|crown|cleaning|implant|surgery|vaccine|shot|jab|medicine|medication|meds|pills?"
            + "|tablets?|dose|antibiotics?|infections?|alcohol|drinks?|wine|\\w+cillin|\\w+mycin|\\w+pril|\\w+olol|\\w+statin"
            + "|sangr\\w*|dolor|hinchaz\\w*|inflam\\w*|fiebre|encias?|muelas?)\\b";
    /** Medicines named as a reader would name them. */
    private static final String MEDICINE = "(?:meds|medication|medicines?|pills|tablets|insulin|doses?|painkillers?|antibiotics?"
            + "|paracetamol|acetaminophen|tylenol|ibuprofen|advil|aspirin|metformin|codeine|naproxen)";

    /**
     * Put before "not registered": the words of an invitation ("if you're not registered with us yet", "anyone not
     * registered") rather than a statement about a person.
     */
    static final String NOT_AN_INVITATION = "(?<!\\bif you're |\\bif you are |\\bif you |\\banyone |\\bthose |\\bpeople "
            + "|\\bwho are |\\bwho're )";

    static final List<SentenceShape> SHAPES = List.of(
            // H9: "we don't do that" to the reviewer's account, and Spanish "with all due respect"
            new SentenceShape(HardRule.H9, "disputes the reviewer's account", "hang up|laugh at|shout at|yell at|ignore|"
                            + "turn away|mock|lie to|con todo",
                    "\\b(?:we|our (?:staff|team|receptionists?|front desk|reception|doctors?|nurses?|dentists?))"
                            + " (?:don't|do not|never|would never|wouldn't) (?:hang up on|laugh at|shout at|yell at|ignore"
                            + "|turn away|mock|lie to) (?:people|anyone|anybody|patients|callers|our patients|families)\\b"
                            + "|\\bcon todo (?:el )?respeto\\b"),
            // H1: the person called one of the practice's own ("part of the family", a patients hashtag)
            new SentenceShape(HardRule.H1, "calls the person one of the practice's patients", "part of|parte de|welcome to|#",
                    "\\b(?:welcome to|for being part of|you're part of|you are part of|being part of) (?:the|our) (?:[\\w']+ )?"
                            + "(?:family|fam|familia)\\b"
                            + "|\\b(?:por ser|eres|usted es|formar|forma) parte de (?:la|nuestra) (?:\\w+ )?familia\\b"
                            // a hashtag calling people patients; #PatientPrivacy and the like name a topic
                            + "|#\\w*(?:patient|paciente)s?(?!privacy|safety|care|rights|portal|experience|first|info)\\w*"),
            // H1: what happened to the person at the practice, in warm words
            new SentenceShape(HardRule.H1, "confirms a visit", "kept waiting|raised|discussed|shared|could help|able to help|"
                            + "experiencia|estancia|visita|en sus|podemos ver|see you|fit you|squeeze you",
                    "\\byou (?:were|was|got|have been|had been) kept waiting\\b"
                            + "|\\b(?:raised|discussed|shared|taken up) (?:this|it|your \\w+) (?:up )?with the (?:clinician|doctor"
                            + "|dentist|nurse|staff member|hygienist|receptionist|gp|person|team member)s? (?:involved|concerned"
                            + "|in question|who saw you)\\b"
                            + "|\\b(?:glad|pleased|happy|delighted) (?:that )?(?:she|he|they|dr\\.? \\w+|the team) (?:could|was able to"
                            + "|were able to) help you\\b"
                            + "|\\bsu (?:experiencia|estancia|visita) en (?:nuestra|nuestro|la|el) (?:recepcion|clinica|consulta"
                            + "|oficina|consultorio|sala)\\b"
                            // seeing the person at a time: "¿en qué podemos atenderle?" and "we can see you're upset" are not
                            // a child's own visits ("su hijo ya se siente cómodo en sus consultas"), not "los pacientes ... en sus citas"
                            + "|\\b(?:su|tu) (?:hij[oa]|nin[oa]|bebe|mama|papa|esposo|esposa)\\b[^.!?\\n]{0,40}\\ben sus (?:consultas|citas"
                            + "|visitas|limpiezas|revisiones)\\b"
                            + "|\\bpodemos (?:verle|verla|verlo) (?:hoy|manana|esta|este|el (?:lunes|martes|miercoles|jueves|viernes"
                            + "|sabado)|a las|mismo|temprano|pronto)\\b"
                            + "|\\bwe can (?:see you (?:today|tomorrow|this|next|on|at|first thing|right away|soon)|fit you in"
                            + "|squeeze you in)\\b"),
            // H1 / H5: the general rule applied to "yours" ("so yours should have been sent")
            new SentenceShape(HardRule.H1, "applies the general rule to this person", "yours|suy",
                    "\\byours (?:should|will|would|has|have|is|was|may|might)\\b[^.!?\\n]{0,20}\\b(?:sent|arrive|arrived"
                            + "|processed|ready|back|through|due|on its way|come through)\\b"
                            + "|\\byours (?:should|will|would|may|might) (?:now |already )?be (?:there|with (?:the|your|us))\\b"
                            + "|\\b(?:el|la|los|las) suy[oa]s? (?:ya )?(?:deberia|deberian|debe|deben|esta|estan|llega|llegara"
                            + "|llegaran|saldra|saldran)\\b"),
            // H2: a denial in a diligent voice
            new SentenceShape(HardRule.H2, "says whether someone is registered", "registered",
                    NOT_AN_INVITATION + "\\b(?:isn't|is not|aren't|are not|wasn't|was not|not|has never been|have never been|was never|never)"
                            + " registered (?:here|with us|at this practice|at our practice|at the practice|with this practice"
                            + "|with our practice)\\b"
                            + "|\\b(?:has never been|have never been|was never|were never) registered with [a-z]+\\b"
                            + "|\\b(?:don't|do not) (?:believe|think) (?:the person|that person|they|she|he|this person)"
                            + "[^.!?\\n]{0,30}\\b(?:is|are|was|were) registered\\b"),
            // H8: reassurance and diagnosis in a breezy voice
            new SentenceShape(HardRule.H8, "reassures instead of triaging", "usually|generally|normally|normal|common|comun",
                    // about a symptom or a treatment ("street parking is usually fine" is not reassurance)
                    "^(?=.*\\b" + BODY_OR_CARE + ")(?:.*?)\\b(?:usually|generally|normally) (?:totally |perfectly |completely "
                            + "|absolutely )?(?:fine|okay|ok|safe|normal|harmless)\\b"
                            // or the reply's opening words, answering the question itself ("usually totally fine!")
                            + "|^\\W*(?:it's |it is |that's |that is )?(?:usually|generally|normally) (?:totally |perfectly "
                            + "|completely |absolutely )?(?:fine|okay|ok|safe|normal|harmless)\\b"
                            + "|^(?=.*\\b" + BODY_OR_CARE + ")(?:.*?)\\b(?:can|may|could) (?:totally |definitely |absolutely "
                            + "|sometimes )?be (?:perfectly |completely |totally |quite )?normal\\b"
                            + "|\\bmore common than you (?:think|realise|realize|might think)\\b"
                            + "|\\bmas comun de lo que (?:crees|cree|piensas|piensa|se cree)\\b"),
            new SentenceShape(HardRule.H8, "suggests a diagnosis", "mean|safer|the one to",
                    // "face drooping can mean a stroke, so call 911" is the generic guidance §4 allows: not when a redirect follows
                    "\\b(?:can|could|may|might|often|usually) mean " + CONDITION + "\\b"
                            + "(?![^.!?\\n]*\\b(?:911|999|emergency room|a&e|urgencias|sala de emergencias)\\b)"
                            + "|^(?=.*\\b" + MEDICINE + ")(?:.*?)\\bthe one to (?:reach for|take|use|go for|try)\\b"
                            + "|^(?=.*\\b" + MEDICINE + ")(?:.*?)\\b(?:is|are) (?:usually |generally |often )?the safer (?:pick|choice"
                            + "|option|bet)\\b"),
            new SentenceShape(HardRule.H8, "gives home-care instructions", "straw|popote|pajita",
                    "\\bno (?:more )?straws\\b|\\bsin (?:popotes?|pajitas?)\\b|\\bno (?:use|uses|usen) (?:popotes?|pajitas?)\\b"),
            // H8: round 14's kinds: a taper, first aid after the redirect, means handed over, a soft diagnosis
            new SentenceShape(HardRule.H8, "tells the person what to do with a medication", "taper|not to",
                    "\\btaper (?:down|off|it|them|slowly)\\b|\\b(?:best|better|important|safer) not to (?:stop|skip|double|take)\\b"
                            // "... not to stop any medication without talking to your prescriber" is general safety advice
                            + "(?! any\\b)(?![^.!?\\n]*\\bwithout (?:talking|speaking|checking|asking)\\b)"),
            new SentenceShape(HardRule.H8, "gives home-care instructions", "press|give",
                    "\\bpress (?:a |the )?(?:clean |damp |wet |cold |folded |dry )*(?:cloth|gauze|towel|pad|tissue|flannel)\\b"
                            + "|\\bgive (?:those|the|these|your|her|his|their) (?:tablets|pills|meds|medication|medicines) to (?:someone|a friend"
                            + "|somebody)\\b"),
            new SentenceShape(HardRule.H8, "suggests a diagnosis", "may|might|could",
                    "\\b(?:may|might|could) (?:well |just |simply )?be (?:just )?(?:anxiety|a panic attack|panic|stress|nothing serious"
                            + "|muscular|reflux|indigestion|a virus|heartburn)\\b"),
            // H4: the person's own numbers reported back ("your sugars are under control now")
            new SentenceShape(HardRule.H4, "adds health information about a person", "your",
                    "\\byour (?:sugars?|glucose|blood sugar|levels|numbers|readings|blood pressure|bp|cholesterol|a1c|hba1c)\\b"
                            + "[^.!?\\n]{0,20}\\b(?:under control|are good|look good|are fine|improved|better|down|normal|stable)\\b"),
            // H7: a relative's situation named in sympathy ("qué pena lo de su papá", "your sister in our thoughts")
            new SentenceShape(HardRule.H7, "mentions another person's health", "lo de|your|su |tu ",
                    "\\blo de (?:su|tu) " + Relatives.SPANISH + "\\b"
                            // "si su hijo necesita atención urgente, llame al 911" is conditional guidance, about no one
                            + "|(?<!\\bsi )\\b(?:su|tu) " + Relatives.SPANISH + "\\b[^.!?\\n]{0,40}\\b(?:atencion|atendid\\w*|enferm\\w*|crisis"
                            + "|tratamiento|salud|recibido)"
                            + "|\\b(?:keeping|keep|holding|hold) (?:your|his|her|their) " + Relatives.ENGLISH + " in (?:our|my) (?:thoughts|prayers)\\b"
                            + "|(?<!\\bif )\\byour " + Relatives.ENGLISH + "\\b[^.!?\\n]{0,30}\\b(?:became|got|fell|was|is|has been) (?:so |very |really )?"
                            + "(?:ill|sick|unwell)\\b"),
            // H1: telling the clinician about this person ("we'll let Dr Chen know")
            new SentenceShape(HardRule.H1, "confirms a care relationship", "let",
                    "\\bwe(?:'ll| will| can) let (?:dr|dra|doctor|doctora|nurse)\\.? \\w+(?: \\w+)? know\\b"),
            // Round 14, the clinician who replies in person: memories, pride, a confident rebuttal, a photo by DM
            new SentenceShape(HardRule.H1, "confirms a care relationship", "registered|you left|smiling|eating|walking|"
                            + "sleeping|feeling|back to|confident|sure|certain",
                    "\\b(?:having been|you've been|you have been|as you've been) (?:registered|a patient) (?:with us|here|at)\\b"
                            + "|\\byou left (?:feeling|(?:our|the) (?:office|surgery|clinic|practice)|here|disappointed|upset|unhappy"
                            + "|frustrated)\\b"
                            + "|\\b(?:thrilled|glad|happy|delighted|pleased|so happy) (?:that )?you(?:'re| are) (?:smiling|eating|walking"
                            + "|sleeping|feeling better|back to)\\b"
                            + "|\\b(?:i'm|i am|we're|we are) (?:confident|sure|certain) (?:that )?(?:this|that|it|the \\w+) (?:was|were|has been"
                            + "|had been) (?:followed|done|explained|handled|discussed|obtained|signed)\\b"),
            new SentenceShape(HardRule.H9, "defends the practice against the reviewer", "speak for|years building|years running|"
                            + "falsa|falso|mentira|legales|abogad",
                    "\\blet (?:our|my|the) (?:record|work|reviews|reputation|results) speak for (?:itself|themselves)\\b"
                            + "|\\b(?:\\d+|many|so many|twenty|thirty|forty) years (?:building|running) (?:this|our|my|the)\\b"
                            + "|\\b(?:son|es|eran|era) (?:completamente |totalmente )?(?:falsas|falsos|falsa|falso|mentira|mentiras)\\b"
                            + "|\\b(?:consecuencias|acciones|medidas) legales\\b|\\bnuestros? abogad[oa]s?\\b"),
            new SentenceShape(HardRule.H2, "says whether someone is registered", "corresponde|pertenece|no es paciente|"
                            + "no es uno",
                    "\\bno (?:corresponde|pertenece) a (?:ningun|ninguna|ninguno de nuestros) (?:paciente|persona|pacientes)\\b"
                            + "|\\bno es (?:paciente|uno de nuestros pacientes|una de nuestras pacientes)\\b"),
            // H8: a threshold applied to the person's own readings ("if yours have been under 135/85, ...")
            new SentenceShape(HardRule.H8, "interprets the person's results", "if yours",
                    "\\bif yours (?:have|has|are|is|were|was)(?: been)?(?: consistently| always| usually| all)? (?:under|below|above"
                            + "|over|less than|more than|higher than|lower than) \\d"),
            new SentenceShape(HardRule.H8, "tells the person what to do with a medication", "as usual|skip",
                    "\\btake (?:your |the |his |her |their )?(?:" + MEDICINE + "|[a-z]+(?:in|ol|ide|one|ine|pril|olol|statin|artan))"
                            + " as usual\\b"
                            + "|\\bjust skip (?:breakfast|lunch|dinner|the dose|a dose|your dose|the next dose|your (?:meds|medication"
                            + "|pills|tablets))\\b"),
            new SentenceShape(HardRule.H10, "asks for personal details", "dm me|message me|send me|email me|text me",
                    "\\b(?:dm|message|send|email|text) me\\b[^.!?\\n]{0,40}\\b(?:photo|picture|pic|name|date of birth|dob|details"
                            + "|x-?rays?|results)\\b"),
            // H10: asking for a name or details in a private message, Spanish
            new SentenceShape(HardRule.H10, "asks for personal details", "escrib|envie|mande|mensaje|manda|envia",
                    "\\b(?:escribanos|escribenos|envienos|enviarnos|mandenos|nos escribe|nos envia|nos manda|por mensaje privado)\\b"
                            // "si nos escribe, no incluya su nombre" is the warning §3 asks for
                            + "(?![^.!?\\n]*\\bno (?:incluya|comparta|publique|envie|mande|ponga)\\b)"
                            + "[^.!?\\n]{0,40}\\b(?:nombre|fecha de nacimiento|su numero de|fotos?|sintomas|datos)\\b"));

    private CasualVoiceShapes() {
    }
}
