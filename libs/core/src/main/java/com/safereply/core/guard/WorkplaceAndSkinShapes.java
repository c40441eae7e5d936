package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.List;

/**
 * Sentence shapes for the kinds red-team round 28 found (docs/quality.md): occupational health answering employers and
 * workers ("the clearance paperwork has been sent to your safety manager", "la Dra. Ruiz ya firmó su alta", "su prueba
 * de alcohol se hizo según el protocolo", "I can see OH-55812 came through", "comment with the specimen ID"), and a
 * skin clinic's friendly slips ("those look like seborrheic keratoses, which are harmless", "stinging is common in
 * the first few days", "a lip balm several times a day", "don't give up yet", "you're proof of that", "que su hija esté
 * feliz con su piel"). English and Spanish where the kind occurs in both.
 *
 * <p>Like {@link EverydayShapes} these run on the folded text (lower case, no accents) of free-text sentences only,
 * each behind its clue words.
 */
final class WorkplaceAndSkinShapes {

    private static final String RELATIVE = Relatives.ANY;

    static final List<SentenceShape> SHAPES = List.of(
            // H1: the reader's test, clearance or paperwork handled here
            new SentenceShape(HardRule.H1, "confirms the person's care or paperwork", "firmo|firmamos|signed|sent to your|"
                            + "su prueba|su examen|su analisis|su muestra|i can see|we can see|pudo atender|pudiera atender|"
                            + "haya podido atender|le atendio|feeling more like|feel more like|old self|living proof|you're proof|"
                            + "you are proof|intento llamar|intentamos llamar|tried to call|tried to reach|attempted to call|"
                            + "was based|segun el registro|segun nuestro registro|durante la|durante su|duty list|rota|log shows|"
                            + "system shows|diary shows",
                    "\\b(?:ya )?(?:firmo|firmamos|signed|has signed|have signed) (?:su|your|the) (?:alta|nota|fit note|clearance"
                            + "|certificate|incapacidad|constancia|form|paperwork)\\b"
                            + "|\\b(?:has|have) been (?:completed|submitted|signed)(?: and sent)? to your (?:employer|manager|safety manager"
                            + "|hr|boss|supervisor|union rep)\\b|\\bsent to your (?:employer|manager|hr|boss|supervisor|safety manager)\\b"
                            + "|\\bsu (?:prueba|examen|analisis|muestra|test)\\b[^.!?]{0,30}\\b(?:se hizo|se realizo|fue|salio)\\b"
                            + "|\\b(?:i|we) can see (?:that )?(?:you|your|the|it|[a-z]{0,4}-?\\d{3,})\\b"
                            + "|\\b(?:the )?(?:duty list|rota|log|call log|system|diary) shows? (?:that )?you\\b"
                            + "|\\b(?:pudo|pudiera|haya podido) atenderle\\b|\\ble atendio\\b"
                            + "|\\b(?:feeling|feel) (?:more )?like (?:yourself|your old self)\\b|\\bback to your old self\\b"
                            + "|\\byou(?:'re| are) (?:the )?(?:living )?proof\\b"
                            + "|\\b(?:intento|intentamos|intentaron|tried to|attempted to) (?:llamarle|llamarlo|llamarla|call you|reach you"
                            + "|contact you)\\b"
                            + "|\\bthe (?:assessment|decision|exam|examination|test|result|report) was based (?:solely |only |entirely )?on\\b"
                            + "|\\bsegun (?:el|nuestro) registro\\b"
                            + "|\\bque (?:su \\w+|usted) [^.!?]{0,40}\\bdurante (?:la|su) (?:consulta|cita|visita)\\b"),
            // H7: a relative's result or outcome
            new SentenceShape(HardRule.H7, "mentions another person's care", "resultados de su|resultado de su|'s results|"
                            + "'s test|feliz con su|contenta con su|contento con su|happy with her|happy with his|"
                            + "loved working with|enjoyed working with|loved treating|enjoyed treating",
                    "\\b(?:los )?resultados? de su " + RELATIVE + "\\b"
                            + "|\\byour \\w+'s (?:results?|test|report|exam)\\b"
                            + "|\\bque su " + RELATIVE + " (?:este|quede|haya quedado) (?:muy )?(?:feliz|contenta?|content[oa])"
                            + " con (?:su|sus) (?:piel|sonrisa|dientes|resultados?)\\b"
                            + "|\\byour " + RELATIVE + " is (?:so )?(?:happy|thrilled|pleased) with (?:her|his|their) (?:skin|smile|teeth"
                            + "|results?)\\b"
                            + "|\\b(?:loved|enjoyed) (?:working with|treating) (?:him|her|them)\\b"),
            // H8: a skin finding read, a side effect called common, a course kept up
            new SentenceShape(HardRule.H8, "tells the person what a sign is or what to do", "look like|looks like|sounds like|"
                            + "harmless|benign|common in the first|common side effect|times a day|times per day|give up|"
                            + "preocuparse|worry|safe for most|wait till|wait until|wait for|puede esperar|aspirin|suspenda|deje de tomar|deje de usar|lave|no se ponga|no se aplique|"
                            + "aplique",
                    "\\b(?:looks?|sounds?) like (?:\\w+ ){0,3}(?:keratos[ie]s|warts?|eczema|psoriasis|rosacea|dermatitis|cysts?|lipomas?"
                            + "|a mole|moles|skin tags?|hives|shingles|ringworm|impetigo|cellulitis|sunburn|heat rash)\\b"
                            + "|\\bwhich (?:are|is) (?:harmless|benign|nothing to worry about)\\b"
                            + "|\\b(?:is|are) (?:very )?common (?:in|during|for) the first (?:few )?(?:days|weeks)\\b"
                            + "|\\b(?:one of )?the most common side effects?\\b"
                            + "|\\b(?:several|a few|two|three|four) times (?:a|per) day\\b"
                            + "|\\b(?:don't|do not) give up (?:yet|on it|on the)\\b"
                            + "|\\b(?:no deberia|no tiene por que|no tiene de que) preocuparse\\b|\\byou (?:shouldn't|should not)"
                            + " (?:need to )?worry\\b"
                            + "|\\b(?:generally|usually|normally) safe for (?:most|the majority of) (?:adults|people|patients)\\b"
                            + "|\\bcan (?:safely |probably |easily )?wait (?:till|until|for) (?:monday|tomorrow|the morning|morning"
                            + "|next week|your appointment)\\b|\\bpuede esperar (?:hasta|al) (?:el )?(?:lunes|manana)\\b"
                            + "|\\b(?:mastique|tome|chew|take) (?:una |an? )?aspirin[a]?\\b"
                            + "|\\b(?:suspenda|deje de tomar|deje de usar|lave|lavese|no se ponga|no se aplique|aplique|pongase)\\b"
                            + "[^.!?]{0,40}\\b(?:jarabe|pastillas?|medicinas?|medicamentos?|cremas?|zona|herida|piel|agua|hielo|horas"
                            + "|dias)\\b"),
            // H10: details asked for in a comment, in Spanish and by a specimen's numbers
            new SentenceShape(HardRule.H10, "asks this person to post details", "en un comentario|en los comentarios|"
                            + "nos puede decir si|nos puede contar si|specimen|collection date|date of service",
                    "\\b(?:cuentenos|digame|diganos|escribanos|expliquenos) en (?:un|los) comentarios?\\b"
                            + "|\\bnos puede (?:decir|contar) si (?:tiene|le|usted)\\b"
                            + "|\\b(?:comment|reply|post) with (?:the |your )?(?:collection date|date of service|specimen)\\b"),
            // H2: the practice's people listed with its patients in a denial
            new SentenceShape(HardRule.H2, "denies a care relationship", "one of our",
                    "\\bnot one of our (?:\\w+ or |\\w+, )patients\\b"));

    private WorkplaceAndSkinShapes() {
    }
}
