package com.safereply.core.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The weighted evidence a comment's lexicon matches add up to, before any category is chosen. Negation and
 * targeting are resolved here: "not helpful" counts against the practice, an insult counts as abuse only when it is
 * aimed at someone ("you idiot", "she is a liar").
 */
final class Evidence {

    /** A negator affects praise starting at most this many tokens after it ("did not really recommend"). */
    private static final int NEGATION_WINDOW = 3;
    /** An insult is aimed at someone when a "you"/"is a" target sits at most this many tokens before it. */
    private static final int TARGET_WINDOW = 3;
    private static final int MAX_SIGNALS = 8;
    /** Weight of praise and complaint terms in the clause after "but" ("nice staff but a 3 hour wait"). */
    private static final double AFTER_CONTRAST = 1.5;
    static final String THANKS_SIGNAL = "praise: thanks";

    double complaint;
    double praise;
    /** Thanks are praise in a review but mere politeness at the end of a question: kept apart. */
    double thanks;
    double suggestion;
    double clinical;
    int clinicalHits;
    /** The text opens with a health term ("Pregnant at 20 weeks, ..."): a first-person statement with the "I" dropped. */
    boolean opensWithHealthTerm;
    double care;
    /** Health terms and care words inside a sentence that asks something (see {@link TokenizedText#asking}). */
    double healthAsked;
    /** Admin topic words inside a sentence that asks something. */
    double adminAsked;
    double question;
    double firstPersonHealth;
    double admin;
    double adminRequest;
    double reviewContext;
    double spam;
    double targetedInsult;
    double untargetedInsult;
    double threat;
    int insultHits;
    double positiveEmoji;
    double negativeEmoji;
    boolean thirdParty;
    final Set<String> signals = new LinkedHashSet<>();

    static Evidence of(List<Lexicon.Match> matches, TokenizedText text) {
        boolean[] sentenceStart = text.sentenceStart;
        boolean[] asking = askingSentences(matches, text);
        Evidence e = new Evidence();
        int lastNegatorEnd = Integer.MIN_VALUE / 2;
        int lastTargetEnd = Integer.MIN_VALUE / 2;
        boolean afterContrast = false;
        for (Lexicon.Match m : matches) {
            if (sentenceStart[m.start()]) {
                afterContrast = false;
                // negation and targeting do not reach across sentences
                lastNegatorEnd = Integer.MIN_VALUE / 2;
                lastTargetEnd = Integer.MIN_VALUE / 2;
            }
            boolean negated = m.start() - lastNegatorEnd < NEGATION_WINDOW;
            boolean targeted = m.start() - lastTargetEnd < TARGET_WINDOW;
            boolean asked = asking[m.start()];
            for (Lexicon.Entry entry : m.entries()) {
                double w = entry.weight();
                if (afterContrast && (entry.cue() == Cue.COMPLAINT || entry.cue() == Cue.PRAISE)) {
                    w *= AFTER_CONTRAST;
                }
                switch (entry.cue()) {
                    case COMPLAINT -> {
                        if (!negated) {
                            e.complaint += w;
                            e.signal(entry);
                        }
                    }
                    case PRAISE -> {
                        if (negated) {
                            e.complaint += 0.8 * w;
                            e.signals.add("complaint: negated praise");
                        } else {
                            if (entry.signal().equals(THANKS_SIGNAL)) {
                                e.thanks += w;
                            } else {
                                e.praise += w;
                            }
                            e.signal(entry);
                        }
                    }
                    case SUGGESTION -> {
                        if (negated) {
                            e.complaint += 0.5 * w;
                        } else {
                            e.suggestion += w;
                            e.signal(entry);
                        }
                    }
                    case CLINICAL -> {
                        if (m.start() == 0) {
                            e.opensWithHealthTerm = true;
                        }
                        e.clinical += w;
                        e.clinicalHits++;
                        if (asked) {
                            e.healthAsked += w;
                        }
                        e.signal(entry);
                    }
                    case CARE -> {
                        e.care += w;
                        if (asked) {
                            e.healthAsked += 0.5 * w;
                        }
                        e.signal(entry);
                    }
                    case QUESTION -> {
                        e.question += w;
                        e.signal(entry);
                    }
                    case FIRST_PERSON_HEALTH -> e.firstPersonHealth += w;
                    case ADMIN -> {
                        e.admin += w;
                        if (asked) {
                            e.adminAsked += w;
                        }
                        e.signal(entry);
                    }
                    case REVIEW_CONTEXT -> e.reviewContext += w;
                    case ADMIN_REQUEST -> {
                        e.adminRequest += w;
                        e.signal(entry);
                    }
                    case SPAM -> {
                        e.spam += w;
                        e.signal(entry);
                    }
                    case INSULT -> {
                        if (targeted) {
                            e.targetedInsult += w;
                            e.signals.add("abuse: insult aimed at someone");
                        } else {
                            e.untargetedInsult += w;
                            e.signal(entry);
                        }
                        e.insultHits++;
                    }
                    case THREAT -> {
                        e.threat += w;
                        e.signal(entry);
                    }
                    case SECOND_PERSON -> lastTargetEnd = m.end();
                    case NEGATOR -> lastNegatorEnd = m.end();
                    case THIRD_PARTY -> {
                        e.thirdParty = true;
                        e.signal(entry);
                    }
                    case POSITIVE_EMOJI -> {
                        e.positiveEmoji += w;
                        e.signal(entry);
                    }
                    case NEGATIVE_EMOJI -> {
                        e.negativeEmoji += w;
                        e.signal(entry);
                    }
                    case CONTRAST -> afterContrast = true;
                    case NEUTRAL -> {
                    }
                }
            }
        }
        return e;
    }

    /**
     * The tokens of sentences that ask something: a question sentence (see {@link TokenizedText#asking}) or one that
     * holds an asking form ("please advise", "any tips", "i was wondering"). Health and admin words count as the
     * subject of a question only inside these, so a rhetorical question in a complaint story does not turn the
     * symptoms it describes into a clinical question.
     */
    private static boolean[] askingSentences(List<Lexicon.Match> matches, TokenizedText text) {
        boolean[] asking = text.asking;
        boolean copied = false;
        for (Lexicon.Match m : matches) {
            if (asking[m.start()] || !hasCue(m, Cue.QUESTION)) {
                continue;
            }
            if (!copied) {
                asking = asking.clone();
                copied = true;
            }
            int from = m.start();
            while (from > 0 && !text.sentenceStart[from]) {
                from--;
            }
            int to = m.start() + 1;
            while (to < asking.length && !text.sentenceStart[to]) {
                to++;
            }
            java.util.Arrays.fill(asking, from, to, true);
        }
        return asking;
    }

    private static boolean hasCue(Lexicon.Match m, Cue cue) {
        for (Lexicon.Entry entry : m.entries()) {
            if (entry.cue() == cue) {
                return true;
            }
        }
        return false;
    }

    private void signal(Lexicon.Entry entry) {
        if (!entry.signal().isEmpty()) {
            signals.add(entry.signal());
        }
    }

    /** Signals for the approver, most decisive first is not guaranteed: order of first appearance, capped. */
    List<String> signalList(int max) {
        List<String> out = new ArrayList<>(Math.min(max, signals.size()));
        for (String s : signals) {
            if (out.size() >= Math.min(max, MAX_SIGNALS)) {
                break;
            }
            out.add(s);
        }
        return out;
    }
}
