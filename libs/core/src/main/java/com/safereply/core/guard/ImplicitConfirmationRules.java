package com.safereply.core.guard;

import com.safereply.core.guard.Vocabulary.Kind;
import com.safereply.core.model.HardRule;

import java.util.List;
import java.util.regex.Pattern;

import static com.safereply.core.model.HardRule.H1;

/**
 * The semantic layer (§3 layer 3, §8 step 4) without a model: H1 {@code confirms_relationship} for confirmations that
 * no phrase pattern names, found as frames that only make sense if the practice cared for the person:
 * <ol>
 *   <li><b>Outcome well-wish</b>: a well-wish about a health word or an outcome ("Glad the numbing wore off", "Hope
 *       the new crown feels great", "So glad our midwives were there for the delivery"). Knowing the outcome is
 *       knowing the care.</li>
 *   <li><b>Practice involvement</b>: a health word about a person together with the practice as actor or place ("We
 *       all know you just wanted more pain pills", "your root canal here"): the §9 ruling that "our/here/we" turns an
 *       echo into a confirmation.</li>
 *   <li><b>Pleasant encounter</b>: the reader, the practice and pleasure at meeting in one sentence ("Our team loved
 *       meeting your little one"), unless the sentence is a call to action.</li>
 *   <li><b>Service verbs on the reader</b>: the practice's past actions with "you" or a family member as object ("took
 *       great care of you", "sent you to us", "treating your son").</li>
 * </ol>
 * Sentences that open with a conditional or general frame, or that warn against sharing, are exempt.
 */
final class ImplicitConfirmationRules implements Rule {

    private static final String IMPLIED = "implies the person received care here";

    private static final String PEOPLE = "you\\b|your (?:little one|family|kids?|children|son|daughter|baby|mom|mother|mum"
            + "|dad|father|husband|wife|partner|grandma|grandmother|grandpa|grandfather|teen|toddler|newborn|teeth|smile"
            + "|tooth|gums|skin|eyes|knee|hip|back|heart)\\b";

    private static final List<Seed> SEEDS = List.of(
            Seed.of(H1, IMPLIED, List.of("seeing", "meeting", "having", "treating", "caring", "looking", "taking", "serving"),
                    "(?:seeing|meeting|having|treating|caring for|looking after|taking (?:such )?(?:good |great )?care of"
                            + "|serving) (?:" + PEOPLE + ")", Seed.Unless.GENERAL_FRAME),
            Seed.of(H1, IMPLIED, List.of("treated", "examined", "cared", "looked", "took", "fixed", "fitted", "placed",
                            "prescribed", "referred", "discharged", "admitted", "diagnosed", "billed", "charged", "met",
                            "welcomed", "delivered", "operated", "scanned", "tested", "vaccinated", "rescheduled",
                            "rebooked", "booked", "scheduled", "squeezed", "worked", "numbed", "sedated", "cleaned"),
                    "(?:treated|examined|cared for|looked after|took (?:such )?(?:good |great )?care of|fixed|fitted|placed"
                            + "|prescribed|referred|discharged|admitted|diagnosed|billed|charged|met|welcomed|delivered"
                            + "|operated on|scanned|tested|vaccinated|rescheduled|rebooked|booked|scheduled|squeezed"
                            + "|worked on|numbed|sedated|cleaned) (?:" + PEOPLE + ")", Seed.Unless.GENERAL_FRAME),
            Seed.of(H1, IMPLIED, List.of("sent"), "sent you (?:to us|here|our way|over to us|to our)\\b"),
            Seed.of(H1, IMPLIED, List.of("you"),
                    "you (?:just |only |really )?(?:wanted|came (?:in )?for|asked for|were looking for|demanded|needed)"
                            + " (?:more |another |a |an |some |stronger )?(?:pain ?pills|pills|meds|medication|opioids"
                            + "|painkillers|prescription|refill|antibiotics|narcotics|drugs|a note)\\b"),
            Seed.of(H1, IMPLIED, List.of("drug"), "drug[- ]seeking\\b"),
            Seed.of(H1, IMPLIED, List.of("which", "what", "who"),
                    "(?:which|what|who) (?:dentist|doctor|provider|nurse|hygienist|staff member|location|office|therapist|clinician)?"
                            + " ?(?:you (?:saw|see|visited|were seen by|had)|(?:saw|treated|helped) you)\\b"));

