package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.List;

/**
 * Sentence shapes for the kinds red-team round 32 found (docs/quality.md): a student health centre's peer-like
 * replies ("most people on a low dose are fine with a drink or two", "don't take anything else tonight") and a
 * children's hospital's gentle family liaison ("after everything little Sam went through", "nos encanta ver su
 * progreso", "sounds like he may be coming down with it", "that's a good sign"). English and Spanish where the kind
 * occurs in both. Writer B of the round, a weight-loss clinic prescribing GLP-1 injections, added a clinic's upbeat
 * sales voice ("proud to have been part of it", "we can lock in your current rate", "that charge is the no-show fee",
 * "that's not a known side effect of the shot").
 *
 * <p>Like {@link EverydayShapes} these run on the folded text (lower case, no accents) of free-text sentences only,
 * each behind its clue words.
 */
final class StudentAndFamilyShapes {

    static final List<SentenceShape> SHAPES = List.of(
            // H1 and H7: the reader's or a child's course of care, known and told back
            new SentenceShape(HardRule.H7, "mentions another person's care", "went through|been through|gone through",
                    "\\bafter (?:all |everything )(?:that )?(?:little )?(?:he|she|they|\\w+) (?:went|has been|had been|has gone) through\\b"),
            new SentenceShape(HardRule.H1, "confirms a care relationship", "su progreso|your progress|receta|during the|"
                            + "during your",
                    "\\b(?:ver|seguir|seeing|watching|following) (?:su|tu|your) (?:progreso|progress)\\b"
                            + "|\\b(?:su|la) receta (?:ya )?(?:esta|estara) lista\\b"
                            + "|\\byou (?:felt|were|seemed) [^.!?]{0,20}\\bduring (?:the|your) (?:procedure|appointment|visit|operation"
                            + "|surgery|scan|treatment|extraction)\\b"),
            // H1 and H7: the programme "worked", a result in someone else's photo
            new SentenceShape(HardRule.H1, "confirms a care relationship", "part of it|part of this|part of your|"
                            + "worked hard|works hard|went through those|went through the|explained those",
                    "\\bproud to have been (?:a )?part of (?:it|this|your)\\b"
                            + "|\\b(?:worked|works) (?:\\w+ )?hard on (?:her|his|their|your) (?:program|programme|plan|treatment|recovery)\\b"
                            + "|\\b(?:dr|dra)\\.? \\w+ (?:went through|explained|checked|reviewed) (?:those|the|your|all the)"
                            + " (?:criteria|options|results|reasons)\\b"),
            new SentenceShape(HardRule.H7, "mentions another person's care", "bajo|perdio|lost|dropped",
                    "\\b(?:la persona|the person|ella|el|she|he)\\b[^.!?]{0,25}\\b(?:bajo|perdio|lost|dropped) \\d+ ?(?:kilos|kg"
                            + "|libras|lbs|pounds|stone)\\b"),
            // H5: this person's rate kept, fee waived, charge named
            new SentenceShape(HardRule.H5, "adds payment information about a person", "lock in|waive it|waive the|"
                            + "charge is|charge was",
                    "\\block in your (?:current )?(?:rate|price|plan)\\b"
                            + "|\\b(?:waive|waiving) (?:it|the fee|your fee|that fee) (?:this once|for you|this time)\\b"
                            + "|\\b(?:that|this|the) charge (?:is|was) (?:the|a|for)\\b"),
            // H8: a guess, a reassurance or an instruction for the person described
            new SentenceShape(HardRule.H8, "tells the person what a sign is or what to do", "most people|sounds like|good sign|"
                            + "anything else|side effect|start you on|suele",
                    "\\b(?:that's|that is|it's|it is) not a (?:known |common |usual )?side effect\\b"
                            + "|\\bwe can start you on\\b"
                            + "|\\b(?:suelen ser|suele ser) (?:normal|normales|comun|comunes)\\b"
                            + "|\\bmost people (?:on|taking|with) (?:a |the |their )?(?:low |high |small )?(?:dose|pill|medication|meds"
                            + "|tablets?)\\b[^.!?]{0,30}\\b(?:are|is) (?:fine|ok|okay|safe)\\b"
                            + "|\\bsounds like (?:he|she|they|you)(?:'s|'re| is| are| may be| might be| could be)? (?:coming down with"
                            + "|getting|has|have|got)\\b"
                            + "|\\bthat(?:'s| is) (?:a )?(?:good|great|reassuring) sign\\b"
                            + "|\\b(?:don't|do not) take anything else\\b"));

    private StudentAndFamilyShapes() {
    }
}
