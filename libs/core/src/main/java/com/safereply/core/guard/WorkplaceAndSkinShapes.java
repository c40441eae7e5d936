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
                            + "attempted to|tried to contact|intentaron|"
                            + "su prueba|su examen|su analisis|su muestra|i can see|we can see|pudo atender|pudiera atender|"
                            + "haya podido atender|le atendio|feeling more like|feel more like|old self|living proof|you're proof|"
                            + "you are proof|intento llamar|intentamos llamar|tried to call|tried to reach|attempted to call|"
                            + "was based|segun el registro|segun nuestro registro|durante la|durante su|duty list|rota|log shows|"
                            + "system shows|diary shows",
                    "\\b(?:ya )?(?:firmo|firmamos|signed|has signed|have signed) (?:(?:su|your) (?:alta|nota|fit note|clearance"
                            + "|certificate|incapacidad|constancia|form|paperwork)|the (?:alta|fit note|clearance|certificate))\\b"
                            + "|\\b(?:has|have) been (?:completed|submitted|signed)(?: and sent)? to your (?:employer|manager|safety manager"
                            + "|hr|boss|supervisor|union rep)\\b|\\b(?:was|were|been|we|we've|we have|i|i've) (?:already |just )?sent "
                            + "to your (?:employer|manager|hr|boss|supervisor|safety manager)\\b"
                            + "|\\bsu (?:prueba|examen|analisis|muestra|test)\\b[^.!?]{0,30}\\b(?:se hizo|se realizo|fue|salio)\\b"
                            + "|\\b(?:i|we) can see (?:that )?(?:you(?:'re| are| were| have|'ve| had) (?:booked|registered|due|on|in|scheduled|listed|down)"
                            + "|you (?:haven't|have not|'ve not|didn't|did not|have had|were seen|missed)"
                            + "|your (?:record|records|test|result|results|appointment|booking|file|chart|notes|claim|account|referral"
                            + "|prescription)|[a-z]{0,4}-?\\d{3,})\\b"
                            + "|\\b(?:the )?(?:duty list|rota|log|call log|system|diary) shows? (?:that )?you(?:'ve| have|'d| had| were| are| came| called| attended| booked"
                            + "| missed| didn't| did not| rang)\\b"
                            + "|\\b(?:pudo|pudiera|haya podido) atenderle\\b|\\ble atendio\\b"
                            + "|\\b(?:feeling|feel) (?:more )?like (?:yourself|your old self)\\b|\\bback to your old self\\b"
                            + "|\\byou(?:'re| are) (?:the )?(?:living )?proof\\b"
                            + "|\\b(?:intento|intentamos|intentaron|(?:we|we've|we have|i|i've|our \\w+(?: \\w+)?) (?:tried|attempted) to) (?:llamarle|llamarlo|llamarla|call you|reach you"
                            + "|contact you)\\b"
                            + "|\\bthe (?:assessment|exam|examination|test|result|report) was based (?:solely |only |entirely )?on\\b"
                            + "|\\bsegun (?:el|nuestro) registro\\b(?! (?:estatal|publico|nacional|oficial|de proveedores|del estado))"
                            + "|\\bque (?:su \\w+|usted) (?:\\w+ ){0,2}(?:fue|estuvo|tuvo|recibio|se sintio|se quejo|llego|pidio|dijo|hablo|hayan? \\w+)\\b[^.!?]{0,40}"
                            + "\\bdurante (?:la|su) (?:consulta|cita|visita)\\b"),
            // H7: a relative's result or outcome
            new SentenceShape(HardRule.H7, "mentions another person's care", "resultados de su|resultado de su|'s results|"
                            + "'s test|feliz con su|contenta con su|contento con su|happy with her|happy with his|"
                            + "loved working with|enjoyed working with|loved treating|enjoyed treating",
                    "\\b(?:los )?resultados? de su " + RELATIVE + "\\b"
                            + "|\\byour " + RELATIVE + "'s (?:results?|test|report|exam)\\b"
                            + "|\\bque su " + RELATIVE + " (?:este|quede|haya quedado) (?:muy )?(?:feliz|contenta?|content[oa])"
                            + " con (?:su|sus) (?:piel|sonrisa|dientes|resultados?)\\b"
                            + "|\\byour " + RELATIVE + " is (?:so )?(?:happy|thrilled|pleased) with (?:her|his|their) (?:skin|smile|teeth"
                            + "|results?)\\b"
                            + "|\\b(?:loved|enjoyed) treating (?:him|her|them)\\b"
                            + "|\\b(?:loved|enjoyed) working with (?:him|her|them)\\b(?=[^.!?]{0,60}\\b(?:results?|treatment|skin|smile|teeth"
                            + "|recovery|care|series|sessions?)\\b)"),
            // H8: a skin finding read, a side effect called common, a course kept up
            new SentenceShape(HardRule.H8, "tells the person what a sign is or what to do", "look like|looks like|sounds like|"
                            + "harmless|benign|common in the first|common side effect|times a day|times per day|give up|"
                            + "preocuparse|worry|safe for most|wait till|wait until|wait for|puede esperar|aspirin|suspenda|deje de tomar|deje de usar|lave|no se ponga|no se aplique|"
                            + "aplique",
                    "\\b(?:looks?|sounds?) like (?:\\w+ ){0,3}(?:keratos[ie]s|warts?|eczema|psoriasis|rosacea|dermatitis|cysts?|lipomas?"
                            + "|a mole|moles|skin tags?|hives|shingles|ringworm|impetigo|cellulitis|sunburn|heat rash)\\b(?! season| weather| days)"
                            + "|\\b(?:spots?|marks?|moles?|bumps?|lumps?|tags?|patches|rash|lesions?|these|those|they|it)\\b[^.!?]{0,40}\\bwhich (?:are|is)"
                            + " (?:harmless|benign|nothing to worry about)\\b"
                            + "|\\b(?:stinging|burning|flaking|tingling|irritation|itch\\w*|redness|swelling|pain|soreness|rash|peeling|dryness|bruising"
                            + "|ache|tiredness|nausea|headaches?|it|this|that|these|those)\\b[^.!?]{0,50}\\b(?:is|are) (?:very )?common (?:in|during|for) the first (?:few )?(?:days|weeks)\\b"
                            + "|\\b(?:that's|that is|this is|it's|it is|which is|these are|those are|are|is) (?:one of )?the most common side effects?\\b"
                            + "|\\b(?:take|taking|use|using|apply|applying|rinse|gargle|brush|put|drops?|cream|ointment|tablets?|pills?|spray|balm|lotion|gel"
                            + "|moisturi[sz]er|them|it)"
                            + " (?:\\w+ ){0,4}(?:several|a few|two|three|four) times (?:a|per) day\\b"
                            + "|\\b(?:don't|do not) give up (?:yet|on it|on (?:the|your) (?:cream|treatment|tablets|meds|medication|exercises|drops|gel"
                            + "|routine|regimen))\\b"
                            + "|\\b(?:no deberia|no tiene por que|no tiene de que) preocuparse\\b(?! por (?:el |la |los |las )?(?:estacionamiento|costo"
                            + "|precio|cuenta|papeleo|formularios?|espera|cita))|\\byou (?:shouldn't|should not) (?:need to )?worry\\b"
                            + "(?! about (?:the )?(?:parking|cost|price|bill|paperwork|forms?|queue|wait|booking))"
                            + "|\\b(?:generally|usually|normally) safe for (?:most|the majority of) (?:adults|people|patients)\\b"
                            + "|\\b(?:chip|tooth|filling|crown|rash|cut|wound|pain|swelling|bump|it|this|that|he|she|they)\\b(?: \\w+){0,4}"
                            + " can (?:safely |probably |easily )?wait (?:till|until|for) (?:monday|tomorrow|the morning|morning"
                            + "|next week|your appointment)\\b|\\bpuede esperar (?:hasta|al) (?:el )?(?:lunes|manana)\\b"
                            + "|\\b(?:mastique|tome|chew|take) (?:una |an? )?aspirin[a]?\\b"
                            + "|\\b(?:suspenda|deje de tomar|deje de usar|lave|lavese|no se ponga|no se aplique|aplique|pongase)\\b"
                            + "[^.!?]{0,40}\\b(?:jarabe|pastillas?|medicinas?|medicamentos?|cremas?|zona|herida|piel|hielo)\\b"),
            // H10: details asked for in a comment, in Spanish and by a specimen's numbers
            new SentenceShape(HardRule.H10, "asks this person to post details", "en un comentario|en los comentarios|"
                            + "nos puede decir si|nos puede contar si|specimen|collection date|date of service",
                    "\\b(?:cuentenos|digame|diganos|escribanos|expliquenos) en (?:un|los) comentarios?\\b(?=[^.!?]{0,40}\\b(?:sintomas?|nombre"
                            + "|fecha|edad|medicamentos?|diagnostico|tratamiento|lo que (?:le )?paso|que le paso|su caso|desde cuando|producto"
                            + "|ha usado|ha tomado|le duele))"
                            + "|\\bnos puede (?:decir|contar) si (?:tiene|le|usted)\\b(?! (?:viene|queda|conviene|acomoda|gusta|prefiere))"
                            + "|\\b(?:comment|reply|post) with (?:the |your )?(?:collection date|date of service|specimen)\\b"),
            // H2: the practice's people listed with its patients in a denial
            new SentenceShape(HardRule.H2, "denies a care relationship", "one of our",
                    "\\bnot one of our (?:\\w+ or |\\w+, )patients\\b(?! (?:was|were) (?:hurt|injured|affected|harmed))"));

    private WorkplaceAndSkinShapes() {
    }
}
