package com.safereply.core.guard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifiers and health, care and money details the comment itself contains (§8 step 3), extracted once per
 * comment. A draft item found here is an echo (H6); a draft item not found here is an addition (H3–H5).
 *
 * <p>Names, handles and e-mails are extracted at once; health terms, dates, numbers and amounts only when a rule first
 * asks (a draft with no date never needs the comment's dates). One check owns its facts, so the lazy fields need no
 * locking.
 */
final class CommentFacts {

    static final CommentFacts NONE = new CommentFacts(null);

    private static final Pattern HANDLE = Pattern.compile("(?<![\\w.])@([a-z0-9_.]{2,30})");
    private static final Pattern HASH_ID = Pattern.compile("#\\s?(\\d{4,})");
    private static final Pattern MONEY = Pattern.compile("[$£€]\\s?(\\d[\\d,]*(?:\\.\\d\\d)?)");
    private static final Pattern NAME_CUE = Pattern.compile(
            "\\b(?:dr|mr|mrs|ms|mx|sr|sra|my name is|signed)\\.?\\s+([a-z][a-z'-]+)");
    /** The cue words of {@link #NAME_CUE}, for {@link #mayHaveNameCue}. */
    private static final String[] NAME_CUE_WORDS = {"dr", "mr", "mrs", "ms", "mx", "sr", "sra", "my name is", "signed"};

    final boolean present;
    /** The comment folded and normalised, for value echoes; "" when there is no comment. */
    final String folded;
    final Set<String> names = new HashSet<>();
    final Set<String> handles = new HashSet<>();
    final Set<String> emails = new HashSet<>();
    /** The analysed comment, kept for the facts extracted on first use; null when there is no comment. */
    private final AnalysedText comment;
    private Set<String> terms;
    private Set<String> dateKeys;
    private Set<String> numbers;
    private Set<String> amounts;
    private Set<String> waits;

    private CommentFacts(AnalysedText comment) {
        this.present = comment != null;
        this.comment = comment;
        this.folded = comment == null ? "" : comment.folded;
        if (comment == null) {
            return;
        }
        collectNames(comment);
        String folded = comment.folded;
        // each pattern needs its sigil: skip the scan when the comment has none (most comments)
        if (folded.indexOf('@') >= 0) {
            collect(HANDLE.matcher(folded), 1, handles);
            handles.forEach(handle -> names.addAll(Names.inHandle(handle)));
            for (EmailAddresses.Found email : EmailAddresses.find(folded)) {
                emails.add(keep(email.address(folded)));
            }
        }
    }

    /** Canonical clinical, financial and insurer terms of the comment. */
    Set<String> terms() {
        if (terms == null) {
            terms = new HashSet<>();
            if (comment != null) {
                for (Vocabulary.Hit hit : Vocabulary.get().scan(comment)) {
                    if (hit.is(Vocabulary.Kind.CLINICAL) || hit.is(Vocabulary.Kind.FINANCIAL) || hit.is(Vocabulary.Kind.INSURER)) {
                        terms.add(hit.canonical());
                    }
                }
            }
        }
        return terms;
    }

    /** Keys of the dates the comment mentions ({@link DateMentions.Mention#key()}). */
    Set<String> dateKeys() {
        if (dateKeys == null) {
            dateKeys = new HashSet<>();
            if (comment != null) {
                for (DateMentions.Mention date : DateMentions.find(comment)) {
                    dateKeys.add(date.key());
                }
            }
        }
        return dateKeys;
    }

    /** Phone numbers (digits) and "#1234" ids of the comment. */
    Set<String> numbers() {
        if (numbers == null) {
            numbers = new HashSet<>();
            if (comment != null) {
                if (folded.indexOf('#') >= 0) {
                    collect(HASH_ID.matcher(folded), 1, numbers);
                }
                for (PhoneNumbers.Found phone : PhoneNumbers.find(folded)) {
                    numbers.add(phone.digits());
                }
            }
        }
        return numbers;
    }

    /** Keys of the lengths of time the comment gives ({@link Waits}). */
    Set<String> waits() {
        if (waits == null) {
            waits = new HashSet<>();
            if (comment != null) {
                for (Waits.Wait wait : Waits.find(comment)) {
                    waits.add(wait.key());
                }
            }
        }
        return waits;
    }

    /** Money amounts of the comment, digits and decimal point only. */
    Set<String> amounts() {
        if (amounts == null) {
            amounts = new HashSet<>();
            if (comment != null && hasCurrency(folded)) {
                collect(MONEY.matcher(folded), 1, amounts);
            }
        }
        return amounts;
    }

    static CommentFacts of(String comment) {
        return comment == null ? NONE : new CommentFacts(AnalysedText.of(comment));
    }

    /**
     * Names: capitalised words that do not open a sentence (an opener is only a name if a capitalised word or "'s"
     * follows it), and words after "Dr", "my name is", "signed".
     */
    private void collectNames(AnalysedText comment) {
        boolean[] thing = capitalisedRunsNamingThings(comment);
        for (int t = 0; t < comment.tokenCount(); t++) {
            if (thing[t]) {
                continue; // "Armed Forces Covenant", "NHS App": a programme or a product, not a person (round 27)
            }
            String original = comment.originalToken(t);
            String folded = comment.token(t);
            String bare = folded.endsWith("'s") ? folded.substring(0, folded.length() - 2) : folded;
            if (!Names.looksLikeName(original, bare) || comment.writtenWithDigit(t)) {
                continue;
            }
            boolean opensSentence = comment.sentenceFirstToken(comment.sentenceOfToken(t)) == t;
            boolean nextIsName = t + 1 < comment.tokenCount()
                    && Names.looksLikeName(comment.originalToken(t + 1), comment.token(t + 1));
            if (!opensSentence || nextIsName || folded.endsWith("'s") || isSignature(comment, t)) {
                names.add(bare);
            }
        }
        if (!mayHaveNameCue(comment.folded)) {
            return;
        }
        Matcher cue = NAME_CUE.matcher(comment.folded);
        while (cue.find()) {
            String name = cue.group(1);
            if (!Names.looksLikeName(Character.toUpperCase(name.charAt(0)) + name.substring(1), name)) {
                continue;
            }
            names.add(name);
        }
    }

    /**
     * A cheap necessary condition for {@link #NAME_CUE}: a cue word at a word start, followed by "." or a space. Most
     * comments have none, and the regex would otherwise be tried at every char.
     */
    private static boolean mayHaveNameCue(String folded) {
        for (String cue : NAME_CUE_WORDS) {
            for (int at = folded.indexOf(cue); at >= 0; at = folded.indexOf(cue, at + 1)) {
                int after = at + cue.length();
                boolean wordStart = at == 0 || !isRegexWordChar(folded.charAt(at - 1));
                if (wordStart && after < folded.length()
                        && (folded.charAt(after) == '.' || isRegexSpace(folded.charAt(after)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code \w} for the {@code \b} test, as java.util.regex defines it without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** {@code \s} as java.util.regex defines it without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Marks the tokens of every run of capitalised words (all-caps ones included: "Op COURAGE", "VA Community Care")
     * that {@link Names#namesAThing} reads as a programme, an organisation, an event or a product.
     */
    private static boolean[] capitalisedRunsNamingThings(AnalysedText comment) {
        boolean[] thing = new boolean[comment.tokenCount()];
        int t = 0;
        while (t < comment.tokenCount()) {
            if (!capitalised(comment.originalToken(t))) {
                t++;
                continue;
            }
            int end = t;
            List<String> run = new ArrayList<>();
            while (end < comment.tokenCount() && capitalised(comment.originalToken(end))
                    && comment.sentenceOfToken(end) == comment.sentenceOfToken(t)) {
                run.add(comment.token(end));
                end++;
            }
            if (run.size() >= 2 && Names.namesAThing(run)) {
                Arrays.fill(thing, t, end, true);
            }
            t = end;
        }
        return thing;
    }

    private static boolean capitalised(String original) {
        return !original.isEmpty() && Character.isUpperCase(original.charAt(0));
    }

    /** A short sentence of names only, like "- Jenny R." closing a review. */
    private static boolean isSignature(AnalysedText comment, int t) {
        int s = comment.sentenceOfToken(t);
        int first = comment.sentenceFirstToken(s);
        int end = comment.sentenceEndToken(s);
        if (end - first > 3) {
            return false;
        }
        for (int i = first; i < end; i++) {
            String original = comment.originalToken(i);
            if (!Character.isUpperCase(original.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static void collect(Matcher m, int group, Set<String> into) {
        while (m.find()) {
            into.add(keep(m.group(group)));
        }
    }

    /** The comparison form of an extracted item: {@code [^a-z0-9@._]} removed. */
    private static String keep(String item) {
        return item.replaceAll("[^a-z0-9@._]", "");
    }

    private static boolean hasCurrency(String folded) {
        return folded.indexOf('$') >= 0 || folded.indexOf('£') >= 0 || folded.indexOf('€') >= 0;
    }

    boolean hasNumber(String digits) {
        for (String n : numbers()) {
            if (PhoneNumbers.sameNumber(n, digits) || n.equals(digits)) {
                return true;
            }
        }
        return false;
    }
}
