package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.List;

/**
 * Sentence shapes for the kinds red-team round 22 found (docs/quality.md): replies to people asking about someone else
 * (an employer, a school, a coach, a partner: a relative's wait apologised for, a plan "reissued", a player told to sit out), replies filled in by a template tool ("we'll
 * message you on WhatsApp", "felt at ease with us") and replies translated or written in Spain's Spanish ("lo más
 * probable es que sea un virus", "es mejor limitar", "túmbese del lado izquierdo", "hemos anulado la factura", "es como
 * de la familia"). Each shape is a kind of sentence, in English and Spanish where the kind occurs in both.
 *
 * <p>Like {@link EverydayShapes} these run on the folded text (lower case, no accents) of free-text sentences only,
 * each behind its clue words.
 */
final class ProxyAndTranslationShapes {

    private static final String RELATIVE = Relatives.ANY;

    static final List<SentenceShape> SHAPES = List.of(
            // (a records search told to the reader, "nobody matching that description", widened PatientRelationsShapes' H2)
            // H1: the reader's care spoken of as ours
            new SentenceShape(HardRule.H1, "confirms a care relationship", "at ease|comfortable|welcome with us|"
                            + "welcome here|in good hands|years|de la familia|wait you|wait for you|esperamos|support you|"
                            + "help you|care for you|look after you|be there for you|reissue|re-issue|resend|re-send|"
                            + "to update|to amend|to renew|to correct|sus citas",
                    // "people feel comfortable here": everyone, not the reader (round 26)
                    "(?<!\\b(?:people|everyone|everybody|patients|families|folks|visitors|kids|children|neighbou?rs|all|newcomers) )"
                            + "\\b(?:felt|feel|were|was) (?:so |very |really )?(?:at ease|comfortable|welcome|in good hands) "
                            + "(?:with us|here)\\b"
                            + "|\\b(?:with|for) you (?:over|for) (?:the|all these|many|so many) years\\b"
                            + "|\\b(?:es|son) como de la familia\\b"
                            + "|\\b(?:we will|we'll|we can) wait (?:for )?you\\b|\\b(?:le|la|lo|te) esperamos\\b"
                            + "|\\b(?:our|the) (?:nurses|team|staff|doctors?|midwives|dentists?) (?:could|were able to|was "
                            + "able to|got to) (?:support|help|care for|look after|be there for) you\\b"
                            + "|\\b(?:glad|happy|pleased) to (?:reissue|re-issue|update|amend|renew|correct|resend|re-send) "
                            + "(?:the|her|his|your|their) (?:letter|plan|form|referral|note|prescription|certificate|records?)\\b"
                            + "|\\bsus citas\\b"),
            // H7: a relative's visit or health, said back
            new SentenceShape(HardRule.H7, "mentions another person's care", "sorry|sentimos|lamentamos|esperamos que|"
                            + "ojala que",
                    "\\bsorry (?:that )?(?:your|su) " + RELATIVE + " (?:had|was|waited|went through|felt)\\b"
                            + "|\\b(?:sentimos|lamentamos) (?:mucho |muchisimo )?que su " + RELATIVE + " (?:lo pasara|lo haya"
                            + " pasado|haya tenido|tuviera|esperara|haya esperado)\\b"
                            + "|\\b(?:esperamos|ojala) que su " + RELATIVE + " (?:ya )?(?:se encuentre|este|se sienta|siga)"
                            + " (?:mejor|bien)\\b"),
            // H11: the practice will message the person
            new SentenceShape(HardRule.H11, "the practice will contact this person", "mandaremos|mandamos|textearemos|"
                            + "whatsapp",
                    "\\b(?:le|la|lo|te) (?:mandaremos|mandamos|textearemos)\\b"
                            + "|\\b(?:we(?:'ll| will)|will) (?:message|text|contact) you (?:on|via|by) whatsapp\\b"),
            // H5: the person's bill changed
            new SentenceShape(HardRule.H5, "adds payment information about a person", "anulado|cancelado|condonado|"
                            + "eliminado|ajustado",
                    "\\b(?:hemos|ya) (?:anulado|cancelado|condonado|eliminado|ajustado) (?:la|su|el) (?:factura|cuenta|"
                            + "cargo|saldo|cobro)\\b"),
            // H8: a likely diagnosis, the better option, home care told as an imperative
            new SentenceShape(HardRule.H8, "tells the person what their symptom is or what to do", "mas probable|"
                            + "es mejor|option|choice|add-on| bet|would be|look like|feel like|present like|start like|"
                            + "usually isn|usually is not|usually aren|tumbese|acuestese|recuestese|mantengase|cronometre|"
                            + "aplique|pongase|give him|give her|give them|combine",
                    "\\blo mas probable es que (?:sea|tenga|se trate)\\b"
                            + "|\\bes mejor (?:limitar|evitar|no tomar|no beber|dejar|esperar|tomar|suspender)\\b"
                            + "|\\b(?:ibuprofen|paracetamol|acetaminophen|tylenol|advil|motrin|aspirin|naproxen|antihistamines?|tablets?|pills?"
                            + "|medicines?|medication|cream|drops|spray|rest|ice|heat)\\b[^.!?]{0,30}\\b(?:is|are) (?:usually |generally "
                            + "|often )?(?:the )?(?:safer|better|best|safest) (?:option|choice|add-on|bet)\\b"
                            + "|\\b(?:sitting|resting|staying|skipping|waiting|stopping)\\b[^.!?]{0,30}\\bwould be (?:the )?(?:sensible|"
                            + "safest|wise|wisest) (?:call|choice|option|thing)\\b"
                            + "|\\b(?:sepsis|meningitis|a stroke|a heart attack|an infection|infection|appendicitis|a clot|an allergic"
                            + " reaction|dehydration|a fracture|concussion|\\w+itis) (?:can|could|may|might) (?:look|feel|present|start)"
                            + " like (?:this|that)\\b"
                            + "|\\busually (?:isn'?t|is not|aren'?t|are not) (?:serious|a concern|anything serious|dangerous|"
                            + "a worry)\\b"
                            + "|\\b(?:tumbese|acuestese|recuestese|cronometre)\\b|\\bmantengase (?:acostad[oa]|sentad[oa]|hidratad[oa]|en reposo"
                            + "|quiet[oa])\\b|\\b(?:aplique|pongase) (?:calor|"
                            + "frio|hielo|compresas?|una compresa)\\b"
                            + "|\\bgive (?:him|her|them) (?:plenty of |lots of )?(?:fluids|liquids|water|rest)\\b"
                            + "|\\b(?:don'?t|do not) combine (?:two|both|them|the two)\\b"));

    private ProxyAndTranslationShapes() {
    }
}
