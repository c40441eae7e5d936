package com.safereply.core.guard;

import com.safereply.core.guard.Vocabulary.Kind;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.safereply.core.model.HardRule.H3;
import static com.safereply.core.model.HardRule.H6;

/**
 * The 164.514(b)(2) identifiers (§2 H3, §3 "Names", "Dates", "Numbers"): each one found in the draft is an echo, H6
 * {@code echoes_phi}, when the comment contains it, and otherwise an addition, H3 {@code discloses_identifier}. Staff
 * public names and the practice name from the profile, the profile's published numbers and emergency numbers are
 * allowed.
 */
final class IdentifierRules implements Rule {

    /** §3 names: greetings and honorifics on the text as written (case matters here). */
    private static final AnchoredPattern GREETING = AnchoredPattern.of(
            "(?:Hi|Hello|Hey|Dear|Thanks|Thank you|Thank You|Hola|Gracias|Estimad[oa]|Querid[oa]),?[ \\t]+(\\p{Lu}[\\p{L}']+)",
            "hi", "hello", "hey", "dear", "thanks", "thank", "hola", "gracias", "estimado", "estimada", "querido", "querida");
    private static final AnchoredPattern HONORIFIC = AnchoredPattern.of(
            "(?:Mr|Mrs|Ms|Mx|Miss|Sra|Sr|Srta)\\.?\\s+(\\p{Lu}[\\p{L}']*)",
            "mr", "mrs", "ms", "mx", "miss", "sra", "sr", "srta");
    /** §3 "'handle' (Real Name)": a real name put next to a handle. */
    private static final Pattern HANDLE_WITH_NAME = Pattern.compile(
            "(?:@[\\w.]+|['\"\u2018\u201C][^'\"\u2019\u201D]{1,30}['\"\u2019\u201D])\\s*\\(\\s*\\p{Lu}[\\p{L}']+(?:\\s+\\p{Lu}[\\p{L}']+)?\\s*\\)");
    /** The chars a {@link #HANDLE_WITH_NAME} match can start with: "@" or an opening quote. */
    private static final String HANDLE_WITH_NAME_FIRST_CHARS = "@'\"\u2018\u201C";
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w.])@([a-z0-9_.]{2,30})");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s]+");
    private static final Pattern URL_WITH_ID = Pattern.compile("id=|record|patient|chart|mrn|account|member|appointment");
    private static final Pattern HASH_ID = Pattern.compile("#\\s?(\\d{4,})");
    /** §3 "account|member ID|MRN|policy number" with a value after it. */
    private static final AnchoredPattern ID_WITH_VALUE = AnchoredPattern.of(
            "(?:(?:account|acct|member|policy|claim|case|reference|ref|patient|chart|record|confirmation|invoice)"
                    + "\\s*(?:number|no\\.?|num|id|#)?|mrn|medical record(?: number)?|nhs number)"
                    + "\\s*(?:is\\s*|ending in\\s*)?[:#]?\\s*[a-z]{0,3}\\d{3,}",
            "account", "acct", "member", "policy", "claim", "case", "reference", "ref", "patient", "chart", "record",
            "confirmation", "invoice", "mrn", "medical", "nhs");
    /** §2 H3 "phone (even partial)". */
    private static final AnchoredPattern PARTIAL_PHONE = AnchoredPattern.of(
            "(?:ending|ends) (?:in|with) \\d{2,4}\\b|last (?:four|4|two|2) digits\\b", "ending", "ends", "last");
    /** §2 H3 "address/location". */
    private static final AnchoredPattern LOCATION = AnchoredPattern.of(
            "(?<!depends on |depending on |depend on )where you live\\b|your (?:home |street |mailing |email )?address\\b|your (?:neighbou?rhood|street|house|hometown)\\b"
                    // "if your workplace would like another talk": the organisation as a client, nobody's location (round 22)
                    + "|your (?:school|workplace|employer)\\b(?!'s| would like| wants?\\b| is interested| might like| may want)|(?:your|the) photos? (?:you|of your)\\b", "where", "your", "the");

    /** Every anchor of the five anchored patterns: one lookup per token finds where any of them can start. */
    private static final Set<String> ALL_ANCHORS = AnchoredPattern.anchorsOf(GREETING, HONORIFIC, ID_WITH_VALUE,
            PARTIAL_PHONE, LOCATION);

    @Override
    public void check(GuardContext context, Findings findings) {
        int[] anchorTokens = AnchoredPattern.candidates(context.draft, ALL_ANCHORS);
        checkCommentNames(context, findings);
        checkNamePatterns(context, findings, anchorTokens);
        checkDates(context, findings);
        checkPhones(context, findings);
        checkOtherIdentifiers(context, findings, anchorTokens);
    }

    /** Any name from the comment written in the draft: addressing or naming the commenter (§9: H6 even when positive). */
    private static void checkCommentNames(GuardContext context, Findings findings) {
        AnalysedText draft = context.draft;
        for (int t = 0; t < draft.tokenCount(); t++) {
            if (context.isCommentName(t)) {
                findings.span(H6, draft.tokenStart(t), draft.tokenEnd(t), "uses a name from the comment");
            }
        }
        if (context.comment.handles.isEmpty() || draft.folded.indexOf('@') < 0) {
            return;
        }
        Matcher m = HANDLE.matcher(draft.folded);
        while (m.find()) {
            if (context.comment.handles.contains(m.group(1))) {
                findings.span(H6, m.start(), m.end(), "uses the commenter's handle");
            }
        }
    }

    private static void checkNamePatterns(GuardContext context, Findings findings, int[] anchorTokens) {
        String text = context.draft.text;
        GREETING.forEach(context.draft, text, anchorTokens, m -> reportName(context, findings, m.start(), m.end(), m.group(1)));
        HONORIFIC.forEach(context.draft, text, anchorTokens, m -> reportName(context, findings, m.start(), m.end(), m.group(1)));
        if (text.indexOf('(') >= 0) {
            Regexes.findAll(HANDLE_WITH_NAME, text, HANDLE_WITH_NAME_FIRST_CHARS,
                    handle -> findings.span(H3, handle.start(), handle.end(), "puts a real name next to a handle"));
        }
    }

    private static void reportName(GuardContext context, Findings findings, int start, int end, String name) {
        String folded = com.safereply.core.text.Texts.fold(name);
        if (!Names.looksLikeName(name, folded) || context.allowedNames.contains(folded)) {
            return;
        }
        boolean echoed = context.comment.names.contains(folded);
        findings.span(echoed ? H6 : H3, start, end, echoed ? "uses a name from the comment" : "adds a person's name");
    }

    /** A call or booking verb just before "today" / "hoy": "anyone can call today", "puede llamar hoy". */
    private static final Pattern CALL_BEFORE = Pattern.compile(
            "\\b(?:call(?: us)?|ring(?: us)?|book|llame(?:nos)?|llamar(?:nos)?|reserv\\w*|agend\\w*)\\s+$");
    /** A date that opens or closes a period of the practice's: "from 1 October", "a partir del 3 de mayo", "until May 2". */
    private static final Pattern SCHEDULE_FROM = Pattern.compile(
            "\\b(?:from|starting|beginning|until|till|through|desde|a partir del?|hasta)\\s+(?:the\\s+|el\\s+)?$");

    private static void checkDates(GuardContext context, Findings findings) {
        AnalysedText draft = context.draft;
        for (DateMentions.Mention date : DateMentions.find(draft)) {
            int s = draft.sentenceAt(date.start());
            String before = draft.folded.substring(draft.sentenceStart(s), date.start());
            if (date.relative() && (!context.has(s, Kind.PERSON) || context.has(s, Kind.CALL_TO_ACTION)
                    || context.general(s) || CALL_BEFORE.matcher(before).find())) {
                continue; // "call us today" is an invitation, not a date of service
            }
            if (!date.relative() && !context.has(s, Kind.PERSON) && SCHEDULE_FROM.matcher(before).find()) {
                continue; // "from 1 October we'll be running flu clinics": the practice's calendar (round 22)
            }
            boolean echoed = context.comment.dateKeys().contains(date.key());
            findings.span(echoed ? H6 : H3, date.start(), date.end(), echoed ? "repeats a date from the comment" : "adds a date");
        }
    }

    private static void checkPhones(GuardContext context, Findings findings) {
        for (PhoneNumbers.Found phone : context.phoneNumbers()) {
            if (context.phones.isPublished(phone.digits()) || PhoneNumbers.isAnyEmergency(phone.digits())) {
                continue; // emergency numbers of the wrong jurisdiction are H12c's business
            }
            boolean echoed = context.comment.hasNumber(phone.digits());
            findings.span(echoed ? H6 : H3, phone.start(), phone.end(),
                    echoed ? "repeats a number from the comment" : "a phone number that is not the practice's published number");
        }
    }

    private static void checkOtherIdentifiers(GuardContext context, Findings findings, int[] anchorTokens) {
        AnalysedText draft = context.draft;
        String folded = draft.folded;
        if (folded.indexOf('#') >= 0) {
            Matcher m = HASH_ID.matcher(folded);
            while (m.find()) {
                boolean echoed = context.comment.numbers().contains(m.group(1));
                findings.span(echoed ? H6 : H3, m.start(), m.end(), "an account or record number");
            }
        }
        find(ID_WITH_VALUE, draft, anchorTokens, findings, "an account, member or record number");
        find(PARTIAL_PHONE, draft, anchorTokens, findings, "part of a phone number");
        find(LOCATION, draft, anchorTokens, findings, "a person's address or location");
        for (EmailAddresses.Found email : EmailAddresses.find(folded)) {
            if (isPracticeDomain(context, email.domain(folded))) {
                continue;
            }
            boolean echoed = context.comment.emails.contains(email.address(folded));
            findings.span(echoed ? H6 : H3, email.start(), email.end(), "an email address");
        }
        if (folded.contains("http") || folded.contains("www.")) {
            Matcher m = URL.matcher(folded);
            while (m.find()) {
                if (URL_WITH_ID.matcher(m.group()).find()) {
                    findings.span(H3, m.start(), m.end(), "a link to a person's record");
                }
            }
        }
    }

    private static void find(AnchoredPattern pattern, AnalysedText draft, int[] anchorTokens, Findings findings,
                             String reason) {
        pattern.forEach(draft, draft.folded, anchorTokens, m -> findings.span(H3, m.start(), m.end(), reason));
    }

    private static boolean isPracticeDomain(GuardContext context, String domain) {
        String website = context.profile.website();
        if (website == null) {
            return false;
        }
        String host = website.toLowerCase(java.util.Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "")
                .replaceFirst("/.*$", "");
        return !host.isEmpty() && (domain.equals(host) || domain.endsWith("." + host));
    }
}
