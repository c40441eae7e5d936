package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.List;

/**
 * Sentence shapes for the kinds red-team round 23 found (docs/quality.md): maternity teams ("congratulations on your
 * little boy", "watching your family grow", "the twins are thriving"), a busy walk-in account ("glad we could fix that
 * chip", "the triage nurse assessed your son", "as clearly stated on our website", "no es culpa nuestra") and
 * recovery services ("tell your sister we're proud of her", "no se recomienda combinarlos"). Each shape is a kind of
 * sentence, in English and Spanish where the kind occurs in both.
 *
 * <p>Like {@link EverydayShapes} these run on the folded text (lower case, no accents) of free-text sentences only,
 * each behind its clue words.
 */
final class MaternityAndRecoveryShapes {

    private static final String RELATIVE = Relatives.ANY;

    static final List<SentenceShape> SHAPES = List.of(
            // H1 and H6: a birth or a baby of the reader's, celebrated
            new SentenceShape(HardRule.H1, "confirms a care relationship", "congrat|felicidades|felicitaciones|enhorabuena|"
                            + "little one|newborn|family grow|thriving|doing well|doing great|doing so|we could|we were able|we got to|glad we could|glad we were able|happy we could|haberle",
                    "\\bcongrat\\w* on (?:your |the )?(?:little (?:one|boy|girl)|baby|new baby|newborn|pregnancy|twins|"
                            + "bundle of joy|new arrival)\\b"
                            + "|\\b(?:felicidades|felicitaciones|enhorabuena) por (?:su|el|la|sus) (?:bebe|embarazo|nin[oa]|"
                            + "hij[oa]|gemel[oa]s)\\b"
                            + "|\\btell the little one\\b|\\bwatching your family grow\\b"
                            + "|\\b(?:the|your) (?:twins|baby|little one|kids|children) (?:is|are) (?:thriving|doing (?:so )?"
                            + "(?:well|great))\\b"
                            + "|\\b(?:glad|happy|pleased) (?:that )?we (?:could|were able to|got to) (?:fix|sort|see|treat|get you)\\b"
                            + "|\\bhaberle (?:conseguido|dado|atendido|visto|ayudado)\\b"),
            // H2: the reader told they were never seen here
            new SentenceShape(HardRule.H2, "denies a care relationship", "been seen|been treated|been a patient",
                    "\\byou (?:haven'?t|have not|have never|'ve never|never) been (?:seen|treated|a patient)"
                            + "(?: (?:here|with us|by us))?\\b"),
            // H7: a relative's care, or a message for them
            new SentenceShape(HardRule.H7, "mentions another person's care", "evaluo|atendio|reviso|examino|vio a su|"
                            + "assessed your|examined your|saw your|treated your|checked your|digale|dile|tell your",
                    "\\b(?:evaluo|atendio|reviso|examino|vio) a su " + RELATIVE + "\\b"
                            + "|\\b(?:assessed|examined|saw|treated|checked) your " + RELATIVE + "\\b"
                            + "|\\b(?:digale|dile) a (?:su|tu) " + RELATIVE + "\\b|\\btell your " + RELATIVE + " (?:we|how|that (?:we|our|everyone|the team))\\b"),
            // H8: a diagnosis guessed, a combination ruled on, a diet allowed
            new SentenceShape(HardRule.H8, "tells the person what their symptom is or what to do", "could be|might be|"
                            + "may be|podria ser|puede ser|common and|no se recomienda|con moderacion",
                    "\\b(?:sounds|looks) like it (?:could|might|may) be\\b|\\b(?:suena|parece) (?:a )?que (?:podria|puede) ser\\b"
                            + "|\\b(?:are|is) (?:very |quite )?common and (?:usually|often|generally) (?:treatable|harmless|"
                            + "mild|nothing|not serious|settles?)\\b"
                            + "|\\bno se recomienda (?:combinar|mezclar|tomar|usar)\\w*\\b"
                            + "|\\bcon moderacion (?:esta bien|es segur[oa]|no pasa nada)\\b"),
            // H5: the person's bill explained or changed
            new SentenceShape(HardRule.H5, "adds payment information about a person", "se facturo|se cobro|facturad|"
                            + "was billed|were billed|aplico la tarifa|refund|charged",
                    "\\b(?:se facturo|se cobro|fue facturad[oa]|was billed|were billed) (?:como|as)\\b"
                            + "|\\bse (?:le )?aplico la tarifa\\b"
                            + "|\\b(?:issued|processed|approved) (?:a |the |your )?refund\\b"
                            + "|\\b(?:you|those sessions|these sessions|the session|your (?:visit|exam|session|appointment))(?: \\w+)? (?:aren'?t|are not"
                            + "|won'?t be|will not be|isn'?t|is not) (?:being )?charged\\b"));

    private MaternityAndRecoveryShapes() {
    }
}
