package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.List;

/**
 * Sentence shapes for the kinds red-team round 31 found (docs/quality.md): a hospital patient-experience team's
 * thorough follow-up ("a significant event review has been opened into his care", "everyone who knew him", "we have
 * received the discharge summary", "that accusation is not fair", "she has been with us for ten years", which
 * {@link DefensiveReplyShapes} holds), an intern's
 * casual voice on a braces practice's pages ("wax on that wire", "nos encanta verla tan bien", "mándanos una foto por
 * DM") and a practice explaining a charge ("el cargo corresponde a…", "in this case the insurer processed it…").
 * English and Spanish where the kind occurs in both.
 *
 * <p>Like {@link EverydayShapes} these run on the folded text (lower case, no accents) of free-text sentences only,
 * each behind its clue words.
 */
final class FollowUpAndCasualShapes {

    static final List<SentenceShape> SHAPES = List.of(
            // H1: the event or the person's care confirmed by what was done about it
            new SentenceShape(HardRule.H1, "confirms the event the complaint describes", "opened|raised|logged|filed|launched|"
                            + "abierto|abrimos|abrio|who knew|who cared|who treated|who looked after|who met|que lo|que la|que le|"
                            + "discharge|ambulance report|notes from|records from|referral letter|a&e letter|arranged|verla|verlo|"
                            + "verle|verte|look into|the notes|the records|the rota|call log|footage|cctv|in this instance|in this case",
                    "\\b(?:significant event review|serious incident review|incident report|investigation|datix|safeguarding referral"
                            + "|review) (?:has been|have been|was|is being|will be) (?:opened|raised|logged|filed|launched)\\b"
                            + "[^.!?]{0,40}\\b(?:into|about|regarding|on|for|concerning) (?:his|her|their|your)\\b"
                            + "|\\b(?:abrimos|hemos abierto|se abrio|se ha abierto) una (?:investigacion|revision|queja|reclamacion)"
                            + " (?:sobre|de|acerca de) (?:su|la atencion de su)\\b"
                            + "|\\b(?:everyone|all of us|those of us|everybody|the staff|the team)(?: here)?(?: at \\w+)? who (?:knew"
                            + "|cared for|treated|looked after|met) (?:him|her|them)\\b"
                            + "|\\b(?:todos|todas|quienes|el equipo)(?: \\w+){0,3} que (?:lo|la|le|los) (?:conocio|conocieron|conocimos"
                            + "|atendio|atendieron|atendimos|cuido|cuidaron|cuidamos)\\b"
                            + "|\\b(?:received|have|got|reviewed|read) (?:the|his|her|their|your) (?:discharge summary|discharge letter"
                            + "|ambulance report|referral letter|a&e letter)\\b"
                            + "|\\b(?:has|have|'ve) (?:now )?arranged (?:a|the) (?:home visit|visit|call|appointment|referral|review)\\b(?! of)"
                            + "|\\b(?:nos encanta|que alegria|que gusto|nos alegra) (?:verla|verlo|verle|verte|verlos|verlas) (?:tan |muy )?"
                            + "(?:bien|mejor|recuperad\\w*|feliz|content[oa])\\b"
                            + "|\\blook into (?:where|what happened to|why) (?:the|your) (?:referral|prescription|results?|letter|claim"
                            + "|request|scan|appointment)\\b"
                            + "|\\b(?:reviewed|read|checked|looked at|looked through) (?:the )?(?:notes|records|rota|call log|cctv"
                            + "|footage) (?:from|of|for) (?:your|his|her|their|that|the (?:day|night|morning|shift|visit|attendance))\\b"
                            // a clinician's judgement in "this instance": the visit the complaint describes (a GP name no
                            // longer read as a person's name showed this kind uncovered, round 31)
                            + "|\\bin this (?:instance|case),? (?:dr|dra|doctor|doctora|the gp|the doctor|our gp|the nurse|nurse)\\.?"
                            + "(?: \\w+)? (?:felt|decided|thought|judged|believed|considered|was concerned)\\b"),
            // H1: a practice's change told as this person's own (a merger, a move, a doctor leaving)
            new SentenceShape(HardRule.H1, "confirms a care relationship", "merged list|new list|waiting list|the list|"
                            + "carry across|carry over|carried across|carried over|move across|moved across|transfer|traslad|"
                            + "familia de pacientes|patient family|practice family|tambien la|tambien lo|usted tambien|too|as well",
                    "\\byou(?:'re| are) (?:already )?(?:on|in) (?:the|our) (?:merged |new |waiting )?(?:list|register)\\b"
                            + "|\\byour (?:repeat (?:medicines|meds|prescriptions)|prescriptions|records|notes|medicines) (?:will|have|has"
                            + "|are going to)(?: already)? (?:be )?(?:carry|carried|move|moved|transfer|transferred|come) (?:across|over)\\b"
                            + "|\\bsu expediente (?:ya )?(?:fue|se|ha sido) (?:transferido|trasladado|pasado)\\b"
                            + "|\\b(?:parte de|part of) (?:nuestra|our) (?:familia de pacientes|patient family|practice family)\\b"
                            + "|\\busted tambien (?:la |lo )?(?:tendra|recibira)\\b|\\byou(?:'ll| will) (?:get|receive) (?:one|it|a letter)"
                            + " (?:too|as well)\\b"),
            // H7 and H6: a staff member's health given as the reason; the means a person in crisis has saved, repeated
            new SentenceShape(HardRule.H7, "mentions another person's care", "de salud|health reasons|medical reasons|"
                            + "ill health|illness|health issues|health problems",
                    "\\bpor (?:motivos|razones|problemas) de salud\\b|\\bfor (?:health|medical) reasons\\b"
                            + "|\\bdue to (?:ill health|illness|health (?:issues|problems|reasons))\\b"),
            new SentenceShape(HardRule.H6, "repeats a health, care or payment detail from the comment", "guardad|saved|"
                            + "stockpil|hoard|saving",
                    "\\b(?:pastillas|pills|tablets|meds|medicinas|pastillas para dormir|sleeping pills)\\b[^.!?]{0,30}"
                            + "\\b(?:guardadas|guardado|saved|stockpiled|hoarded|saving)\\b"),
            // H5: this person's charge explained, or how the insurer handled it
            new SentenceShape(HardRule.H5, "adds payment information about a person", "corresponde a|fue por|se debe a|"
                            + "was for|reflects|corresponds to|in this case|en este caso",
                    "\\b(?:el cargo|la tarifa|el cobro|la factura|the charge|the fee|the bill|the invoice) (?:corresponde a|fue por"
                            + "|se debe a|was for|reflects|corresponds to)\\b"
                            + "|\\bin this case\\b[^.!?]{0,40}\\b(?:processed|paid|denied|covered|billed|charged|rejected)\\b"
                            + "|\\ben este caso\\b[^.!?]{0,40}\\b(?:proceso|pago|nego|cubrio|cobro|facturo|rechazo)\\b"),
            // H8: a medicine stopped slowly, wax on a wire, first aid before the ambulance
            new SentenceShape(HardRule.H8, "tells the person what a sign is or what to do", "suddenly|abruptly|cold turkey|"
                            + "all at once|de golpe|de repente|wax|cera|move her|move him|move them|muevan|mueva",
                    "\\b(?:don't|do not|no) (?:stop|deje)(?: it| them| taking (?:it|them)| de tomarl[oa]s?)? (?:suddenly|abruptly"
                            + "|cold turkey|all at once|de golpe|de repente)\\b"
                            + "|\\b(?:put|use|pop|stick|try|pon|ponte|ponle|usa|use) (?:some |a bit of |a little |a piece of |un poco de"
                            + " |un pedacito de )?(?:orthodontic |dental |de ortodoncia )?(?:wax|cera)\\b"
                            + "|\\bwax on (?:that|the|your|ur) (?:wire|bracket)s?\\b"
                            + "|\\b(?:don't|do not) (?:try to )?move (?:her|him|them)\\b|\\bno (?:la|lo|le) (?:muevan|mueva)\\b"),
            // H10: a photo or details asked for in the informal Spanish "tú"
            new SentenceShape(HardRule.H10, "asks this person to send details or photos", "mandanos|envianos|escribenos|"
                            + "cuentanos|mandame|enviame|pasanos",
                    "\\b(?:mandanos|envianos|escribenos|cuentanos|mandame|enviame|pasanos)\\b[^.!?\\n]{0,40}\\b(?:dm|privado|foto"
                            + "|fotos|nombre|fecha de nacimiento|expediente|inbox|mensaje directo)\\b"));

    private FollowUpAndCasualShapes() {
    }
}
