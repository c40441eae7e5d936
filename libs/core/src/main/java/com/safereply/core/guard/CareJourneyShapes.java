package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.List;

/**
 * Sentence shapes for the kinds red-team round 30 found (docs/quality.md): a fertility clinic's celebrations ("we're
 * honoured you trusted us with yours", "gracias por dejarnos acompañarles en este camino"), a cancer centre's
 * tenderness ("we'll miss you at the monthly visits", "we've seen how hard you've fought", "while your counts
 * recover") and a review agency's service recovery ("a complimentary touch-up", "so there should be no charge",
 * "le haremos el reembolso"). English and Spanish where the kind occurs in both.
 *
 * <p>Like {@link EverydayShapes} these run on the folded text (lower case, no accents) of free-text sentences only,
 * each behind its clue words.
 */
final class CareJourneyShapes {

    static final List<SentenceShape> SHAPES = List.of(
            // H1: the reader's care journey claimed, missed or witnessed
            new SentenceShape(HardRule.H1, "confirms a care relationship", "with yours|with your|part of your|acompanar|"
                            + "miss you|miss seeing|miss having|extran|seen how|seen you|answers|diagnosis|nothing on|nothing in|"
                            + "no appointment|no booking|overran|ran late|running late|ran behind",
                    "\\b(?:trusted|trusting|entrusted|entrusting) (?:us|\\w+(?: \\w+){0,3}) with (?:yours|your (?:care|family|family's"
                            + "|smiles?|journey|treatment|cycles?|health|little one|baby|pregnancy|recovery))\\b"
                            + "|\\b(?:let|letting|allowing|allow) us (?:to )?be (?:a )?part of your (?:journey|story|recovery|treatment"
                            + "|care|cycle|fight|family's journey)\\b"
                            + "|\\bacompanar(?:les|la|lo|los|las|te)? en (?:este|esta|su|tu) (?:camino|proceso|viaje|tratamiento|etapa"
                            + "|lucha|recuperacion)\\b"
                            + "|\\b(?:we'll|we will|we're going to|we are going to|we're gonna) (?:all )?miss (?:you|seeing you|having you)\\b"
                            + "[^.!?]{0,30}\\b(?:visits?|appointments?|sessions?|chair|every|each|infusions?|clinic)\\b"
                            + "|\\b(?:la|lo|los|las|te) (?:vamos a extranar|extranaremos|extranamos)\\b"
                            + "|\\bwe(?:'ve| have) seen (?:how|you)\\b[^.!?]{0,30}\\b(?:fought|fight|fighting|battled|worked|recovered"
                            + "|pushed|struggled)\\b"
                            + "|\\b(?:pleased|glad|happy|thrilled|relieved|delighted) (?:that )?you (?:finally )?(?:have|got|found)"
                            + " (?:some |the )?(?:answers|a diagnosis)\\b"
                            + "|\\b(?:nothing|no appointments?|no bookings?) (?:on|in) (?:his|her|their|your) (?:record|file|account|chart"
                            + "|diary)\\b"
                            + "|\\b(?:the|our) (?:clinic|doctor|gp|surgery|session|list|dentist|nurse|team) (?:overran|ran late"
                            + "|was running late|ran behind)\\b[^.!?]{0,20}\\b(?:because|due to|as|after)\\b"),
            // H1: the reader's recovery or treatment going well, told to them
            new SentenceShape(HardRule.H1, "confirms a care relationship", "que su ",
                    "\\bque su (?:recuperacion|tratamiento|embarazo|cirugia|operacion|proceso|ciclo|transferencia)"
                            + " (?:va|fue|salio|esta|haya|vaya)\\b"),
            // H5: free or refunded care for this person
            new SentenceShape(HardRule.H5, "adds payment information about a person", "complimentary|free|no-charge|no charge|"
                            + "no cost|no fee|reembolso|dinero|perdonar|condonar",
                    "\\b(?:offer|give|provide) you (?:a |an )?(?:complimentary|free|no-charge) (?:touch-up|touch up|redo|re-do"
                            + "|replacement|re-cement|adjustment|follow-up|repeat|session|cleaning|visit)\\b"
                            + "|\\bso there (?:should be|will be|is|would be) no (?:charge|cost|fee)\\b"
                            + "|\\b(?:le|les) (?:haremos|daremos|devolveremos|enviaremos|procesaremos|hacemos|damos) (?:el|un|su)"
                            + " (?:reembolso|dinero)\\b"
                            + "|\\b(?:perdonarle|perdonarles|condonarle|condonarles|le perdonamos|le condonamos) (?:el|la|su) (?:cobro"
                            + "|cuenta|deuda|pago|factura)\\b"),
            // H8: a guess at what it is, reassurance about what was taken, what to do while the person recovers
            new SentenceShape(HardRule.H8, "tells the person what a sign is or what to do", "may|might|could|usually|"
                            + "probably|likely|generally|normalmente|probablemente|while your|until your|till your|quiza|tal vez|a lo mejor|puede que|"
                            + "turn down|refuse|put off",
                    "\\b(?:may|might|could)(?: well)?(?: just)? be (?:a |an )?(?:sprain|strain|bruise|fracture|break|virus"
                            + "|infection|bug|reaction|allergy|side effect|panic attack|anxiety|migraine|implantation)\\b"
                            + "|\\b(?:that's|that is|it's|it is|this is|eso es|eso no es) (?:usually|probably|likely|generally"
                            + "|normalmente|probablemente) (?:not|nothing|no) (?:dangerous|serious|harmful|a problem|to worry about"
                            + "|peligroso|grave)\\b"
                            + "|\\b(?:while|until|till) your (?:counts?|levels?|numbers|gums?|wound|stitches|mouth|skin|body|bloods?"
                            + "|stomach|throat) (?:recovers?|heals?|settles?|improves?|comes? back|comes? up|goes down)\\b"
                            + "|\\b(?:quiza|quizas|tal vez|a lo mejor|puede que) (?:le )?(?:convenga|sea mejor|haya que)\\b"
                            + "|\\b(?:don't|do not) (?:turn down|refuse|put off) (?:the |your )?(?:chemo|chemotherapy|treatment"
                            + "|radiotherapy|surgery|medication|meds)\\b"),
            // H10: a photo asked for by e-mail
            new SentenceShape(HardRule.H10, "asks this person to send details or photos", "email|e-mail",
                    "\\b(?:email|e-mail)\\b[^.!?\\n]{0,25}\\b(?:pic|pics|photo|photos|picture|pictures|image|images)\\b"
                            + "(?! of (?:our|the) (?:event|team|clinic|office|run|fair))"));

    private CareJourneyShapes() {
    }
}
