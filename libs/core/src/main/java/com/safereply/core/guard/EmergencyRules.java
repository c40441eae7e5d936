package com.safereply.core.guard;

import com.safereply.core.model.HardRule;
import com.safereply.core.model.Jurisdiction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * H12 (§2, §3 "Required redirects", §4, §5): an emergency comment needs a draft that <em>leads</em> with the emergency
 * redirect (H12a {@code emergency_not_redirected}); a crisis comment needs the full set of crisis lines (H12b
 * {@code crisis_not_redirected}); and every emergency or crisis number must belong to the practice's jurisdiction,
 * including the §3 locale check of a UK-format number next to 988/911 and the reverse (H12c
 * {@code wrong_emergency_resource}).
 */
final class EmergencyRules implements Rule {

    private static final Pattern US_EMERGENCY = Pattern.compile(
            "\\b(?:911|9-1-1)\\b|emergency room|emergency department|labou?r and delivery|sala de emergencias");
    /** "ER" only in capitals: "er" is also a hesitation. */
    private static final Pattern US_ER = Pattern.compile("\\bER\\b");
    private static final Pattern UK_EMERGENCY = Pattern.compile("\\b999\\b|\\ba&e\\b|accident (?:and|&) emergency");
    /** The redirect made conditional on getting worse ("si empeora, llame al 911"): not leading with it (round 2). */
    private static final Pattern ONLY_IF_WORSE = Pattern.compile(
            "\\b(?:if|si|when|once|in case|should)\\b[^.;!?]{0,30}\\b(?:worse|worsens|worsen|empeora|empeoran|no mejora|doesn'?t improve|does not improve|don'?t improve|not improving|persists?|continues?|sigue igual|sigue|siguen|continua)\\b"
                    + "[^.!?]{0,20}\\b(?:911|9-1-1|999|emergency room|a&e|urgencias|sala de emergencias)"
                    // the same told the other way round: "go to labour and delivery if the headache gets worse" (round 14)
                    // ("call 911 now and don't wait to see if it gets worse" is the opposite, and right)
                    + "|\\b(?:911|9-1-1|999|emergency room|a&e|urgencias|sala de emergencias|labou?r and delivery)\\b"
                    + "(?:(?!don'?t wait|do not wait|without waiting|no espere|sin esperar)[^.;!?]){0,30}"
                    + "\\b(?:if|si|when|once|should)\\b[^.;!?]{0,30}\\b(?:worse|worsens|worsen|empeora|empeoran|no mejora|doesn'?t improve"
                    + "|does not improve|persists?|continues?|sigue)\\b");
    /** Coming in to the practice offered before the emergency service: "come straight in ... or call 911" (round 14). */
    private static final Pattern COME_IN_FIRST = Pattern.compile(
            "\\bwe open (?:at |from )?\\d|\\b(?:nuestro horario|our (?:opening )?hours)\\b|\\b(?:tiene|tenemos|hay) (?:espacio|citas?|un hueco|lugar)\\b"
                    + "|\\b(?:has|have) (?:a |an )?(?:slot|space|opening|appointment)s? (?:today|this afternoon|this morning|at)\\b|\\b(?:hoy )?abrimos (?:hoy )?(?:a las |de |desde las )?\\d|(?<!\\b(?:don'?t|do not|never|no|please don'?t) )\\b(?:come (?:straight |right |on )?(?:in|over|down)|walk in|drop in|pop in|head (?:in|over|down) to us|we'?re open"
                    + "|we are open|venga (?:a la clinica|a vernos|al consultorio)|pase por (?:la clinica|aqui|el consultorio)|estamos abiertos)\\b");
    private static final Pattern EUROPE_112 = Pattern.compile(
            "\\b(?:call|dial|ring|phone|llame|llamen|llamar|marque|marquen|o al|or)(?:\\s+\\w+){0,3}?\\s+(?:al\\s+)?112\\b(?![\\d-])");
    private static final Pattern US_911 = Pattern.compile("\\b(?:911|9-1-1)\\b");
    private static final Pattern US_988 = Pattern.compile("\\b988\\b");
    private static final Pattern UK_111 = Pattern.compile("\\b111\\b");
    /** Poison Control, in English and Spanish, by name or number. */
    private static final String POISON_CONTROL = "\\bpoison control\\b|control de (?:envenenamientos?|intoxicaciones)"
            + "|centro de toxicologia|(?:1[ -])?800[ -]222[ -]1222";
    private static final String NHS_111 = "\\b(?:nhs )?111\\b";
    private static final String SAMARITANS = "\\b116 ?123\\b|samaritans";
    private static final Pattern UK_SAMARITANS = Pattern.compile(SAMARITANS);
    /**
     * Lines that help but are not the emergency service, so an emergency reply must not give them before 911 (round
     * 14): Poison Control (§4 adds it after 911), and the crisis lines, which a crisis reply leads with but an
     * emergency reply (an overdose already taken) gives second.
     */
    private static final Pattern US_NOT_EMERGENCY_SERVICE = Pattern.compile(POISON_CONTROL + "|\\b988\\b|\\b741 ?741\\b");
    private static final Pattern US_POISON_CONTROL = Pattern.compile(POISON_CONTROL);
    private static final Pattern UK_NHS_111 = Pattern.compile(NHS_111);
    /** NHS 111 (advice) and Samaritans (listening) in a UK emergency reply: neither may come before 999. */
    private static final Pattern UK_NOT_EMERGENCY_SERVICE = Pattern.compile(NHS_111 + "|" + SAMARITANS);
    /** A line a crisis reply must give (§3 "Required redirects"), named as the omission message names it. */
    private record CrisisLine(String name, Pattern pattern) {
    }

