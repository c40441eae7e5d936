package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.List;

/**
 * Sentence shapes for the kinds red-team round 15 found (docs/quality.md): bilingual and translated replies (the
 * Spanish half that says what the English half does not, warm Spanish courtesies that confirm care) and busy threads
 * (the tagged friend, the relative, the journalist, two commenters answered as one). Each shape is a kind of sentence,
 * never one writer's wording.
 *
 * <p>Like {@link EverydayShapes} these run on the folded text (lower case, no accents) of free-text sentences only,
 * each behind its clue words.
 */
final class BilingualThreadShapes {


    static final List<SentenceShape> SHAPES = List.of(
            // H1: warm courtesies that say the person is or was cared for here
            new SentenceShape(HardRule.H1, "confirms a care relationship", "confia|bienvenid|privilege|honor|honour|pleasure|"
                            + "cada vez|cuando|como paciente|como nuestr|spoken|spoke|talked|redo|both of you|called away",
                    "\\bpor confiar(?:nos)? su (?:salud|sonrisa|cuidado|tratamiento|familia)\\b|\\bconfiar su (?:salud|sonrisa|cuidado) a\\b"
                            + "|\\bbienvenid[oa]s? (?:a la familia|de nuevo|de vuelta|otra vez)\\b"
                            + "|\\b(?:privilege|honou?r|pleasure) to (?:care for|look after|treat|have cared for|have looked after)"
                            + " (?:her|him|them|you)\\b"
                            + "|\\bcada vez que (?:viene|nos visita|vienes|nos visitas)\\b"
                            + "|\\bcuando (?:le|te|la|lo) (?:atendemos|atendimos|vemos|vimos|tratamos)\\b"
                            + "|\\bcomo (?:paciente|pacientes) nuestr[oa]s?\\b|\\bcomo nuestr[oa] paciente\\b"
                            + "|\\b(?:spoken|spoke|talked) (?:to|with) the (?:clinician|doctor|dentist|nurse|staff member|hygienist"
                            + "|receptionist|gp|assistant|team member)s? (?:involved|concerned|in question)\\b"
                            + "|\\bredo(?:ing)? (?:the|your|her|his) (?:fitting|filling|crown|dentures?|cleaning|procedure|work|bridge)\\b"
                            + "|\\b(?:to )?both of you (?:for|about) (?:the|your)\\b"
                            + "|\\b(?:dr|dra|doctor)\\.? \\w+ (?:was|had been|got) called away\\b"),
            // H3: the time of the person's booking, and "that day" in Spanish
            new SentenceShape(HardRule.H3, "adds the date or time of this person's care", "your|ese dia|aquel dia|esa tarde|"
                            + "esa manana|esa noche",
                    "\\byour \\d{1,2}[:.]\\d{2}\\b|\\b(?:ese|aquel) dia\\b|\\besa (?:tarde|manana|noche)\\b"),
            // H2: a records search that found nobody
            new SentenceShape(HardRule.H2, "says whether someone is registered", "find",
                    "\\b(?:haven't|have not|couldn't|could not|can't|cannot|weren't able to|were not able to)(?: been able to)?"
                            + " find (?:a|any) (?:registration|record|file|patient|account|booking) (?:under|for|with|matching)\\b"),
            // H7: a relative's care, or how someone else is doing
            new SentenceShape(HardRule.H7, "mentions another person's health", "asistir|atender|cuidar|tratar|your|de su|"
                            + "is doing|is well|is fine|is stable|is recovering|is better|se encuentra|esta bien|esta estable|coordinate",
                    "\\b(?:asistir|atender|cuidar|tratar) a su " + Relatives.SPANISH + "\\b"
                            + "|\\byour " + Relatives.ENGLISH + "'s (?:treatment|appointment|visit|care|results?|filling|fitting|surgery|procedure"
                            + "|prescription|records?)\\b"
                            + "|\\bla (?:cita|consulta|tratamiento) de su " + Relatives.SPANISH + "\\b"
                            + "|\\bthe (?:child|baby|patient|boy|girl|lady|gentleman) is (?:doing )?(?:well|fine|stable|recovering|better)\\b"
                            + "|\\b(?:el|la) (?:bebe|nino|nina|paciente|senora|senor) (?:se encuentra|esta) (?:bien|estable|mejor)\\b"
                            + "|(?<!\\bif )\\byour " + Relatives.ENGLISH + "\\b[^.!?\\n]{0,30}\\b(?:is|was) (?:doing (?:well|better|great)"
                            + "|recovering|on the mend)\\b"
                            + "|\\bcoordinate (?:her|his|their) care\\b"),
            // H4: wishing a recovery says there is an illness
            new SentenceShape(HardRule.H4, "adds health information about a person", "recuperacion",
                    "\\b(?:pronta|rapida) recuperacion\\b"),
            // H8: a swap of medicines, and first aid after the redirect
            new SentenceShape(HardRule.H8, "tells the person what to do with a medication", "mejor|en lugar",
                    "\\bes mejor (?:usar|tomar)\\b[^.!?\\n]{0,30}\\b(?:acetaminofen|paracetamol|ibuprofeno|aspirina|tylenol|advil)\\b"
                            + "|\\ben lugar de (?:ibuprofeno|paracetamol|acetaminofen|aspirina)\\b"),
            new SentenceShape(HardRule.H8, "gives home-care instructions", "until help|while you wait|mientras llega|adrenaline|"
                            + "epinephrine|epi|injector|inyector|inhaler|inhalador",
                    "\\b(?:until help arrives|while you wait(?: for (?:help|the ambulance))?|mientras llega (?:la ayuda"
                            + "|la ambulancia)),? (?:\\w+ ){0,2}(?:bite|press|apply|use|give|put|hold|keep|lay|tilt|muerda|presione|aplique"
                            + "|ponga)\\b"
                            + "|\\b(?:use|give|usar|uselo|usela|aplique)\\b[^.!?\\n]{0,30}\\b(?:adrenaline|epinephrine|epi-?pen"
                            + "|auto-?injector|autoinyector|inhaler|inhalador)\\b"
                            + "|\\b(?:adrenaline|epinephrine|epi-?pen|auto-?injector|autoinyector)\\b[^.!?\\n]{0,40}\\b(?:use it|uselo"
                            + "|usela|as prescribed)\\b"),
            // H9: Spanish disputes; "thousands of happy patients" (laughter is ParaphraseRules': only under a complaint)
            new SentenceShape(HardRule.H9, "disputes the reviewer's account", "en realidad|para que conste|de hecho|"
                            + "malentendido|misunderstanding|mentir|mintiendo|miente|mentira|llevamos|miles|thousands",
                    "\\b(?:en realidad|para que conste|de hecho),"
                            + "|\\b(?:seguramente|seguro que|probablemente) fue un malentendido\\b|\\bmust have been a misunderstanding\\b"
                            + "|\\b(?:mentir|mintiendo|miente|mienten|mentira|mentiras)\\b"
                            + "|\\bllevamos (?:\\d+|mas de \\d+|muchos) anos\\b"
                            + "|\\b(?:miles|thousands) (?:de|of) (?:pacientes|patients) (?:felices|satisfechos|happy|satisfied)\\b"),
            // H12c: Spain's numbers in a reply in Spanish (the practices that write Spanish are in the US)
            new SentenceShape(HardRule.H12C, "an emergency number of another country", "112|024|061",
                    "\\b(?:llame|llama|marque|marca|llamen) (?:al |el )?(?:112|024|061)\\b"));

    private BilingualThreadShapes() {
    }
}
