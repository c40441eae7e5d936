package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.List;

/**
 * Sentence shapes for the kinds red-team round 18 found (docs/quality.md): the formal voice of a patient relations
 * office (a clinician's decision explained, "in your case", records searched for the reviewer, a track record that
 * "speaks for itself") and the eager voice of a writing assistant ("glad you had a great visit",
 * "you can keep taking them", first-aid tips). Each shape is a kind of sentence, in English and Spanish where the kind
 * occurs in both, never one writer's wording.
 *
 * <p>Like {@link EverydayShapes} these run on the folded text (lower case, no accents) of free-text sentences only,
 * each behind its clue words.
 */
final class PatientRelationsShapes {

    private static final String CLINICIAN = "(?:dr\\.?|dra\\.?|doctor|doctora|el doctor|la doctora|the dentist|el dentista"
            + "|la dentista|the nurse|la enfermera|el enfermero|the gp|our gp)";

    static final List<SentenceShape> SHAPES = List.of(
            // H4: what a clinician decided or found for this person, told in the past tense
            new SentenceShape(HardRule.H4, "explains a clinician's decision about the person", "recomendo|receto|decidio|"
                            + "indico|diagnostico|recommended|prescribed|decided|diagnosed|protocol|protocolo|procedure|"
                            + "procedimiento|guideline",
                    "\\b" + CLINICIAN + "(?: \\w+){0,2} (?:recomendo|receto|no receto|decidio|indico|diagnostico"
                            + "|recommended|prescribed|did not prescribe|didn't prescribe|decided|diagnosed)\\b"
                            + "|\\b(?:followed|siguio|siguieron) (?:all |every |todos los |todas las )?(?:the )?(?:protocols?"
                            + "|procedures?|protocolos|procedimientos|guidelines)\\b"),
            // H1: the person's own case, visit or papers
            new SentenceShape(HardRule.H1, "confirms a care relationship", "en este caso|en su caso|in your case|"
                            + "the case here|including yourself|incluid|great visit|good visit|lovely visit|nice visit|"
                            + "wonderful visit|haya atendido|entregarle|yourself again",
                    "\\b(?:como en este caso|en su caso|in your case|as (?:was )?the case here)\\b"
                            + "|\\b(?:including|incluid[oa]) (?:yourself|usted)\\b"
                            + "|\\b(?:glad|happy|pleased|so glad|thrilled) (?:that )?you had a (?:great|good|lovely|nice|wonderful) "
                            + "visit\\b"
                            + "|\\b(?:le|la|lo) (?:haya|hayan) atendido\\b"
                            + "|\\b(?:entregarle|darle) (?:sus|su) (?:papeles|resultados|documentos|expediente|receta|recetas)\\b"
                            + "|\\b(?:feeling|feel) (?:like )?yourself again\\b"),
            // ("glad to hear you are managing well" widened ShorthandShapes' "glad you're doing well" instead)
            new SentenceShape(HardRule.H1, "confirms a care relationship", "how well you",
                    "\\bhow well you(?:'re| are) (?:managing|doing|recovering|coping)\\b"),
            // H7: that someone else got care here
            new SentenceShape(HardRule.H7, "mentions another person's care", "got the|received the|had the|recibio|tuvo",
                    "\\b(?:your|su) (?:neighbou?r|friend|vecin[oa]|amig[oa]|sister|brother|mum|mom|dad|mother|father"
                            + "|hermano|hermana|madre|padre) (?:got|received|had|recibio|tuvo) (?:the|la|el) (?:help|care"
                            + "|treatment|ayuda|atencion|tratamiento)\\b"),
            // H2: records searched for the reviewer, or the review "meant for another office"
            new SentenceShape(HardRule.H2, "denies a care relationship", "matching|by that name|with that name|meant for|"
                            + "intended for|another office|otra clinica|otro consultorio|nobody|no one|no-one|nadie|"
                            + "no aparece|no encontramos|thinking of|confusing us|mixing us up|pensando en|confundiendo",
                    "\\b(?:unable to find|could not find|couldn't find|can't find|cannot find|no record of|found no)"
                            + " (?:anyone|any record|a record|a patient|anybody)(?: \\w+){0,3} (?:matching|by that name"
                            + "|with that name|fitting)\\b"
                            + "|\\b(?:meant|intended) for (?:another|a different) (?:office|practice|clinic|dentist|surgery)\\b"
                            + "|\\b(?:era|estaba) (?:dirigid[oa]|destinad[oa]) a (?:otra clinica|otro consultorio)\\b"
                            // the same search told another way (round 22): "nobody matching that description",
                            // "no aparece ningún expediente", "you may be thinking of another practice"
                            + "|\\b(?:nobody|no one|no-one) (?:matching|fitting|by that name|with that name)\\b"
                            + "|\\bnadie (?:con ese nombre|que coincida|estuvo aqui)\\b"
                            + "|\\bno (?:aparece|aparecen|encontramos) (?:ninguna?|ningun) (?:visita|registro|expediente|"
                            + "paciente|cita)\\b"
                            + "|\\b(?:thinking of|confusing us with|mixing us up with) (?:a different|another) (?:office|"
                            + "practice|clinic|dentist|surgery)\\b|\\b(?:pensando en|confundiendo(?:nos)? con) (?:otra "
                            + "clinica|otro consultorio)\\b"),
            // H9: a record that speaks for itself, a point made "gently" (not "if you have a genuine concern": writers
            // judge it both ways, as the boundary line under a threat and as a slight on the reviewer)
            new SentenceShape(HardRule.H9, "disputes the reviewer's account", "speak for|speaks for|habla por|"
                            + "hablan por|point out",
                    "\\b(?:reviews|record|track record|results|ratings|historial|resenas|trayectoria) "
                            + "(?:speaks?|hablan?) (?:for (?:themselves|itself)|por si (?:sol[oa]s?|mism[oa]s?))\\b"
                            + "|\\b(?:we would|we'd|we) (?:gently |just |like to |would like to )?point out\\b"),
            // H8: a medicine the person may keep taking, or first aid listed as a tip
            new SentenceShape(HardRule.H8, "tells the person what to do with a medicine or a symptom", "seguir tomando|"
                            + "keep taking|carry on taking|continue taking|vomit|vomito",
                    "\\b(?:puede|pueden|puedes) seguir tomando\\w*\\b"
                            + "|\\b(?:you can|you may|it's fine to|it is fine to) (?:keep|carry on|continue) (?:taking|using)\\b"
                            + "|\\bno (?:le )?(?:provoque|provoquen|induzca|haga) (?:el )?vomit\\w*\\b"
                            + "|\\b(?:don'?t|do not) (?:make (?:him|her|them|the child) (?:vomit|throw up)|induce vomiting)\\b"));

    private PatientRelationsShapes() {
    }
}
