package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.List;

/**
 * Sentence shapes for the kinds red-team round 29 found (docs/quality.md): a sports-medicine group's coaching voice
 * ("we loved being part of the comeback", "le hacemos un espacio el viernes"), a baby clinic's warmth ("she's now off
 * oxygen", "que su hijo esté mejor", "fast breathing with a cold is often bronchiolitis") and a "tone improver" that
 * makes replies friendlier ("we remember how nervous you were", "we'll drop you a message"; its "fue un honor cuidar de
 * ella" sits beside the English "an honour to care for you" in {@link CommunityAndNoticeShapes}). English and Spanish where the kind occurs in both.
 *
 * <p>Like {@link EverydayShapes} these run on the folded text (lower case, no accents) of free-text sentences only,
 * each behind its clue words.
 */
final class WarmToneShapes {

    private static final String RELATIVE = Relatives.ANY;
    private static final String WEEKDAY = DateMentions.WEEKDAY_EN_ES;

    static final List<SentenceShape> SHAPES = List.of(
            // H1: the reader's care remembered, booked or going well
            new SentenceShape(HardRule.H1, "confirms a care relationship", "remember how|remember when|remember you|"
                            + "being part of|funcionando|working for you|well for you|fit him in|fit her in|fit you in|squeeze|espacio|"
                            + "after your last|call back|callback",
                    "\\bwe (?:all )?remember (?:(?:how|when) (?:\\w+ ){0,3}(?:you|your)|you|your)\\b"
                            + "|\\b(?:loved|love|enjoyed) being (?:a )?part of (?:the|your) (?:comeback|recovery|journey|progress)\\b(?! of)"
                            + "|(?<!(?:portal|app|pagina|sitio|sistema|telefono|linea|enlace|formulario) )\\b(?:le|les|te) (?:este|esten|estan|esta) funcionando\\b|(?<!(?:website|app|portal|link|page|form|site|system|number|line|wifi) )\\b(?:is|are|'s|'re) working (?:so |really )?(?:well )?for you\\b"
                            + "|\\b(?:fit|squeeze) (?:him|her|you) in\\b"
                            + "|\\b(?:le|te) (?:hacemos|damos) (?:un )?(?:espacio|lugar|hueco) (?:el|para el) " + WEEKDAY
                            + "|\\bafter your last (?:review|visit|appointment|check|consultation|cleaning)\\b(?!,? we\\b)"
                            + "|\\b(?:don't|do not) wait for (?:our|the|a) call ?back\\b"),
            // H7: a relative's recovery or status
            new SentenceShape(HardRule.H7, "mentions another person's care", "este mejor|se sienta mejor|off oxygen|"
                            + "off the ventilator|like your",
                    "\\bque su " + RELATIVE + " (?:ya )?(?:este|se sienta|se encuentre) mejor\\b"
                            + "|\\b(?:she|he|they)(?:'s|'re| is| are) (?:now )?off (?:oxygen|the ventilator|antibiotics)\\b"
                            + "|\\b(?:kids|children|patients) like your " + RELATIVE + "\\b"
                            + "|\\bpeople like your " + RELATIVE + "\\b(?=[^.!?]{0,40}\\b(?:care|treatment|recover|condition"
                            + "|diagnos|surgery|therapy|medic))"),
            // H11: the practice will send or write
            new SentenceShape(HardRule.H11, "says the practice will contact the person", "drop you|reaches you|gets to you|"
                            + "reach out",
                    "\\b(?:we'll|we will)(?: also)? drop you (?:a|an) (?:message|line|note|email|text)\\b"
                            + "|\\bmake sure (?:the|your|it|this) (?:\\w+ )?(?:reaches|gets to) you\\b"
                            + "|\\b(?:will|'ll) (?:\\w+ ){1,6}and reach out\\b(?! to (?!you\\b))"),
            // H5: why the insurer did not pay
            new SentenceShape(HardRule.H5, "adds payment information about a person", "no cubrio|no pago|didn't cover|"
                            + "did not cover|didn't pay|did not pay",
                    "(?<!explain |explain online |explicar |explicar en linea |explicar en redes |explain here )\\b(?:por que \\w+(?: \\w+)? no (?:cubrio|pago|aprobo)"
                            + "|why \\w+(?: \\w+)? (?:didn't|did not) (?:cover|pay))\\b"),
            // H8: a likely cause, a home remedy, a strength or a repeat
            new SentenceShape(HardRule.H8, "tells the person what a sign is or what to do", "often|usually|probably|likely|"
                            + "only cause|helps|skip the|ofrezcale|siga con|%|repetir",
                    "\\bis (?:often|usually|probably|most likely) (?:just )?(?:a |an )?(?:bronchiolitis|croup|a virus|viral|teething"
                            + "|colic|reflux|eczema|an ear infection|a cold|the flu|asthma|a sprain|a strain)\\b(?! season| jab| vaccine| shot| clinic)"
                            + "|\\bcommon at (?:his|her|their|that|this) age\\b"
                            + "|\\b(?:usually|normally|generally) only causes?\\b(?! (?:short |minor |small )?(?:delays|queues|disruption))"
                            + "|\\b(?:teething ring|cold compress|warm compress|ice pack|humidifier|saline|honey|cool bath)\\b[^.!?]{0,30}"
                            + "\\b(?:usually |often |really )?helps?\\b(?! the (?:food bank|charity|fund|community|school))"
                            + "|\\bskip (?:the|your) (?:numbing gels?|gels?|drops|syrup|cream|meds|medicine|tablets?)\\b"
                            + "|\\b(?:ofrezcale|ofrecerle|dele|siga con|continue con)\\b[^.!?]{0,30}\\b(?:suero|formula|leche|pecho|agua"
                            + "|tomas|jarabe)\\b"
                            + "|\\b(?:crema|gel|locion|solucion|champu|pomada) (?:\\w+ )?al \\d+(?:[.,]\\d+)? ?%|\\b\\d+(?:\\.\\d+)? ?% (?:cream|gel|shampoo|lotion|solution)\\b"
                            + "|\\b(?:dosis|tratamiento|crema|champu|aplicacion|pastilla|locion)\\b[^.!?]{0,40}\\brepetir (?:a|en) (?:los )?\\d+ dias\\b"));

    private WarmToneShapes() {
    }
}
