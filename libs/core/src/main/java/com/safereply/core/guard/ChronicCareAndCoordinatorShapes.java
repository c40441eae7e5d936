package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.List;

/**
 * Sentence shapes for the kinds red-team rounds 33 and 34 found (docs/quality.md): a chronic-care team that knows the
 * numbers, an NHS trust's brisk comms team, promotoras at a farmworkers' clinic, an allergy and ENT clinic, a formal
 * virtual-assistant agency and a med-spa's coordinators. What they share: the reader's care told back warmly ("you're
 * healing beautifully", "as you keep getting stronger at home", "sí está en nuestra lista"), the chart cited as proof
 * ("as documented in the chart"), a clinician offered to one person ("la Dra. Ruiz puede verla el lunes") and advice
 * dressed as what most people do ("most people do best on one antihistamine", "lo ideal es no acostarse").
 *
 * <p>Like {@link EverydayShapes} these run on the folded text (lower case, no accents) of free-text sentences only,
 * each behind its clue words.
 */
final class ChronicCareAndCoordinatorShapes {


    static final List<SentenceShape> SHAPES = List.of(
            // H1 and H4: the reader's recovery assessed in public
            new SentenceShape(HardRule.H4, "assesses the person's recovery", "healing|recovering|settling|as you keep|"
                            + "as you continue|sanando|recuperando|curando",
                    "\\b(?:you're|you are|you look like you're|he's|she's|they're|he is|she is|they are) (?:healing|recovering"
                            + "|settling) (?:so |really |very )?(?:beautifully|nicely|well|perfectly|great)\\b"
                            + "|\\bas you (?:keep|continue) (?:getting|to get|to recover|to heal|to improve|recovering|healing|improving|on the mend)\\b"
                            + "|\\b(?:se esta|esta|estas|te estas) (?:sanando|recuperando|curando) (?:muy |super )?(?:bien|perfecto"
                            + "|de maravilla|rapido)\\b"),
            // H1: on the list, a clinician offered to this person, an appointment moved in Spanish
            new SentenceShape(HardRule.H1, "confirms a care relationship", "nuestra lista|la lista|puede verla|puede verlo|"
                            + "puede verle|can see her|can see him|movemos|cambiamos|pasamos",
                    "\\b(?:pero si|ya|usted ya|usted|todavia|aun|si,) (?:esta|estas|sigue|aparece) (?:en|dentro de) (?:nuestra|la)"
                            + " lista\\b"
                            + "|\\b(?:dr|dra|doctora?|nurse)\\.? \\w+ (?:puede|podra|can|could|will) (?:verla|verlo|verle|see her"
                            + "|see him)\\b"
                            + "|\\b(?:le|te) (?:movemos|cambiamos|pasamos|reprogramamos) (?:la|su|tu) cita\\b"),
            // H1: the visit and how it ended, the clinician pleased to have helped
            new SentenceShape(HardRule.H1, "confirms a care relationship", "left upset|left unhappy|left in tears|"
                            + "left disappointed|could help|able to help|managed to help",
                    "\\bsorry (?:that )?(?:he|she|they|you) left (?:upset|unhappy|in tears|crying|disappointed|in pain)\\b"
                            + "|\\b(?:pleased|glad|happy|proud|delighted) (?:that )?(?:she|he|dr\\.? \\w+|dra\\.? \\w+|nurse \\w+)"
                            + " (?:could|was able to|managed to) help\\b"),
            // H4: the chart quoted to prove a point
            new SentenceShape(HardRule.H4, "discloses what a record says", "documented|consta en",
                    "\\b(?:as )?documented (?:in|on) (?:the|your|his|her|their) (?:chart|record|records|notes|file)\\b"
                            + "|\\bdocumented with (?:x-?rays|photos|images|radiographs|notes)\\b"
                            + "|\\b(?:segun )?consta en (?:su|el) (?:expediente|historial)\\b"),
            // H7: what the care means to a named relative
            new SentenceShape(HardRule.H7, "mentions another person's care", "mean to your|means to your",
                    "\\b(?:visits|appointments|sessions|calls|care|checks|check-ins) means? to your " + Relatives.ANY + "\\b"
                            + "|\\bmean to your " + Relatives.ANY + "\\b"),
            // H8: advice as what most people do, or as the ideal (round 37 added how often to measure: "medirse")
            new SentenceShape(HardRule.H8, "tells the person what to do", "most people do|lo ideal",
                    "\\bmost people do (?:best|well|better) (?:on|with|taking)\\b"
                            + "|\\blo ideal es (?:(?:no )?(?:acostarse|tomar|evitar|aplicar|ponerse|usar|dejar|seguir|esperar|hacer|comer"
                            + "|beber|tocar|mojar)|medirse|checarse|revisarse|tomarse|medir|checar|revisar)\\b"));

    private ChronicCareAndCoordinatorShapes() {
    }
}
