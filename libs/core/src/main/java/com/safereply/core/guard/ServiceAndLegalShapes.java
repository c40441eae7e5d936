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
            new SentenceShape(HardRule.H1, "confirms the event the complaint describes", "the case here|what happened here|"
                            + "process was followed|in this case|en este caso|registros|chart reflects|chart shows|chart notes|"
                            + "i checked|i looked|we checked|was approved|has been approved|was sent|was denied|was processed|"
                            + "incluid|including yours|misma atencion|same care|same attention|same treatment|fue atendid|"
                            + "was seen by|were seen by|was treated by|verified patient|long-standing|longstanding|longtime|"
                            + "long-time|oldest patients|confiar en nosotros|trusting us with|trust us with|reactivate",
                    "\\b(?:that|this) (?:was|is) (?:the case|what happened) here\\b|\\bthat process was followed\\b"
                            + "|\\b(?:the )?records in this case\\b|\\b(?:y )?asi se hizo en este caso\\b"
                            + "|\\ben este caso (?:se|fue|el|la|los|las)\\b"
                            + "|\\b(?:conforme a|segun|de acuerdo con) (?:nuestros|los|el|nuestro) (?:registros?|expedientes?|archivos?)\\b"
                            + "|\\bthe chart (?:reflects|shows|notes|indicates)\\b"
                            + "|\\b(?:i|we)(?: have|'ve)? (?:checked|looked|looked into it|had a look)(?: and|,)"
                            + "|\\b(?:the|your) (?:renewal|refill|request|prescription|referral|authori[sz]ation|claim)"
                            + " (?:was|has been|has now been|is now|is) (?:approved|sent|denied|processed|received|rejected|issued)\\b"
                            + "|\\bincluid[ao]s? (?:la|el|las|los) suy[ao]s?\\b|\\bincluding yours\\b"
                            + "|\\b(?:recibio|received|got|was given) (?:la misma|the same) (?:atencion|care|attention|treatment)\\b"
                            + "|\\b(?:fue|fueron|ha sido|was|were|has been) (?:atendid[oa]s?|seen|treated) (?:por|by) (?:el |la )?"
                            + "(?:dr|dra|doctor|doctora|nurse)\\b"
                            + "|\\b(?:every|each|all) (?:review|reviews|comment|comments)\\b[^.!?]{0,40}\\b(?:verified|real|genuine)"
                            + " patients?\\b"
                            + "|\\bone of our (?:long-?standing|longtime|long-time|loyal|oldest) (?:patients|clients|families)\\b"
                            + "|\\b(?:confiar|confiarnos|confia) en nosotros (?:para|con) su (?:atencion|cuidado|salud|sonrisa)\\b"
                            + "|\\btrust(?:ing)? us with your (?:care|health|smile|teeth|family)\\b"
                            + "|\\breactivate your (?:plan|membership|subscription|account)\\b"),
            // H11 and H1: the practice says it wrote to, notified or left something for the person
            new SentenceShape(HardRule.H11, "says the practice contacted the person", "notified|informed|written to|"
                            + "notificaremos|escribimos|escribiremos|carta|portal|uploaded|indicaciones",
                    "\\b(?:the )?(?:individual|person|patient|people|patients) (?:affected|concerned|involved|whose [^.!?]{0,30})"
                            + " (?:has|have) been (?:notified|informed|contacted|written to)\\b"
                            + "|\\b(?:we have|we've) written to you\\b"
                            + "|\\b(?:le|te) (?:notificaremos|escribimos|escribiremos|enviaremos una carta)\\b"
                            + "|\\b(?:uploaded|left|posted) (?:your |the )?(?:note|notes|instructions|results)\\b[^.!?]{0,20}"
                            + "\\b(?:portal|app|inbox)\\b"
                            + "|\\b(?:le|te) (?:dejo|dejamos|subio|subimos) (?:las|los) (?:indicaciones|resultados|notas)\\b"),
            // H2: a records search told to the reader, in a lawyer's words
            new SentenceShape(HardRule.H2, "says whether someone is registered", "unable to match|under the care|under our care",
                    "\\bunable to match (?:this|the|your) (?:review|comment|post|account)\\b"
                            + "|\\bnever (?:been )?under (?:the|our) care(?: of)?\\b"),
            // H5: a fee waived, a visit covered or a charge explained, for the reader
            new SentenceShape(HardRule.H5, "adds payment information about a person", "waived|written off|zeroed|refunded|"
                            + "credited|cover the|cover your|se aplico|se cobro|why the fee|why the charge",
                    "\\b(?:fee|fees|bill|balance|charge|charges|copay|account) (?:has|have|was|were) been (?:waived|written off"
                            + "|zeroed(?: out)?|cancell?ed|refunded|credited)\\b"
                            + "|\\bwe(?:'ll| will) cover (?:the|your) (?:visit|cost|bill|fee|copay)\\b"
                            + "|\\bpor eso se (?:aplico|cobro|cargo) (?:el|la) (?:cargo|multa|tarifa|cuota)\\b"
                            + "|\\bthat(?:'s| is) why (?:the|a) (?:fee|charge) was (?:applied|charged|added)\\b"),
            // H8: a medicine kept, a course offered, a result read, home care until the ER
            new SentenceShape(HardRule.H8, "tells the person what to do with a medicine or a symptom", "no harm in|fine to|"
                            + "course of|normal range|means the result|means your result|gauze|tea bag|teabag",
                    "\\bno harm in (?:sticking with|taking|trying|continuing|keeping)\\b"
                            + "|\\b(?:fine|ok|okay) to (?:stick with|keep taking|keep using|carry on with)\\b"
                            + "|\\b(?:consider|prescribe|offer|supply) (?:you )?a (?:short )?course of\\b"
                            + "|\\bmeans (?:the|your) results? (?:are|is)\\b"
                            + "|\\b(?:biting|bite) (?:down )?on (?:gauze|a (?:damp |wet )?tea ?bag)\\b"));

    private ServiceAndLegalShapes() {
    }
}
