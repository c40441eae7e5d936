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

    static final List<SentenceShape> SHAPES = List.of(
            // H9: "we don't do that" to the reviewer's account, and Spanish "with all due respect"
            new SentenceShape(HardRule.H9, "disputes the reviewer's account", "hang up|laugh at|shout at|yell at|ignore|"
                            + "turn away|mock|lie to|con todo",
                    "\\b(?:we|our (?:staff|team|receptionists?|front desk|reception|doctors?|nurses?|dentists?))"
                            + " (?:don't|do not|never|would never|wouldn't) (?:hang up on|laugh at|shout at|yell at|ignore"
                            + "|turn away|mock|lie to) (?:people|anyone|anybody|patients|callers|our patients|families)\\b"
                            + "|\\bcon todo (?:el )?respeto\\b"),
            // H1: the person called one of the practice's own ("part of the family", a patients hashtag)
            new SentenceShape(HardRule.H1, "calls the person one of the practice's patients", "part of|parte de|#",
                    "\\b(?:for being|you're|you are|being|welcome to) (?:a |an )?(?:part of )?(?:the|our) (?:[\\w']+ )?(?:family"
                            + "|fam|familia)\\b(?<!part of the family)"
                            + "|\\b(?:for being|you're|you are|being) part of (?:the|our) (?:[\\w']+ )?(?:family|fam|familia)\\b"
                            + "|\\b(?:por ser|eres|es|ser|formar) parte de (?:la|nuestra) (?:\\w+ )?familia\\b"
                            + "|#\\w*(?:patient|paciente)"),
            // H1: what happened to the person at the practice, in warm words
            new SentenceShape(HardRule.H1, "confirms a visit", "kept waiting|raised|discussed|shared|could help|able to help|"
                            + "experiencia|estancia|visita|en sus|podemos ver|podemos atender|see you|fit you|squeeze you",
                    "\\byou (?:were|was|got|have been|had been) kept waiting\\b"
                            + "|\\b(?:raised|discussed|shared|taken up) (?:this|it|your \\w+) (?:up )?with the (?:clinician|doctor"
                            + "|dentist|nurse|staff member|hygienist|receptionist|gp|person|team member)s? (?:involved|concerned"
                            + "|in question|who saw you)\\b"
                            + "|\\b(?:glad|pleased|happy|delighted) (?:that )?(?:she|he|they|dr\\.? \\w+|the team) (?:could|was able to"
                            + "|were able to) help you\\b"
                            + "|\\bsu (?:experiencia|estancia|visita) en (?:nuestra|nuestro|la|el) (?:recepcion|clinica|consulta"
                            + "|oficina|consultorio|sala)\\b"
                            + "|\\ben sus (?:consultas|citas|visitas|limpiezas|revisiones)\\b"
                            + "|\\bpodemos (?:verle|verla|verlo|atenderle|atenderla|atenderlo)\\b"
                            + "|\\bwe can (?:see you|fit you in|squeeze you in)\\b"),
            // H1 / H5: the general rule applied to "yours" ("so yours should have been sent")
            new SentenceShape(HardRule.H1, "applies the general rule to this person", "yours|suy",
                    "\\byours (?:should|will|would|has|have|is|was|may|might)\\b[^.!?\\n]{0,20}\\b(?:sent|arrive|arrived"
                            + "|processed|ready|back|through|due|on its way|come through|been)\\b"
                            + "|\\b(?:el|la|los|las) suy[oa]s? (?:ya )?(?:deberia|deberian|debe|deben|esta|estan|llega|llegara"
                            + "|llegaran|saldra|saldran)\\b"),
            // H2: a denial in a diligent voice
            new SentenceShape(HardRule.H2, "says whether someone is registered", "registered",
                    "\\b(?:isn't|is not|aren't|are not|wasn't|was not|not) registered (?:here|with us|at this practice"
                            + "|at our practice|at the practice)\\b"
                            + "|\\b(?:don't|do not) (?:believe|think) (?:the person|that person|they|she|he|this person)"
                            + "[^.!?\\n]{0,30}\\b(?:is|are|was|were) registered\\b"),
            // H8: reassurance and diagnosis in a breezy voice
            new SentenceShape(HardRule.H8, "reassures instead of triaging", "usually|generally|normally|normal|common|comun",
                    "\\b(?:usually|generally|normally) (?:totally |perfectly |completely |absolutely )?(?:fine|okay|ok|safe"
                            + "|normal|harmless)\\b"
                            + "|\\b(?:can|may|could) (?:totally |definitely |absolutely |sometimes )?be (?:perfectly |completely "
                            + "|totally |quite )?normal\\b"
                            + "|\\bmore common than you (?:think|realise|realize|might think)\\b"
                            + "|\\bmas comun de lo que (?:crees|cree|piensas|piensa|se cree)\\b"),
            new SentenceShape(HardRule.H8, "suggests a diagnosis", "mean|safer|the one to",
                    "\\b(?:can|could|may|might|often|usually) mean " + CONDITION + "\\b"
                            + "|\\bthe one to (?:reach for|take|use|go for|try)\\b"
                            + "|\\b(?:is|are) (?:usually |generally |often )?the safer (?:pick|choice|option|bet)\\b"),
            new SentenceShape(HardRule.H8, "gives home-care instructions", "straw|popote|pajita",
                    "\\bno (?:more )?straws\\b|\\bsin (?:popotes?|pajitas?)\\b|\\bno (?:use|uses|usen) (?:popotes?|pajitas?)\\b"),
            // H10: asking for a name or details in a private message, Spanish
            new SentenceShape(HardRule.H10, "asks for personal details", "escrib|envie|mande|mensaje",
                    "\\b(?:escribanos|escribenos|envienos|enviarnos|mandenos|nos escribe|nos envia|nos manda|por mensaje privado)\\b"
                            + "[^.!?\\n]{0,40}\\b(?:nombre|fecha de nacimiento|numero de|foto|sintomas|datos)\\b"));

    private CasualVoiceShapes() {
    }
}