    private static final List<CrisisLine> US_CRISIS_LINES = List.of(new CrisisLine("988", US_988),
            new CrisisLine("911", US_911));
    private static final List<CrisisLine> UK_CRISIS_LINES = List.of(new CrisisLine("999 or A&E", UK_EMERGENCY),
            new CrisisLine("NHS 111", UK_111), new CrisisLine("Samaritans 116 123", UK_SAMARITANS));

    /** Numbers and services that exist only in the US / only in the UK. */
    private static final Pattern US_ONLY = Pattern.compile(
            "\\b(?:911|9-1-1|988)\\b|(?:1[ -])?800[ -]222[ -]1222|suicide (?:&|and) crisis lifeline|poison control");
    private static final Pattern UK_ONLY = Pattern.compile(
            "\\b999\\b|\\ba&e\\b|accident (?:and|&) emergency|\\bnhs 111\\b|\\b(?:call|dial|ring|or|on) 111\\b|\\b116 ?123\\b|samaritans");

    /** §3 locale check formats. Every match starts with a digit, "+" or "(": see the first chars given to {@link Regexes}. */
    private static final Pattern UK_FORMAT = Pattern.compile("\\b0\\d{3,4} \\d{3} \\d{4}\\b|\\b0\\d{2} \\d{4} \\d{4}\\b|\\+44");
    private static final Pattern US_FORMAT = Pattern.compile("(?<![\\d ])(?:\\(?\\d{3}\\)?[ .-]?)?\\d{3}-\\d{4}\\b");
    private static final Pattern US_CRISIS_NUMBER = Pattern.compile("\\b(?:988|911)\\b");
    private static final Pattern UK_CRISIS_NUMBER = Pattern.compile("\\b999\\b|\\b116 ?123\\b");

    @Override
    public void check(GuardContext context, Findings findings) {
        if (context.emergency) {
            checkLeadsWithRedirect(context, findings);
        }
        if (context.crisis) {
            checkCrisisLines(context, findings);
        }
        checkJurisdiction(context, findings);
    }

