package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.List;

/**
 * Sentence shapes of a defensive reply with no legal word in it (§3 H9), found by red-team round 21: credentials and
 * a track record offered in answer to a complaint ("a highly respected GP", "fully licensed", "more than 20 years",
 * "thousands of good reviews"), the staff's conduct asserted against the reviewer's account ("our clinicians always
 * explain it", "that's explained at booking", "the footage shows"), and a jab at the poster ("says more about the
 * poster", "anyone who has really been our patient"). English and Spanish.
 *
 * <p>Unlike the other shape groups these run only when the reply answers a grievance (a complaint or abuse, or a reply
 * that apologises): "Dr. Ortega is very experienced in implants" answers a question about services, and is not a
 * rebuttal there.
 */
final class DefensiveReplyShapes {

    private static final String STAFF = "(?:our|the|nuestr[oa]s?|l[oa]s?) (?:clinicians|doctors|dentists|staff|team|nurses|"
            + "surgeons|hygienists|receptionists|medicos|doctores|dentistas|enfermer[oa]s|cirujanos|personal|equipo)"
            + "|(?:dr|dra)\\.? \\w+|(?:she|he)";

    static final List<SentenceShape> SHAPES = List.of(
            new SentenceShape(HardRule.H9, "answers the complaint with credentials or a track record", "respected|"
                            + "ejerciendo|formad|entrenad|many years|years experience|so many years|experienced|qualified|regarded|trained|licensed|certified|skilled|years' experience|"
                            + "years of experience|respetad|experimentad|calificad|capacitad|anos|miles de|cientos de|"
                            + "thousands of|hundreds of",
                    "\\b(?:is|are) (?:a |an )?(?:highly |very |extremely |fully |well[- ]|widely |deeply )(?:respected|"
                            + "experienced|qualified|regarded|trained|licensed|certified|skilled)\\b"
                            + "|\\b(?:many|\\d+|over \\d+|more than \\d+) years'? (?:of )?experience\\b"
                            + "|\\b(?:es|son|somos) (?:una? |unos |unas )?(?:\\w+ )?(?:muy |altamente )(?:respetad[oa]s?|"
                            + "experimentad[oa]s?|calificad[oa]s?|capacitad[oa]s?)\\b"
                            + "|\\b(?:mas de|con) \\d+ anos (?:de experiencia|cuidando|atendiendo|sirviendo|en la comunidad)\\b"
                            + "|\\b(?:lleva|llevamos|tiene|tenemos) (?:muchos|mas de \\d+|\\d+) anos (?:ejerciendo|trabajando|atendiendo|"
                            + "de experiencia)\\b|\\b(?:esta|estan) (?:bien |muy )?(?:formad[oa]s?|capacitad[oa]s?|"
                            + "entrenad[oa]s?)\\b|\\b(?:for|over) (?:so )?many years\\b"
                            + "|\\b(?:miles|cientos) de (?:resenas|opiniones|pacientes)\\b"
                            + "|\\b(?:thousands|hundreds) of (?:good |great |positive |five-star |5-star |happy )?(?:reviews|"
                            + "patients)\\b"),
            new SentenceShape(HardRule.H9, "asserts the staff's conduct against the reviewer's account", "always|"
                            + "bear that|bear this|clearly stated|already stated|covered|would have discussed|el video|seen faster|culpa nuestra|nuestra culpa|necessarily wrong|"
                            + "second-guess|would have explained|would have told|known for|no son ciertas|no es cierto|speaks for itself|speak for itself|explained|made clear|outlined|not a promise|footage|recording|cctv|grabacion|camaras|"
                            + "standing by|to stand by",
                    "\\b(?:" + STAFF + ")\\b[^.!?]{0,20}\\balways (?:explains?|tells?|informs?|checks?|double-checks?|discuss(?:es)?|gives?|tries|try|tapers?|follows?"
                            + "|asks?|treats?)\\b"
                            + "|\\b(?:that's|that is|this is|which is|it's|it is) (?:always |clearly )?(?:explained|made clear|"
                            + "outlined|covered) (?:at|before|during|when) (?:booking|check-in|checking in|the consult"
                            + "|consultation|the appointment)\\b"
                            + "|\\bnot a promise\\b|\\bplease (?:do )?bear (?:that|this) in mind\\b|\\bas (?:clearly|already) stated\\b|\\bwon'?t get (?:you|anyone) seen faster\\b"
                            + "|\\bno es (?:culpa nuestra|nuestra culpa)\\b|\\bwasn'?t necessarily wrong\\b|\\beasy to second-guess\\b"
                            + "|\\bwould have (?:explained|told you|discussed)\\b|\\b(?:is|are) known for (?:being|her|his)\\b|\\b(?:estas|esas|sus) (?:afirmaciones|acusaciones) no son ciertas\\b|\\bno es cierto\\b"
                            + "|\\bour work speaks for itself\\b"
                            + "|\\b(?:the |our )?(?:cctv|camera footage|footage|recording) (?:shows|showed|confirms|confirmed)\\b"
                            + "|\\bsegun (?:lo que (?:vimos|se ve) en )?(?:la grabacion|las camaras|nuestras camaras|el video)\\b"
                            + "|\\b(?:comfortable|happy|confident) (?:standing|to stand) by\\b"),
            new SentenceShape(HardRule.H9, "turns the complaint back on the reviewer", "more about|sido paciente|"
                            + "been our patient|been a patient",
                    "\\bsays? more about (?:the poster|the person|the writer|you|them|the reviewer)\\b"
                            + "|\\b(?:de verdad|realmente|en verdad) (?:haya|ha) sido paciente\\b"
                            + "|\\b(?:anyone|anybody|someone) who (?:has )?(?:really|actually|truly|genuinely) been "
                            + "(?:our|a) patient\\b"),
            // round 26: the reviewer told off in a neighbourly voice ("people love to assume things", "we'd gently point
            // out that", "después no venga a quejarse", "the team were only following it")
            new SentenceShape(HardRule.H9, "tells the reviewer off", "love to assume|like to assume|love to talk|like to talk|"
                            + "love to gossip|jump to conclusions|point out that|a quejarse|come crying|come complaining|"
                            + "tend to assume|quick to assume|make things up|come back complaining|come back crying|"
                            + "dispute|disputamos|rechazamos|responsabilidad|responsibility|entitled|for over|years|confident in|"
                            + "follows|followed|siguio|siguieron|cumplio|no es correcto|no es cierto|not correct|not accurate|"
                            + "not true|appropriately|correctly|professionally|properly|before any|before the|before your|"
                            + "plan isn't|plan is not|plan wasn't|plan was not|most often|siempre|malentendido|misunderstanding|"
                            + "on each|on every|repeated requests|"
                            + "only following|just following",
                    "\\bpeople (?:love|like|tend|are quick) to (?:assume|gossip|jump to conclusions|make things up)\\b"
                            + "|\\bpeople (?:love|like) to talk\\b(?! to| with| through| things| it| this| that| about (?:their|your) (?:options|care))"
                            + "|\\b(?:we'd|we would|we'll|we will|may we|can we|let us|we must|we have to)(?: also)?(?: gently| kindly| just)?"
                            // a channel pointed to is not a telling-off: "we'd point out that our online form is open 24/7"
                            + " point out that\\b(?! (?:our|the) (?:online|website|web|portal|form|phone lines?|hours|app|office|new)\\b)"
                            + "|\\bno (?:venga|vengan|vaya|vayan) (?:luego |despues )?a quejarse\\b|\\bdon't come (?:back )?(?:crying"
                            + "|complaining)\\b"
                            // round 29: "siempre explica cada cobro", "must be a misunderstanding", "on each family"
                            + "|\\b(?:la |el )?(?:dra?|doctora?|doctor)\\.? \\w+(?: \\w+)? siempre (?:hace|explica|revisa|evalua|pregunta)\\b"
                            + "|\\bdebe (?:de )?haber (?:un|algun) malentendido\\b|\\bmust (?:have been|be) a misunderstanding\\b"
                            + "|\\bis on (?:each|every) (?:family|patient|parent)\\b(?!'s)|\\b(?:(?:despite|ignored|after) (?:\\w+ ){0,3}|your )repeated requests for\\b"
                            + "|\\brepeated requests for (?:strong |stronger )?(?:painkillers|opioids|medication|meds|pills|antibiotics"
                            + "|prescriptions|sick notes|fit notes)\\b"
                            // round 28: the worker's account corrected, the patient blamed
                            + "|\\beso no es (?:correcto|cierto|verdad)\\b|\\bthat(?:'s| is) not (?:correct|accurate|true)\\b"
                            + "|\\b(?:solo|solamente) (?:siguio|siguieron|cumplio|cumplieron) (?:las reglas|el protocolo|las normas)\\b"
                            + "|\\b(?:just|only) followed the (?:rules|protocol|procedure|policy)\\b"
                            + "|(?<!not |n't |never )\\b(?:acted|behaved) (?:entirely |completely |totally |perfectly )?(?:appropriately|correctly|professionally"
                            + "|properly)\\b"
                            + "|\\b(?:were|was) (?:reviewed|explained|discussed|signed) (?:with you )?before (?:any|the|your) (?:treatment"
                            + "|procedure|session|peel)\\b"
                            + "|\\bwhen (?:a|the|your) (?:treatment )?plan (?:isn't|is not|wasn't|was not) followed\\b"
                            + "|\\bmost often (?:linked|due|caused|related) to\\b"
                            // round 27: a lawyer's and a veteran-office's versions
                            + "|\\b(?:we (?:must |would |do )?(?:respectfully )?|respectfully )dispute (?:the|this|your) (?:account|version|claims?|allegations?"
                            + "|characteri[sz]ation)\\b|\\b(?:rechazamos|disputamos) (?:la|su|esta) (?:version|descripcion)\\b"
                            + "|\\bes (?:su )?responsabilidad (?:de cada paciente|del paciente|suya)\\b"
                            + "|\\bit(?:'s| is) (?:the patient's|each patient's|your) responsibility\\b"
                            + "|\\b(?:feels?|felt) entitled\\b"
                            + "|\\b(?:served|serving|been serving|cared for|caring for) (?:this|the|our) (?:neighbou?rhood|community|town"
                            + "|area|city) for (?:over |more than )?\\d+ years\\b|\\bconfident in our (?:approach|care|team|staff)\\b"
                            + "|\\b(?:dr|dra)\\.? \\w+ follows? (?:\\w+ )?(?:guidance|guidelines|protocols?)\\b"
                            + "|\\b(?:the |el )?(?:staff|team|personal|equipo) (?:followed|siguio) (?:the |el )?(?:protocol|protocolo|procedure"
                            + "|procedimiento|policy)\\b"
                            + "|\\b(?:was|were) (?:only|just) following (?:it|the policy|our policy|policy|the rules|procedure|protocol"
                            + "|instructions)\\b"),
            // round 30: other reviews, the facts, the paperwork offered against the reviewer's account
            new SentenceShape(HardRule.H9, "defends the practice against the reviewer", "most of our|la mayoria de|"
                            + "los hechos|the facts|listed on|stated on|set out in|explained on|shown on|detallad|indicad",
                    "\\b(?:most of our|la mayoria de (?:nuestras|nuestros|las|los)) (?:other )?(?:reviews|resenas|opiniones|patients"
                            + "|pacientes|clients|clientes)\\b[^.!?]{0,30}\\b(?:say|dicen|opinan|think|piensan|disagree|lo contrario"
                            + "|otherwise|the opposite|different|distinto)\\b"
                            + "|\\blos hechos (?:fueron|son) (?:muy )?(?:distintos|diferentes|otros)\\b"
                            + "|\\bthe facts (?:were|are) (?:quite |very )?(?:different|otherwise)\\b"
                            + "|\\b(?:terms|fees|interest|charges|costs|rates|condiciones|intereses|cargos) (?:are|were|is|was|estan|estaban"
                            + "|son) (?:clearly |all )?(?:listed on|stated on|set out in|explained on|shown on|detallad[oa]s en"
                            + "|indicad[oa]s en) (?:every|each|the|your|all|cada|todos|el|su)\\b"),
            // round 31: the reviewer's account called unfair, the staff member's years offered in defence
            new SentenceShape(HardRule.H9, "defends the practice against the reviewer", "acusacion|accusation|claim|afirmacion|"
                            + "fundamento|unfounded|baseless|anos con nosotros|been with us|only bring|always bring|never bring|"
                            + "only mention|never mention|only ask|never ask|only discuss|never discuss|only raise|never raise",
                    "\\b(?:that|this|your) (?:accusation|claim) (?:is (?:simply |really |just )?(?:not|n't) (?:fair|true|accurate)"
                            + "|isn't (?:fair|true|accurate)|is (?:simply |really |just )?(?:unfair|unfounded|baseless))\\b"
                            + "|\\b(?:esa|esta|su) (?:acusacion|afirmacion) (?:simplemente )?(?:no es (?:justa|cierta|verdad)"
                            + "|es (?:injusta|infundada|falsa)|no tiene fundamento)\\b"
                            + "|\\b(?:no tienen|no tiene|have no|has no) fundamento\\b|\\b(?:are|is) (?:unfounded|baseless)\\b"
                            + "|\\b(?:lleva|llevan|ha estado|han estado) (?:\\d+|muchos|mas de \\d+) anos con nosotros\\b"
                            + "|\\b(?:has|have) been with us (?:for )?(?:\\d+|many|over \\d+|more than \\d+) years\\b"
                            + "|\\b(?:our|the) (?:providers|doctors|dentists|staff|team|nurses|clinicians|gps?|hygienists)"
                            + " (?:only|never) (?:bring up|mention|ask about|discuss|raise)\\b"),
            // round 31: the rumour corrected, the leaver wished luck, "we never said that"
            new SentenceShape(HardRule.H9, "defends the practice against the reviewer", "los hechos son|the facts are|"
                            + "for the record|suerte|good luck|nunca dijimos|never said|not what we|no es lo que",
                    "\\b(?:los hechos son que|the facts are that|for the record)\\b"
                            + "|\\bsi (?:decide|quiere) (?:irse|cambiarse|marcharse)[^.!?]{0,20}\\b(?:buena suerte|suerte)\\b"
                            + "|\\bif you (?:decide|choose|want) to (?:leave|go elsewhere|move)[^.!?]{0,20}\\bgood luck\\b"
                            + "|\\bnunca dijimos eso\\b|\\bwe never said that\\b|\\bthat(?:'s| is) not what we (?:said|posted)\\b"
                            + "|\\beso no es lo que (?:dijimos|publicamos)\\b"),
            // round 32: confidence in the team, the same advice for everyone, "part of growing up"
            new SentenceShape(HardRule.H9, "defends the practice against the reviewer", "confident|every patient|each patient|"
                            + "all patients|every child|growing up|match|show|reflect",
                    "\\bwe(?:'re| are) (?:very |quite |fully )?confident (?:that )?(?:no one|nobody|our team|our staff|none of)\\b"
                            + "|\\b(?:our|the) (?:hygienists|dentists|doctors|staff|team|nurses|clinicians|gps) (?:give|gives|tell|tells|offer"
                            + "|treat|treats) (?:every|each|all) (?:patient|patients|child|children|family|families)\\b"
                            + "|\\bit(?:'s| is) (?:all |just )?part of growing up\\b"
                            + "|\\b(?:log|logs|records|system|notes) (?:doesn't|does not|don't|do not) (?:match|show|reflect)\\b"),
            // rounds 33-34: the reader's duty, a reminder of a signature, a warning of consequences, "would never"
            new SentenceShape(HardRule.H9, "defends the practice against the reviewer", "on each|on every|up to each|up to every|up to the patient|"
                            + "on the patient|recordamos que|legal consequences|consecuencias legales|would never|nunca se",
                    "\\bit(?:'s| is) (?:on|up to) (?:each|every|the) (?:person|patient|client)\\b"
                            + "|\\b(?:le|les) recordamos que (?:usted |ustedes )?(?:firmo|firmaron|acepto|aceptaron|autorizo)\\b"
                            + "|\\b(?:can|could|may|might|will) (?:have|carry|lead to) (?:serious )?legal consequences\\b"
                            + "|\\bpuede (?:tener|traer) consecuencias legales\\b"
                            + "|\\b(?:our|the) (?:\\w+ )?(?:team|staff|receptionists?|nurses?|coordinators?|doctors?|hygienists?)"
                            + " would never (?:laugh|mock|judge|ignore|be rude|speak|talk|say)\\b"
                            + "|\\b(?:nuestro|nuestra|el|la) (?:personal|equipo|recepcionista|enfermera|doctora?) nunca se (?:reiria|burlaria)\\b"),
            // round 36: the poster described as a kind of person
            new SentenceShape(HardRule.H9, "defends the practice against the reviewer", "people who say|people who post|"
                            + "people who write|people who think|quienes dicen|la gente que dice",
                    "\\b(?:people|anyone|those) who (?:say|post|write|think) (?:this|that|things like (?:this|that))\\b"
                            + "|\\b(?:quienes|la gente que|los que) (?:dicen|escriben|piensan) (?:esto|eso|algo asi)\\b"),
            // round 37: the account doubted ("that doesn't sound like our team")
            new SentenceShape(HardRule.H9, "defends the practice against the reviewer", "sound like our|sound like the|"
                            + "suena a nuestro|parece nuestro",
                    "\\b(?:that|this|it) (?:doesn't|does not|didn't|did not) sound like (?:our|the) (?:\\w+ )?(?:team|staff|nurses"
                            + "|doctors|receptionists?|clinicians|people)\\b"
                            + "|\\beso no (?:suena a|parece) (?:nuestro|nuestra) (?:equipo|personal|gente)\\b"));

    private DefensiveReplyShapes() {
    }
}
