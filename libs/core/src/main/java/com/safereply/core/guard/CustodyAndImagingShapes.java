package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.List;

/**
 * Sentence shapes for the kinds red-team round 37 found (docs/quality.md): an imaging centre's precise updates, a prison
 * health service answering families ("your dad will be offered his at the next clinic on the wing", "staff can pull up
 * your brother's file", "el aislamiento es temporal mientras recibe tratamiento") and a remote-monitoring team ("lo
 * ideal es medirse dos veces al día": advice as "the ideal", one shape with round 33's in
 * {@link ChronicCareAndCoordinatorShapes}), and a rebuttal that the team "doesn't sound like" the one described
 * ({@link DefensiveReplyShapes}).
 *
 * <p>Like {@link EverydayShapes} these run on the folded text (lower case, no accents) of free-text sentences only,
 * each behind its clue words.
 */
final class CustodyAndImagingShapes {


    static final List<SentenceShape> SHAPES = List.of(
            // H7: a relative's care, record or schedule, told to the family in public
            new SentenceShape(HardRule.H7, "mentions another person's care", "will be offered|will be seen|will get his|"
                            + "will get her|file|record|chart|notes|recuerda|remembers|remember|regular|next clinic",
                    "\\byour " + Relatives.ANY + " will (?:be offered|be seen|be called|get (?:his|her|their)|receive)\\b"
                            + "|\\b(?:pull up|look up|open|access|check) your (?:" + Relatives.ANY + "'s )?(?:file|record|records|chart|notes)\\b"
                            + "|\\b(?:recuerda|recordamos|remembers|remember)(?: con carino| fondly| warmly)? (?:a )?(?:su|tu|your) "
                            + Relatives.ANY + "\\b"
                            + "|\\bat (?:her|his|their) (?:regular|next|usual|routine) (?:checks?|check-ups?|appointments?|visits?"
                            + "|reviews?|clinic)\\b"),
            // H4: a person's treatment or condition told back ("ya está estable", "while he's being treated")
            new SentenceShape(HardRule.H4, "adds health or care information about a person", "atendid|estable|stable|"
                            + "tratamiento|being treated|receiving treatment",
                    // not the refusal "no podemos confirmar si alguien ha sido atendido aquí"
                    "(?<!\\bsi )(?<!\\bsi alguien )(?<!\\bsi usted )(?<!\\bsi una persona )(?<!\\bsi la persona )(?<!\\bsi su \\w{3,9} )"
                            + "\\b(?:fue|fueron|ha sido|han sido) atendid[oa]s?\\b"
                            + "|\\b(?:ya )?(?:esta|estan) estables?\\b"
                            + "|\\b(?:he|she|they|your " + Relatives.ANY + ")(?:'s| is| are|'re) (?:now )?(?:stable|in a stable condition)\\b"
                            + "|\\bmientras (?:recibe|reciba|esta en|sigue en) (?:el |su )?tratamiento\\b"
                            + "|\\bwhile (?:he|she|they|you)(?:'s| is| are|'re) (?:being treated|receiving treatment|on treatment)\\b"));

    private CustodyAndImagingShapes() {
    }
}
