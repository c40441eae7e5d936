package com.safereply.core.guard;

import com.safereply.core.guard.Vocabulary.Kind;
import com.safereply.core.model.HardRule;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * H7 {@code third_party_phi} (§3): another person's health, care or patient status, denials included. A sentence that
 * names a third party ("your mom", "your little one", "@handle", "the other reviewer", or a name from a comment about
 * someone else) and also carries a health word, a care or status word, or an H1/H2 finding.
 */
final class ThirdPartyRules implements Rule {

    private static final Pattern HANDLE = Pattern.compile("(?<![\\w.])@[a-z0-9_.]{2,30}");
    private static final String REASON = "mentions another person's health, care or patient status";

    @Override
    public void check(GuardContext context, Findings findings) {
        AnalysedText draft = context.draft;
        for (int s = 0; s < draft.sentenceCount(); s++) {
            if (context.general(s) || !aboutCare(context, findings, s)) {
                continue;
            }
            if (context.has(s, Kind.THIRD_PARTY) || hasHandle(draft, s)
                    || (context.thirdPartyComment && namesCommentPerson(context, s))) {
                findings.sentence(HardRule.H7, s, REASON);
            }
        }
    }

    private static boolean aboutCare(GuardContext c, Findings findings, int s) {
        return c.has(s, Kind.CLINICAL) || c.has(s, Kind.CARE_STATUS) || c.has(s, Kind.OUTCOME)
                || findings.firedInSentence(HardRule.H1, s) || findings.firedInSentence(HardRule.H2, s);
    }

    private static boolean hasHandle(AnalysedText draft, int s) {
        int start = draft.sentenceStart(s);
        int end = draft.sentenceEnd(s);
        int at = draft.folded.indexOf('@', start);
        if (at < 0 || at >= end) {
            return false;
        }
        Matcher m = HANDLE.matcher(draft.folded).region(start, end);
        return m.find();
    }

    private static boolean namesCommentPerson(GuardContext c, int s) {
        AnalysedText draft = c.draft;
        for (int t = draft.sentenceFirstToken(s); t < draft.sentenceEndToken(s); t++) {
            if (c.isCommentName(t)) {
                return true;
            }
        }
        return false;
    }
}