    @Override
    public List<Seed> seeds() {
        return SEEDS;
    }

    @Override
    public void check(GuardContext context, Findings findings) {
        for (int s = 0; s < context.draft.sentenceCount(); s++) {
            if (context.general(s) || context.toEveryone(s) || findings.firedInSentence(HardRule.H1, s)) {
                continue;
            }
            if (refusalAboutAnyone(context, s)) {
                continue;
            }
            if (outcomeWellWish(context, s) || practiceInvolvement(context, s) || pleasantEncounter(context, s)) {
                findings.sentence(HardRule.H1, s, IMPLIED);
            }
        }
    }

    /**
     * "Privacy rules mean we can't discuss anyone's treatment or costs online, but our office manager would like to hear
     * from you": the spec's refusal, about everyone's care, with no "your" in the sentence (round 30).
     */
    private static final Pattern REFUSAL_ABOUT_ANYONE = Pattern.compile("\\b(?:can'?t|cannot|can not|unable to|not able to"
            + "|won'?t|don'?t|do not) (?:discuss|share|comment on|talk about|go into) (?:anyone'?s|any individual'?s"
            + "|any patient'?s|individual)\\b");
    private static final Pattern YOUR = Pattern.compile("\\b(?:your|you were|you had|su|sus|tu|tus)\\b");

    private static boolean refusalAboutAnyone(GuardContext c, int s) {
        String sentence = c.draft.folded.substring(c.draft.sentenceStart(s), c.draft.sentenceEnd(s));
        return REFUSAL_ABOUT_ANYONE.matcher(sentence).find() && !YOUR.matcher(sentence).find();
    }

    /** A well-wish about care or an outcome, or a stated outcome of a person's care ("your mom's hip went well"). */
    private static boolean outcomeWellWish(GuardContext c, int s) {
        boolean wish = c.has(s, Kind.WELL_WISH) && (c.has(s, Kind.CLINICAL)
                || (c.has(s, Kind.OUTCOME) && !aboutAnEverydayEvent(c, s)));
        boolean statedOutcome = c.has(s, Kind.OUTCOME) && c.has(s, Kind.CLINICAL)
                && (c.has(s, Kind.PERSON) || c.has(s, Kind.THIRD_PARTY));
        return wish || statedOutcome;
    }

    /** "Hope the move went smoothly": a wish about a house move or a trip, nothing to do with care (round 21). */
    private static final Pattern EVERYDAY_EVENT = Pattern.compile("\\b(?:the|your|su|la|el) (?:move|house move|moving day|"
            + "trip|holiday|holidays|vacation|wedding|journey|drive|flight|party|race|birthday|exams?|graduation|new job|"
            + "first day|mudanza|viaje|boda|vacaciones|fiesta)\\b");

    private static boolean aboutAnEverydayEvent(GuardContext c, int s) {
        AnalysedText draft = c.draft;
        return EVERYDAY_EVENT.matcher(draft.folded.substring(draft.sentenceStart(s), draft.sentenceEnd(s))).find();
    }

    private static boolean practiceInvolvement(GuardContext c, int s) {
        boolean health = c.has(s, Kind.CLINICAL) || c.has(s, Kind.FINANCIAL);
        boolean practice = c.has(s, Kind.PRACTICE_ACTION)
                || (c.has(s, Kind.PRACTICE) && !c.has(s, Kind.CALL_TO_ACTION));
        boolean person = c.has(s, Kind.PERSON) || c.has(s, Kind.THIRD_PARTY) || c.has(s, Kind.PRACTICE_ACTION);
        return health && practice && person;
    }

    private static boolean pleasantEncounter(GuardContext c, int s) {
        return c.has(s, Kind.ENCOUNTER_AFFECT) && c.has(s, Kind.PRACTICE)
                && (c.has(s, Kind.PERSON) || c.has(s, Kind.THIRD_PARTY)) && !c.has(s, Kind.CALL_TO_ACTION);
    }
}
