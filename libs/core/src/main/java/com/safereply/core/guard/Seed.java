package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One phrase pattern from the spec (§3), anchored on the words it can start with. The guard only tries the pattern
 * where one of those words occurs (see {@link SeedScanner}), which keeps a pass over a draft proportional to the few
 * places a rule could apply instead of to text length times pattern count.
 *
 * @param rule     the rule that fires
 * @param anchors  folded tokens the match starts with; {@link #DIGIT} for any token starting with a digit
 * @param pattern  matched with {@code lookingAt} from the anchor token, on folded text, inside the anchor's sentence
 * @param unless   contexts in the same sentence, before the match, that cancel it
 * @param reason   what the approver sees
 */
record Seed(HardRule rule, List<String> anchors, Pattern pattern, List<Unless> unless, String reason) {

    /** Anchor meaning "any token that starts with a digit". */
    static final String DIGIT = "<digit>";

    /** Sentence contexts that cancel a match when they occur before it. */
    enum Unless {
        /** A refusal to confirm either way: "we can't confirm whether ...", "neither confirm nor deny whether ...". */
        REFUSAL(Pattern.compile("(can'?t|cannot|can not|unable to|won'?t|not able to|neither|not in a position to)\\s+"
                + "(confirm|say|discuss|disclose|comment on|deny|share)(\\s+(or|nor)\\s+(confirm|deny))?\\s+"
                + "(whether|if|who)|no podemos (confirmar|decir)( ni negar)? si")),
        /** A warning not to do the thing: "please don't post your member ID". */
        NEGATION(Pattern.compile("\\b(don'?t|do not|never|avoid|refrain from|no need to|not to|nunca)\\b|\\bno (publique|comparta)|\\bno\\s+$")),
        /** Routing by kind of need, not a verdict on the reader's: "for urgent advice that isn't an emergency, call 111". */
        ROUTING(Pattern.compile("\\b(advice|help|questions?|anything|something|issues?|problems?|matters?|concerns?|care"
                + "|needs?|queries|query)\\s+(that|which)\\s+$")),
        /** The request is for the phone call the draft offers, not for a post: "share details when you call us". */
        OFFLINE(Pattern.compile("\\b(when|once|if) you (call|phone|ring)\\b|\\b(by|when) (calling|phoning)\\b"
                + "|\\bover the phone\\b|\\bcall(ing)? (us|our|the)\\b|\\bllamen?os\\b"), true),
        /** Declining to advise, or sending the question to a clinician: "we can't advise whether to stop a medication". */
        ADVICE_REFUSAL(Pattern.compile("\\b(can'?t|cannot|unable to|not able to|won'?t|don'?t|do not|never)\\s+(give|provide|offer"
                + "|advise|tell you|recommend|say)\\b|\\bwhether (or not )?to\\b|\\bwithout (talking|speaking|checking)\\b"
                // a decision named as the topic, not taken: "decisions about starting or stopping any medicine ..."
                + "|\\b(decisions?|choices?) (about|on|around|regarding)\\s+((starting|stopping|taking|switching|changing"
                + "|increasing|reducing)\\s+(or|and)\\s+)?$")),
        /** Part of a denial ("you are not one of our patients"): H2's business, not a confirmation. */
        NEGATED_STATUS(Pattern.compile("\\b(not|never|isn'?t|wasn'?t|aren'?t|weren'?t)( been| ever been)?( one of)?\\s*$")),
        /** A statement about everyone ("all our patients", "each of our patients"), not about the reader. */
        GENERIC_GROUP(Pattern.compile("\\b(all|every|each|any|none|todos|todas)( of| de)?\\s*$|\\b(information|details|records) (about|on|regarding) $")),
        /** A conditional or general frame at sentence start ("If ...", "As general information ..."). */
        GENERAL_FRAME(Pattern.compile("^\\W*(if|as general info(rmation)?|general info(rmation)?|many people|informacion general"
                + "|para consultas|in general|generally|most people|anyone|si)\\b"));

        final Pattern cue;
        /** Looked for in the whole sentence rather than only before the match. */
        final boolean wholeSentence;

        Unless(Pattern cue) {
            this(cue, false);
        }

        Unless(Pattern cue, boolean wholeSentence) {
            this.cue = cue;
            this.wholeSentence = wholeSentence;
        }
    }

    static Seed of(HardRule rule, String reason, List<String> anchors, String regex, Unless... unless) {
        return new Seed(rule, List.copyOf(anchors), Pattern.compile(regex), List.of(unless), reason);
    }
}
