package com.safereply.core.guard;

import java.util.List;

import static com.safereply.core.model.HardRule.H9;

/** H9 {@code defensive_tone} (§3): disputing, blaming, sarcasm and mocking emoji, insults, legal threats, bragging. */
final class ToneRules implements Rule {

    private static final String REASON = "defensive, disputing or mocking tone";
    private static final String[] MOCKING_EMOJI = {"\uD83D\uDE44", "\uD83D\uDE43", "\uD83E\uDD21", "\uD83D\uDE12",
            "\uD83D\uDE0F", "\uD83E\uDD26", "\uD83E\uDD23", "\uD83D\uDD95"};

    private static final List<Seed> SEEDS = List.of(
            Seed.of(H9, REASON, List.of("false", "untrue", "fake", "lie", "lying", "liar", "attorney", "attorneys", "falsas", "falsos",
                            "lawyer", "lawyers", "defamation", "defamatory", "libel", "libelous", "slander", "sue", "suing",
                            "bitter", "lol", "lmao", "smh", "actually", "ridiculous", "pathetic", "stupid", "idiot", "crazy",
                            "absurd", "nonsense", "troll", "whining", "mentira", "falso", "falsa", "abogado", "abogados",
                            "demanda", "difamacion"),
                    // a lawyer as someone records may be sent to ("autorizar que se envíen a un abogado") is a right, not a threat
                    "(?<!\\b(?:a un|a su|to a|to an|to your) )(?:false|untrue|fake|lie|lying|liar|attorneys?|lawyers?|defamation|defamatory|libel(?:ous)?|slander"
                            + "|sue|suing|bitter|lol|lmao|smh|actually|ridiculous|pathetic|stupid|idiot|crazy|absurd|nonsense"
                            + "|troll|whining|mentira|falsa?s?|falsos?|abogados?|demanda|difamacion)\\b"),
            Seed.of(H9, REASON, List.of("for"), "for the record\\b"),
            Seed.of(H9, REASON, List.of("set"), "set the record straight\\b"),
            Seed.of(H9, REASON, List.of("the"), "the (?:facts|truth) (?:are|is)\\b"),
            Seed.of(H9, REASON, List.of("believe"), "believe what you want\\b"),
            // internet put-downs aimed at the commenter
            Seed.of(H9, REASON, List.of("stay", "seethe", "cry", "touch", "skill", "cope", "ratio", "ratio'd", "ratiod", "l"),
                    "(?:stay mad|seethe|cry about it|touch grass|skill issue|cope (?:and|&) seethe|cope harder|l \\+ ratio"
                            // "ratio" as the put-down, not a staffing ratio: no word before it, no "of"/"is" after
                            + "|(?<![a-z0-9)] )ratio(?:'?d)?(?! (?:of|between|to|for|is|was|are|in)\\b))\\b"),
            Seed.of(H9, REASON, List.of("get"), "get a life\\b"),
            // "good luck to all the teams this season": wished to a group, not thrown at the reviewer (round 26)
            Seed.of(H9, REASON, List.of("good"), "good luck\\b(?! to (?:everyone|everybody|all of you)\\b| to (?:all |every |everyone |everybody |our )?(?:the )?(?:\\w+ )?(?:teams?|runners|players"
                    + "|students|graduates|participants|competitors|racers|riders)\\b| (?:this|next) season\\b"
                    + "| (?:on|with|in) (?:your |the )?(?:exams?|finals|tests?|race|game|match|season|tournament|training|marathon|run)\\b)"),
            Seed.of(H9, REASON, List.of("legal"), "legal (?:action|team|counsel|department|steps|advis[eo]rs?)\\b"),
            Seed.of(H9, REASON, List.of("solicitor", "solicitors", "asesores", "asesor"),
                    "(?:our )?solicitors?\\b|asesor(?:es)? legal(?:es)?\\b"),
            Seed.of(H9, REASON, List.of("didn't", "didnt", "did"),
                    "did(?:n'?t| not) get (?:their|your|his|her) (?:own )?way\\b"),
            Seed.of(H9, REASON, List.of("on"), "(?<!\\blater |\\bfrom now |\\bright |\\bcarry |\\bhold |\\bgo )on you\\b"),
            Seed.of(H9, REASON, List.of("your"), "your (?:own )?fault\\b"),
            // "Period." ending the discussion, not a noun ("a very busy period.", round 31)
            Seed.of(H9, REASON, List.of("period"), "(?<!\\b(?:busy|quiet|holiday|short|long|this|that|waiting|trial|notice|grace|same|time|sad|difficult|hard|transition|summer|winter) )period\\."),
            // "people who leave reviews like this", not "the people who look after our building"
            Seed.of(H9, REASON, List.of("people"), "people who (?:post|write|leave|complain|whine|lie|never|don'?t|do not"
                    + "|can'?t|cannot|refuse|expect|think|want|demand)\\b|people like you\\b"),
            Seed.of(H9, REASON, List.of("maybe"), "maybe if (?:people|you)\\b"),
            Seed.of(H9, REASON, List.of("funny"), "funny (?:that|how)\\b"),
            Seed.of(H9, REASON, List.of("nice"), "nice try\\b"),
            Seed.of(H9, REASON, List.of("not"), "not our (?:problem|fault)\\b"),
            Seed.of(H9, REASON, List.of("you"),
                    "you (?:ignored|failed to|refused to|chose not to|didn'?t follow|never (?:showed|followed|listened)"
                            + "|should have (?:read|listened|followed|known))\\b"),
            Seed.of(H9, REASON, List.of("we've", "we", "been", "over", "for", "in"),
                    "(?:we'?ve|we have) been (?:in business|serving|practicing|practising|open|around)(?: \\w+){0,4} \\d+ years"
                            + "|\\d+ years in business|(?:over|for) \\d+ years (?:in business|of experience)|in business for (?:over )?\\d+ years"),
            Seed.of(H9, REASON, List.of(Seed.DIGIT), "\\d+ years in business|\\d+ years of (?:experience|happy patients|service|practice)"));

    @Override
    public List<Seed> seeds() {
        return SEEDS;
    }

    @Override
    public void check(GuardContext context, Findings findings) {
        String text = context.draft.text;
        for (String emoji : MOCKING_EMOJI) {
            int at = text.indexOf(emoji);
            if (at >= 0) {
                findings.span(H9, at, at + emoji.length(), REASON);
            }
        }
    }
}
