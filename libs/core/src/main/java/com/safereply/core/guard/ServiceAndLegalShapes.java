package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.List;

/**
 * Sentence shapes for the kinds red-team round 27 found (docs/quality.md): support agents who can see the dashboard
 * ("I checked and the renewal was approved", "la doctora le dejó las indicaciones en el portal", "incluida la suya",
 * "reactivate your plan"), replies drafted by a compliance officer or a lawyer ("that process was followed", "the
 * records in this case", "the individual affected has been notified", "we respectfully dispute the account given",
 * "never under the care of") and thanks to veterans and service families ("one of our long-standing patients",
 * "recibió la misma atención", "no harm in sticking with it"). English and Spanish where the kind occurs in both.
 *
 * <p>Like {@link EverydayShapes} these run on the folded text (lower case, no accents) of free-text sentences only,
 * each behind its clue words.
 */
final class ServiceAndLegalShapes {

    static final List<SentenceShape> SHAPES = List.of(
            // H1: the event or the care confirmed by the process that handled it
            new SentenceShape(HardRule.H1, "confirms the event the complaint describes", "the case here|what happened here|paso en este caso|"
                            + "process was followed|in this case|en este caso|registros|chart reflects|chart shows|chart notes|"
                            + "i checked|i looked|we checked|was approved|has been approved|was sent|was denied|was processed|"
                            + "incluid|including yours|misma atencion|same care|same attention|same treatment|fue atendid|"
                            + "was seen by|were seen by|was treated by|verified patient|long-standing|longstanding|longtime|"
                            + "long-time|longest|most loyal|oldest patients|confiar en nosotros|trusting us with|trust us with|reactivate",
                    "(?<!whether |if )\\b(?:that|this|which) (?:was|is) (?:the case|what happened) here\\b|\\beso es lo que paso en este caso\\b|(?<!whether |if )\\bthat process was followed\\b"
                            + "|\\b(?:the )?records in this case\\b|\\b(?:y )?asi se hizo en este caso\\b"
                            + "|\\ben este caso (?:se (?:hizo|aplico|cobro|reviso|atendio|siguio|envio|nego|le)|fue|usted)\\b"
                            + "|\\b(?:conforme a|segun|de acuerdo con) (?:nuestros|nuestro) (?:registros?|expedientes?|archivos?)\\b"
                            + "|\\bthe chart (?:reflects|shows|notes|indicates) (?:that )?(?:you|your|he|she|his|her)\\b"
                            + "|\\b(?:i|we)(?: have|'ve)? (?:checked|looked|looked into it|had a look)(?: and|,)[^.!?]{0,40}\\b(?:you (?:were|had|are)"
                            + "|your|his|her|refill|claim|appointment|prescription|referral|record|records|bill|account|results?)\\b"
                            + "|(?<!\\b(?:if|once|when|after|before) )\\b(?:the|your) (?:renewal|refill|request|prescription|referral|authori[sz]ation|claim)"
                            + " (?:was|has been|has now been|is now|is) (?:approved|sent|denied|processed|received|rejected|issued)\\b"
                            + "|\\b(?:registros?|datos|informacion|expedientes?|pacientes|consultas|citas|visitas|videollamadas|llamadas|sesiones)\\b[^.!?]{0,40}\\bincluid[ao]s? (?:la|el|las|los) suy[ao]s?\\b"
                            + "|\\b(?:records?|data|information|files|details|patients|appointments|visits|bookings|consultations|calls|video calls|sessions)\\b[^.!?]{0,40}\\bincluding yours\\b"
                            + "|\\b(?:recibio|received|got|was given) (?:la misma|the same) (?:atencion|care|attention|treatment)\\b"
                            + "|(?<!\\b(?:words|comment|comments|review|reviews|message|messages|feedback|comentario|comentarios|mensaje|resena|opinion) )"
                            + "\\b(?:fue|fueron|ha sido|was|were|has been) (?:atendid[oa]s?|seen|treated) (?:por|by) (?:el |la )?"
                            + "(?:dr|dra|doctor|doctora|nurse)\\b"
                            + "|\\b(?:every|each|all) (?:review|reviews|comment|comments)\\b[^.!?]{0,40}\\b(?:verified|real|genuine)"
                            + " patients?\\b(?! or not)"
                            + "|\\bone of our (?:long-?standing|longest-?standing|longtime|long-time|loyal|most loyal|oldest) (?:patients|clients|families)\\b"
                            + "|\\bgracias por (?:confiar|confiarnos) en nosotros (?:para|con) su (?:atencion|cuidado|salud|sonrisa)\\b"
                            + "|\\b(?:thank you|thanks|grateful) (?:so much )?for trusting us with your (?:care|health|smile|teeth|family)\\b"
                            + "|\\breactivate your (?:plan|membership|subscription|account)\\b"),
            // H11 and H1: the practice says it wrote to, notified or left something for the person
            new SentenceShape(HardRule.H11, "says the practice contacted the person", "notified|informed|written to|"
                            + "notificaremos|escribimos|escribiremos|carta|portal|uploaded|indicaciones",
                    "\\b(?:the )?(?:individual|person|patient|people|patients) (?:affected|concerned|involved|whose [^.!?]{0,30})"
                            + " (?:has|have) been (?:notified|informed|contacted|written to)\\b"
                            + "|\\b(?:we have|we've) written to you\\b"
                            + "|\\b(?:le|te) (?:notificaremos|escribimos|escribiremos|enviaremos una carta)\\b(?! para (?:agradecer|dar las gracias|desear|felicitar))"
                            + "|\\b(?:(?:uploaded|left|posted) your|(?:uploaded|left)(?: the)?) (?:note|notes|instructions|results)\\b[^.!?]{0,20}"
                            + "\\b(?:portal|app|inbox)\\b"
                            + "|\\b(?:le|te) (?:dejo|dejamos|subio|subimos) (?:las|los) (?:indicaciones|resultados|notas)\\b(?! (?:para|de como) llegar)"),
            // H2: a records search told to the reader, in a lawyer's words
            new SentenceShape(HardRule.H2, "says whether someone is registered", "unable to match|under the care|under our care",
                    "\\bunable to match (?:this|the|your) (?:review|comment|post|account)\\b"
                            + "|\\b(?:he|she|they|you|was|were|has|have)(?: been)? never (?:been )?under (?:the|our) care(?: of)?\\b"
                            + "|\\bnever (?:been )?under (?:the|our) care of (?:this|our|the) (?:practice|surgery|clinic|office)\\b"),
            // H5: a fee waived, a visit covered or a charge explained, for the reader
            new SentenceShape(HardRule.H5, "adds payment information about a person", "waived|written off|zeroed|refunded|"
                            + "credited|cover the|cover your|se aplico|se cobro|why the fee|why the charge",
                    "\\b(?:fee|fees|bill|balance|charge|charges|copay|account) (?:has|have|was|were) been (?:waived|written off"
                            + "|zeroed(?: out)?|cancell?ed|refunded|credited)\\b(?! for (?:all|every|everyone|anyone|each|new|veterans|students|children|kids)\\b)"
                            + "|\\bwe(?:'ll| will) cover (?:the|your) (?:visit|cost|bill|fee|copay)\\b(?![^.!?]{0,30}\\b(?:for (?:every|all|each|any)|everyone|anyone)\\b)"
                            + "|\\bpor eso se (?:aplico|cobro|cargo) (?:el|la) (?:cargo|multa|tarifa|cuota)\\b"
                            + "|\\bthat(?:'s| is) why (?:the|a) (?:fee|charge) was (?:applied|charged|added)\\b"),
            // H8: a medicine kept, a course offered, a result read, home care until the ER
            new SentenceShape(HardRule.H8, "tells the person what to do with a medicine or a symptom", "no harm in|fine to|"
                            + "course of|normal range|means the result|means your result|gauze|tea bag|teabag",
                    "\\bno harm in (?:sticking with|taking|trying|continuing|keeping)\\b(?! (?:the |our )?(?:online|form|website|app|portal|phone|call|booking))"
                            + "|\\b(?:fine|ok|okay) to (?:stick with|keep taking|keep using|carry on with)\\b(?! (?:the |our |your )?(?:old |new )?(?:number|phone|line|form|app|portal|website|email|address|card|car park|entrance))"
                            + "|\\b(?:consider|prescribe|offer|supply) (?:you )?a (?:short )?course of\\b(?! (?:\\w+ ){0,3}(?:classes|sessions|lessons|workshops|talks))"
                            + "|\\bmeans (?:the|your) results? (?:are|is) (?!ready|available|back|in\\b|on\\b|up\\b)"
                            + "|\\b(?:biting|bite) (?:down )?on (?:gauze|a (?:damp |wet )?tea ?bag)\\b"));

    private ServiceAndLegalShapes() {
    }
}
