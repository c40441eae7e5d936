package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.List;

/**
 * Sentence shapes for the kinds red-team round 16 found (docs/quality.md): on-call staff writing in clinical
 * shorthand (doses as q6h or BID, a chart glance read out, a log time, a refund or balance status) and Spanish triage
 * words. Each shape is a kind of sentence, never one writer's wording.
 *
 * <p>Like {@link EverydayShapes} these run on the folded text (lower case, no accents) of free-text sentences only,
 * each behind its clue words.
 */
final class ShorthandShapes {

    private static final String PAINKILLER = "(?:ibuprofen|tylenol|advil|motrin|acetaminophen|paracetamol|aspirin|naproxen"
            + "|ibuprofeno|acetaminofen)";
    private static final String WEEKDAY_SHORT = "(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|lun|mar|mie|jue|vie)";

    static final List<SentenceShape> SHAPES = List.of(
            // H8: dosing in shorthand ("alternating q6h", "1 tab BID", "c/8h", "recheck BG q15min")
            new SentenceShape(HardRule.H8, "gives a dose", "q|bid|tid|qid|qds|tds|prn|qhs|c/|cada|tab|cap|" + "ibuprofen|"
                            + "tylenol|advil|motrin|acetaminophen|paracetamol|aspirin|naproxen|acetaminofen",
                    "\\b(?:q\\d+ ?(?:h|hr|hrs|min|mins)|bid|tid|qid|qds|tds|prn|qhs)\\b|\\bc/\\d+ ?h\\b|\\bcada \\d+ ?h\\b"
                            + "|\\b\\d+ (?:tab|tabs|caps?)\\b"
                            + "|\\b" + PAINKILLER + " \\d{2,4}\\b|\\b\\d{2,4} ?(?:\\+|and|&|y) ?" + PAINKILLER + "\\b"),
            // H1 / H3: what the person's chart or the log says, and when
            new SentenceShape(HardRule.H1, "reads the person's record", "pts|pac|patients|pacientes|yours|logged|recorded|"
                            + "cxl|booked|cancel",
                    "\\b(?:pts?|pac\\.?|long-time (?:pts?|patients)) (?:like you|como usted)\\b|\\blong-time (?:pts?|patients)\\b"
                            + "|\\b(?:ya es|como) (?:pac\\.?|paciente) establecid[oa]\\b|\\bpac\\.? establecid[oa]\\b"
                            + "|\\byours (?:runs out|expires|ends|is due|was due|lapses)\\b"
                            + "|\\b(?:logged|recorded|noted|booked|cancell?ed|cxl'?d?)(?: at)? \\d{1,2}[:.]\\d{2}\\b"),
            new SentenceShape(HardRule.H3, "adds the date or time of this person's care", "mon|tue|wed|thu|fri|sat|sun|lun|"
                            + "mar|mie|jue|vie",
                    // one slot ("Thurs 10:15"), not opening hours ("Mon-Fri 8:00-18:30", "Sat 9:00-13:00")
                    "(?<![-–/] ?)\\b" + WEEKDAY_SHORT + "\\.? \\d{1,2}[:.]\\d{2}\\b(?!\\s*(?:[-–]|to\\b|a\\b))"),
            // H5: a refund, balance or copay of this person's, as a status
            new SentenceShape(HardRule.H5, "discloses payment information", "refund|reembolso|pago|payment|cargo|charge|saldo|"
                            + "copago|balance|copay|deducible|bill",
                    "\\b(?:the|your|su|el) (?:refund|reembolso|pago|payment|cargo|charge)\\b[^.!?\\n]{0,20}\\b(?:se proceso"
                            + "|was processed|processed|went through|se aplico|was issued)\\b"
                            + "|\\b(?:el|su) (?:saldo|copago|cargo|balance|deducible) (?:de|es de) \\$?\\d"
                            + "|\\bthe (?:balance|copay|charge|bill) (?:of|is|was) \\$\\d"),
            // H8: first aid in Spanish and "nothing by mouth"; Spanish "it can be normal" and a guessed reaction
            new SentenceShape(HardRule.H8, "gives home-care instructions", "give|mantengal|mantener|mueva|no le|no les",
                    "\\b(?:don'?t|do not) give (?:him|her|them|the child|the baby|your child) anything\\b"
                            + "|\\bno (?:le|les) (?:de|den) (?:nada (?:de|para) (?:comer|beber|tomar)|(?:de )?(?:comer|beber))\\b"
                            + "|\\b(?:mantengal[oa]|mantenerl[oa]) quiet[oa]\\b|\\bno (?:la|lo) mueva\\b"
                            + "|\\bhave some (?:sugar|juice|glucose|candy|sweets)\\b"),
            new SentenceShape(HardRule.H8, "reassures instead of triaging", "puede ser|puede que sea|sounds like",
                    "\\bpuede (?:ser|que sea) (?:una? )?(?:reaccion|normal|comun|efecto|alergia|infeccion|ansiedad|estres)\\b"
                            + "|\\bsounds like (?:it (?:could|might|may) be )?(?:a |an )?(?:stroke|heart attack|seizure|sepsis"
                            + "|anaphylaxis|meningitis|appendicitis|concussion|blood clot|clot|\\w*menopause|\\w+itis|\\w+osis"
                            + "|anxiety|depression|adhd|burnout)\\b"),
            // Round 16, marketing: being "part of" the person's result, how someone is doing, "glad it was quick"
            // (round 18 widened the second: "pleased to hear you are managing well")
            new SentenceShape(HardRule.H1, "confirms a care relationship", "part of|doing|glad|managing|feeling|recovering",
                    "\\b(?:loved|love|glad|happy|proud|honou?red|a joy|such a joy) (?:to be|being) part of (?:your|this|that)\\b"
                            + "|\\b(?:delighted|glad|happy|pleased|thrilled) (?:to (?:hear|know|read) )?(?:that )?you(?:'re| are) "
                            + "(?:doing|managing|feeling|recovering) (?:so )?(?:well|great|better)\\b"
                            + "|\\bglad (?:it|that) (?:was|went) (?:so )?(?:quick|smooth|smoothly|painless|easy|well)\\b"),
            new SentenceShape(HardRule.H7, "mentions another person's health", "let her|let him|she's|he's|she is|he is",
                    "\\bwe(?:'ll| will) let (?:her|him) know\\b"
                            + "|\\b(?:she|he)(?:'s| is) doing (?:brilliantly|great|so well|amazingly|fantastic|well)\\b"),
            new SentenceShape(HardRule.H9, "disputes the reviewer's account", "would disagree|thousands|hundreds",
                    "\\bwould disagree\\b|\\b(?:thousands|hundreds) of (?:happy|satisfied) (?:patients|customers|clients)\\b"));

    private ShorthandShapes() {
    }
}