    private static void checkLeadsWithRedirect(GuardContext context, Findings findings) {
        AnalysedText draft = context.draft;
        String reason = context.jurisdiction == Jurisdiction.US
                ? "an emergency reply must lead with 911 or the emergency room"
                : "an emergency reply must lead with 999 or A&E";
        if (draft.sentenceCount() == 0) {
            findings.omission(HardRule.H12A, reason);
            return;
        }
        int start = draft.sentenceStart(0);
        int end = draft.sentenceEnd(0);
        int redirect = firstRedirect(context, start, end);
        if (redirect == end) {
            findings.sentence(HardRule.H12A, 0, reason);
        } else if (find(COME_IN_FIRST, draft.folded, start, redirect)) {
            findings.sentence(HardRule.H12A, 0, "an emergency reply must send the person to emergency services before inviting them in");
        } else if (find(ONLY_IF_WORSE, draft.folded, start, end)) {
            findings.sentence(HardRule.H12A, 0, "an emergency reply must send the person to emergency services now, not only if it gets worse");
        } else {
            // "Call our line at (212) 555-0147, and if you can't get through, call 911" names 911 in the first
            // sentence but leads with the practice; so does "ring NHS 111, and if it lasts, call 999".
            OtherLine other = firstOtherLine(context, start, redirect, true);
            if (other != null) {
                findings.span(HardRule.H12A, other.start(), other.end(), context.jurisdiction == Jurisdiction.US
                        ? "an emergency reply must give 911 before any other number, Poison Control and 988 included"
                        : "an emergency reply must give 999 or A&E before any other number, NHS 111 included");
            }
        }
    }

    /** Where the first sentence's emergency redirect starts; {@code end} when it has none. */
    private static int firstRedirect(GuardContext context, int start, int end) {
        AnalysedText draft = context.draft;
        if (context.jurisdiction == Jurisdiction.UK) {
            return containsIn(draft.folded, start, end, UK_EMERGENCY_CLUES) ? first(UK_EMERGENCY, draft.folded, start, end) : end;
        }
        int named = containsIn(draft.folded, start, end, US_EMERGENCY_CLUES) ? first(US_EMERGENCY, draft.folded, start, end) : end;
        int er = containsIn(draft.text, start, end, US_ER_CLUES) ? first(US_ER, draft.text, start, end) : end;
        return Math.min(named, er);
    }

    /** Where the practice's own line (or NHS 111, where 999 must come first) is written in the draft. */
    private record OtherLine(int start, int end) {
    }

    /**
     * The first of the practice's published numbers (and, when {@code emergencyLead}, the lines that are not the
     * emergency service: NHS 111, Samaritans, Poison Control, 988) in [from, before); null if none. Other numbers are
     * not counted here: a crisis text line before 988 is not the practice's offer, and an unpublished number is the
     * identifier rule's (H3).
     */
    private static OtherLine firstOtherLine(GuardContext context, int from, int before, boolean emergencyLead) {
        for (PhoneNumbers.Found phone : context.phoneNumbers()) {
            if (phone.start() >= before) {
                break;
            }
            if (phone.start() >= from && context.phones.isPublished(phone.digits())) {
                return new OtherLine(phone.start(), phone.end());
            }
        }
        if (emergencyLead) {
            // a crisis reply leads with the crisis lines (§5), so for a crisis 988 first is right; Poison Control is not
            Pattern notTheService = context.jurisdiction == Jurisdiction.UK
                    ? (context.crisis ? UK_NHS_111 : UK_NOT_EMERGENCY_SERVICE)
                    : (context.crisis ? US_POISON_CONTROL : US_NOT_EMERGENCY_SERVICE);
            Matcher m = notTheService.matcher(context.draft.folded).region(from, before);
            if (m.find()) {
                return new OtherLine(m.start(), m.end());
            }
        }
        return null;
    }

    /** Where {@code pattern} first matches in text[start, end); {@code end} when it does not. */
    private static int first(Pattern pattern, String text, int start, int end) {
        Matcher m = pattern.matcher(text).region(start, end);
        return m.find() ? m.start() : end;
    }

