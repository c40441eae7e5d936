package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.List;

/**
 * Sentence shapes for the kinds red-team round 19 found (docs/quality.md): the pharmacy counter ("yours should be
 * waiting", "looking at the system", "glad the generic is working", "we know you well") and allied-health clinics (a
 * child who "will catch up", "no pasa nada", a form the person signed, "never had a complaint like that", details
 * asked for in public). Each shape is a kind of sentence, in English and Spanish where the kind occurs in both, never
 * one writer's wording.
 *
 * <p>Like {@link EverydayShapes} these run on the folded text (lower case, no accents) of free-text sentences only,
 * each behind its clue words.
 */
final class PharmacyAlliedShapes {

    static final List<SentenceShape> SHAPES = List.of(
            // H1: the person's own prescription, record or visit, read out or remembered
            new SentenceShape(HardRule.H1, "confirms a care relationship", "yours|la suya|el suyo|looking at|system|"
                            + "records show|is working|worked|funcionando|funciono|served you|helped you|atendio|you both|"
                            + "know you|conocemos|you signed|que firmo|usted firmo|usted autorizo",
                    "\\byours (?:should be|is|will be) (?:waiting|ready|there|on its way|at the pharmacy)\\b"
                            + "|\\b(?:la suya|el suyo) (?:ya )?(?:esta|estara|deberia estar) (?:list[oa]|esperando|en la farmacia)\\b"
                            + "|\\blooking at (?:the|our) (?:system|records|notes)\\b|\\b(?:our|the) (?:system|records) (?:shows?"
                            + "|says)\\b"
                            + "|\\b(?:glad|happy|pleased|nos alegra|nos da gusto) (?:that )?(?:the|your|el|la|su|que el|que la|que su)"
                            + " (?:\\w+ ){0,2}(?:(?:is working|worked|helped) (?:for )?you|le (?:este|esta) funcionando"
                            + "|le funciono)\\b"
                            + "|\\b(?:who|que) (?:served you|helped you|saw you|la atendio|lo atendio|le atendio)\\b"
                            + "|\\bfor you both\\b|\\bwe know you (?:so )?well\\b|\\b(?:ya )?(?:le|la|lo) conocemos (?:bien|muy bien)\\b"
                            + "|\\b(?:the|el|la) (?:form|formulario|hoja|consent form|consentimiento)\\b[^.!?\\n]{0,40}"
                            + "\\b(?:you signed|que firmo|usted firmo|usted autorizo)\\b"),
            // H9: "never had a complaint like that", the delay "on your plan's end", a proverb with a wink
            new SentenceShape(HardRule.H9, "disputes the reviewer's account", "never had|never received|nunca|"
                            + "your plan's|your insurer's|good things come",
                    "\\bnever (?:had|received) (?:a |any |one )?(?:complaint|complaints)\\b"
                            + "|\\bnunca (?:habia|hemos|ha) (?:recibido|tenido) (?:una|ninguna) queja\\b"
                            + "|\\bon your (?:plan's|insurer's|insurance's|insurance company's) (?:end|side)\\b"
                            + "|\\bgood things come to those who wait\\b"),
            // H8: a prognosis, a permission or a reading of the person's situation
            new SentenceShape(HardRule.H8, "reassures or advises about the person's situation", "chance|no pasa nada|"
                            + "not usually|compatible|probablemente|fades|phase|grow out",
                    "\\b(?:good|fair|high) chance (?:she|he|they|you)(?:'ll| will) (?:catch up|grow out of it|outgrow|be fine)\\b"
                            + "|\\bno pasa nada (?:por|si)\\b"
                            + "|\\bnot usually (?:a |any )?(?:concern|problem|worry|cause for concern)\\b"
                            + "|\\bes compatible con (?:la lactancia|el embarazo|su)\\b|\\bis (?:safe|fine|compatible) (?:while|with"
                            + "|during) (?:breastfeeding|pregnancy)\\b"
                            + "|\\bprobablemente (?:es|sea|tenga) (?:una? )?\\w+"
                            + "|\\b(?:usually|often) a (?:habit|phase) that (?:fades|passes|goes away)\\b"),
            // H10: details asked for in the comments
            new SentenceShape(HardRule.H10, "asks this person to post details", "if you post|if you share|if you comment|"
                            + "if you tell us",
                    "\\bif you (?:post|share|comment with|tell us) (?:the |your )?(?:make|model|date|dob|date of birth"
                            + "|full name|medication|dose|results?|when you)\\b"));

    private PharmacyAlliedShapes() {
    }
}
