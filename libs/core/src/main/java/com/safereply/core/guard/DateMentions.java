package com.safereply.core.guard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of service and relative dates (§3 H3 "Dates"), in English and Spanish, found in folded text. "24/7" and
 * business hours ("8am-5pm", "Mon-Fri", "open on Saturdays") are not dates about a person.
 */
final class DateMentions {

    private static final String WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    /** A weekday in English or Spanish (folded), as one group, for the shapes that name a day of the week. */
    static final String WEEKDAY_EN_ES = "(?:" + WEEKDAY + "|lunes|martes|miercoles|jueves|viernes|sabado|domingo)";
    private static final String MONTH = "january|february|march|april|may|june|july|august|september|october|november"
            + "|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";

    /** "ages 18 to 25 may decide": the modal verb, not the month (a verb follows it). */
    private static final String MODAL_NOT_MONTH = "(?! (?:be|have|not|also|need|want|decide|qualify|get|apply|take|find|feel"
            + "|notice|require|benefit|help|cause|vary|include|choose|still|wish|experience|develop|seem|look|use|go|come"
            + "|call|ask|book|see|start|stop|receive|consider|talk|speak)\\b)";

    /** A date that pins down an event: always an identifier when it is about the reader. */
    private static final Pattern SPECIFIC = Pattern.compile(
            "(?:yesterday|(?:last|this past) (?:week|month|year|night|weekend|spring|summer|fall|autumn|winter|"
                    + WEEKDAY + ")|(?:on|this|next|last|this past) (?:" + WEEKDAY + ")(?!s)|the other day"
                    + "|(?<![\\d/])\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?(?![\\d/])|on the \\d{1,2}(?:st|nd|rd|th)"
                    + "|(?:" + MONTH + ")\\.? \\d{1,2}(?:st|nd|rd|th)?\\b|(?<!\\d)(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)? (?:of )?(?:" + MONTH + ")\\b" + MODAL_NOT_MONTH
                    + "|(?:in|since|during|back in) (?:january|february|march|april|may|june|july|august|september|october"
                    + "|november|december)\\b|a (?:few|couple of) (?:days|weeks) ago|\\d+ (?:days|weeks|months) ago|two weeks ago|ayer"
                    + "|la semana pasada|el mes pasado|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) pasado)\\b");

    /** "today", "this morning": only a date about a person when the sentence is about the reader. */
    private static final Pattern RELATIVE = Pattern.compile(
            "(?:today|tonight|this (?:morning|afternoon|evening|week)|earlier today|hoy|esta manana)\\b");

    private static final Pattern HOURS_CONTEXT = Pattern.compile(
            "\\b(?:open|closed|hours|opening|abierto|cerrado|horario)\\b|\\d\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)");

    /** A date found in text: char span and a comparison key ("tuesday", "3/14"). */
    record Mention(int start, int end, String key, boolean relative) {
    }

    private DateMentions() {
    }

    /** Words a date can start with; the patterns are only tried at these tokens and at numbers. */
    private static final Set<String> SPECIFIC_ANCHORS = Words.of("yesterday", "last", "this", "on", "next", "the", "in",
            "since", "during", "back", "a", "two", "ayer", "la", "el", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> RELATIVE_ANCHORS = Words.of("today", "tonight", "this", "earlier", "hoy", "esta");

    private static final String[] WEEKDAYS = WEEKDAY.split("\\|");
    private static final String[] FULL_MONTHS = {"january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december"};

    /**
     * For common words among {@link #SPECIFIC_ANCHORS}, the words the next token must start with for {@link #SPECIFIC}
     * to have any chance there (each of these alternatives is the anchor, one space, then one of these words). "the",
     * "on", "a" and "in" start most sentences' phrases, and a regex attempt at each was a visible share of the guard;
     * a prefix test on the next token skips them. A prefix, not equality: "on monday's" is a token "monday's".
     */
    private static final Map<String, String[]> SPECIFIC_NEXT = Map.of(
            "the", new String[] {"other"},
            "a", new String[] {"few", "couple"},
            "on", concat(WEEKDAYS, "the"),
            "in", FULL_MONTHS,
            "since", FULL_MONTHS,
            "during", FULL_MONTHS,
            "back", new String[] {"in"},
            "two", new String[] {"weeks"},
            "next", WEEKDAYS,
            "last", concat(WEEKDAYS, "week", "month", "year", "night", "weekend", "spring", "summer", "fall", "autumn",
                    "winter"));

    private static String[] concat(String[] first, String... more) {
        String[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    /** False only when {@link #SPECIFIC} cannot match at token {@code t}: a cheap test before the regex attempt. */
    private static boolean specificPossible(AnalysedText text, int t, String token) {
        String[] next = SPECIFIC_NEXT.get(token);
        if (next == null) {
            return true;
        }
        String following = text.tokenOrEmpty(t + 1);
        for (String word : next) {
            if (following.startsWith(word)) {
                return true;
            }
        }
        return false;
    }

    static List<Mention> find(AnalysedText text) {
        List<Mention> found = new ArrayList<>(2);
        Matcher specific = null;
        Matcher relative = null;
        int covered = 0;
        for (int t = 0; t < text.tokenCount(); t++) {
            int start = text.tokenStart(t);
            if (start < covered) {
                continue;
            }
            String token = text.token(t);
            if (Character.isDigit(token.charAt(0))
                    || (SPECIFIC_ANCHORS.contains(token) && specificPossible(text, t, token))) {
                specific = specific != null ? specific : matcher(SPECIFIC, text.folded);
                covered = collect(specific, text.folded, start, false, found, covered);
            }
            if (start >= covered && RELATIVE_ANCHORS.contains(token)) {
                relative = relative != null ? relative : matcher(RELATIVE, text.folded);
                covered = collect(relative, text.folded, start, true, found, covered);
            }
        }
        return found;
    }

    private static Matcher matcher(Pattern pattern, String folded) {
        return pattern.matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
    }

    private static int collect(Matcher m, String folded, int start, boolean relative, List<Mention> out, int covered) {
        m.region(start, folded.length());
        if (!m.lookingAt()) {
            return covered;
        }
        String match = m.group();
        if (match.startsWith("24/7") || isInsideHours(folded, m.start(), m.end()) || isRating(folded, m.start(), match)) {
            return covered;
        }
        out.add(new Mention(m.start(), m.end(), key(match), relative));
        return m.end();
    }

    private static final Pattern RATING_BEFORE = Pattern.compile(
            "\\b(?:the|a|solid|perfect|full|easy|rated|rate|give|gave|scored|score of|un|una|el|nota de|con un)\\s$");

    /** "the 10/10", "a solid 9/10", "un 5/5": a score out of ten or five, not the tenth of October. */
    static boolean isRating(String folded, int start, String match) {
        if (!match.endsWith("/10") && !match.endsWith("/5")) {
            return false;
        }
        return RATING_BEFORE.matcher(folded.substring(Math.max(0, start - 12), start)).find();
    }

    /** Whether the date sits in a statement of business hours ("we're closed on Sunday"). */
    static boolean isInsideHours(String folded, int start, int end) {
        int from = Math.max(0, start - 40);
        int to = Math.min(folded.length(), end + 40);
        return HOURS_CONTEXT.matcher(folded.substring(from, to)).find();
    }

    /** Drops the framing words so "last Tuesday" in a comment and "on Tuesday" in a draft compare equal. */
    static String key(String match) {
        return match.replaceAll("^(?:on the|on|last|this past|this|next|the) ", "").replaceAll("(st|nd|rd|th)$", "")
                .replaceAll("\\s+", " ").trim();
    }
}