    private static void checkCrisisLines(GuardContext context, Findings findings) {
        String folded = context.draft.folded;
        List<String> missing = new ArrayList<>();
        int firstCrisisLine = folded.length();
        for (CrisisLine line : context.jurisdiction == Jurisdiction.US ? US_CRISIS_LINES : UK_CRISIS_LINES) {
            int at = first(line.pattern(), folded, 0, folded.length());
            if (at == folded.length()) {
                missing.add(line.name());
            }
            firstCrisisLine = Math.min(firstCrisisLine, at);
        }
        if (!missing.isEmpty()) {
            findings.omission(HardRule.H12B, "a crisis reply must give " + String.join(", ", missing));
            return;
        }
        // Every line present, but the practice's own number first ("Please call us at ... You can also call 988"):
        // the crisis rule is to lead with the crisis lines, and §5 forbids "call us" as the answer.
        OtherLine other = firstOtherLine(context, 0, firstCrisisLine, false);
        if (other != null) {
            findings.span(HardRule.H12B, other.start(), other.end(),
                    "a crisis reply must give the crisis lines before the practice's own number");
        }
    }

    private static void checkJurisdiction(GuardContext context, Findings findings) {
        String folded = context.draft.folded;
        if (context.jurisdiction == Jurisdiction.US && folded.contains("112")) {
            // Europe's number (and Spain's), given to dial: not the emergency number a US reader should use (round 22);
            // "112 Main Street" is an address
            reportAll(EUROPE_112, folded, findings, "Europe's 112 in a US practice's reply");
        }
        boolean usNumbers = containsAny(folded, US_ONLY_CLUES);
        boolean ukNumbers = containsAny(folded, UK_ONLY_CLUES);
        if (!usNumbers && !ukNumbers) {
            return; // the common case: no emergency resource named at all
        }
        boolean us = context.jurisdiction == Jurisdiction.US;
        if (us ? ukNumbers : usNumbers) {
            reportAll(us ? UK_ONLY : US_ONLY, folded, findings,
                    us ? "a UK emergency or crisis resource in a US practice's reply"
                            : "a US emergency or crisis resource in a UK practice's reply");
        }
        if (usNumbers && Regexes.find(US_CRISIS_NUMBER, folded, "9") && Regexes.find(UK_FORMAT, folded, "0+")) {
            reportAll(US_CRISIS_NUMBER, folded, findings, "988/911 next to a UK-format number");
        }
        if (ukNumbers && Regexes.find(UK_CRISIS_NUMBER, folded, "91") && Regexes.find(US_FORMAT, folded, "(0123456789")) {
            reportAll(UK_CRISIS_NUMBER, folded, findings, "999/116 123 next to a US-format number");
        }
    }

    /** Substrings without which {@link #US_EMERGENCY}, {@link #US_ER}, {@link #UK_EMERGENCY} cannot match. */
    private static final String[] US_EMERGENCY_CLUES = {"911", "9-1-1", "emergenc", "delivery"};
    private static final String[] US_ER_CLUES = {"ER"};
    private static final String[] UK_EMERGENCY_CLUES = {"999", "a&e", "accident"};

    /** Whether text[start, end) contains one of the clues. */
    private static boolean containsIn(String text, int start, int end, String[] clues) {
        for (String clue : clues) {
            int at = text.indexOf(clue, start);
            if (at >= 0 && at + clue.length() <= end) {
                return true;
            }
        }
        return false;
    }

    /** Substrings without which {@link #US_ONLY} / {@link #UK_ONLY} cannot match: a cheap gate before the regexes. */
    private static final String[] US_ONLY_CLUES = {"911", "9-1-1", "988", "222", "lifeline", "poison control"};
    private static final String[] UK_ONLY_CLUES = {"999", "a&e", "accident", "111", "116", "samaritans"};

    private static boolean containsAny(String text, String[] clues) {
        for (String clue : clues) {
            if (text.contains(clue)) {
                return true;
            }
        }
        return false;
    }

    private static void reportAll(Pattern pattern, String folded, Findings findings, String reason) {
        Matcher m = pattern.matcher(folded);
        while (m.find()) {
            findings.span(HardRule.H12C, m.start(), m.end(), reason);
        }
    }


    private static boolean find(Pattern pattern, String text, int start, int end) {
        return pattern.matcher(text).region(start, end).find();
    }
}
