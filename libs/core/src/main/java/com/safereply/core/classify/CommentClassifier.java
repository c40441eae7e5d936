package com.safereply.core.classify;

import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Comment;
import com.safereply.core.model.Jurisdiction;
import com.safereply.core.model.Language;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.core.text.NormalisedText;
import com.safereply.core.text.Texts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Decides what a comment is: one primary category with confidence and signals, plus the risk and PHI flags.
 *
 * <p>Method: the text is sanitised and folded once, cut into tokens, and matched against a weighted phrase lexicon
 * ({@code lexicon.txt}); {@link Evidence} turns the matches into per-category scores (with negation and insult
 * targeting), and {@link #decide} picks the category with explicit tie-breaks. Risk (emergency, crisis) comes from
 * {@link RiskDetector} and always wins: a comment with any emergency or crisis signal is {@link Category#EMERGENCY}.
 *
 * <p>Bad input never throws: null or blank text, or text with no evidence at all, is feedback with low confidence
 * (a neutral reply is the safe default); text made only of emoji is feedback, or complaint when the emoji are
 * negative. Thread-safe and stateless after construction.
 */
public final class CommentClassifier {

    private static final String LEXICON = "lexicon.txt";
    private static final int MAX_SIGNALS = 6;
    /** Below this total evidence the classifier does not trust any category and falls back to feedback. */
    private static final double MIN_EVIDENCE = 0.6;
    private static final double NO_EVIDENCE_CONFIDENCE = 0.2;

    private final Lexicon lexicon;
    private final RiskDetector riskDetector;
    private final LanguageDetector languageDetector;

    public CommentClassifier() {
        this(new RiskDetector());
    }

    public CommentClassifier(RiskDetector riskDetector) {
        this.lexicon = SharedLexicon.INSTANCE;
        this.riskDetector = riskDetector;
        this.languageDetector = new LanguageDetector();
    }

    /** The lexicon is immutable after loading: one copy per class loader. */
    private static final class SharedLexicon {
        static final Lexicon INSTANCE = Lexicon.load(LEXICON);
    }

    public Classification classify(Comment comment, PracticeProfile profile) {
        return read(comment, profile).classification();
    }

    /**
     * The rules' classification together with what they saw: the text's tokens and the numeric cues (category scores,
     * risk, evidence sums, text shape) that the learned model takes as features next to its n-grams. Never throws.
     */
    public RulesReading read(Comment comment, PracticeProfile profile) {
        Jurisdiction jurisdiction = profile == null ? Jurisdiction.US : profile.jurisdiction();
        String sanitized = Texts.readComment(comment == null ? null : comment.text());
        String folded = Texts.fold(sanitized);
        TokenizedText text = TokenizedText.of(sanitized, folded);
        Evidence evidence = Evidence.of(lexicon.scan(text.tokens), text);
        Risk risk = pastNarrative(riskDetector.detectTokens(text.tokens).or(disguisedRisk(sanitized, text.tokens)), folded, evidence);
        Language language = languageDetector.detect(text, sanitized);
        boolean thirdParty = evidence.thirdParty || text.mentions > 0 || PersonalReference.mentionsRelative(text.tokens);

        Decision decision = risk.any() ? emergency(risk) : decide(text, evidence);
        boolean containsPhi = containsPhi(decision.category, evidence, risk, text);

        List<String> signals = new ArrayList<>(MAX_SIGNALS);
        signals.addAll(risk.signals());
        if (thirdParty && text.mentions > 0 && !evidence.thirdParty) {
            evidence.signals.add("third party: tagged user");
        }
        for (String s : orderedSignals(decision.category, evidence, text)) {
            if (signals.size() >= MAX_SIGNALS) {
                break;
            }
            if (!signals.contains(s)) {
                signals.add(s);
            }
        }
        if (signals.isEmpty()) {
            signals.add("no evidence: default category");
        }
        Classification classification = new Classification(decision.category, decision.confidence, signals,
                risk.emergency(), risk.crisis(), risk.ingestion(), risk.obstetric(), containsPhi, thirdParty, language,
                jurisdiction);
        return new RulesReading(classification, sanitized, text.tokens, RuleCues.of(scores(text, evidence), evidence, risk, text,
                classification), risk.crisisNamedOnly());
    }

    private record Decision(Category category, double confidence) {
    }

    /**
     * Whether the text holds a mark of a disguise at all, so that most comments skip the second reading: a digit or
     * "$" touching a letter, "!" with a letter on each side, a letter outside the Latin blocks (a look-alike), an
     * invisible format character, or four single letters in a row (a word spelt out).
     */
    static boolean mayBeDisguised(String s) {
        int singleLetters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean letterBefore = i > 0 && Character.isLetter(s.charAt(i - 1));
            boolean letterAfter = i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
            if (((letterBefore || letterAfter) && ((c >= '0' && c <= '9') || c == '$'))
                    || (letterBefore && letterAfter && c == '!')
                    || (c >= 0x0370 && Character.isLetter(c))
                    || Character.getType(c) == Character.FORMAT) {
                return true;
            }
            if (Character.isLetter(c)) {
                boolean single = (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
                        && (i + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 1)));
                singleLetters = single ? singleLetters + 1 : 0;
                if (singleLetters >= 4) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A letter written as "!" between letters ("d!e", "k!ll"): the filter-dodging form of an i. */
    private static final java.util.regex.Pattern BANG_FOR_I = java.util.regex.Pattern.compile("(?<=\\p{L})!(?=\\p{L})");

    /**
     * Risk words disguised to get past filters ("su1c1de", "k!ll mys3lf", look-alike Cyrillic letters, zero-width
     * characters inside a word, a word spelt letter by letter): the risk vocabulary reads the text again as the
     * guard's reader sees it ({@link NormalisedText}), with "!" between letters read as "i" and the digits the guard's
     * reader leaves at a word's edge read as letters too ({@link Leetspeak}: "1s", "th3", "g00dby3"). Only the risk
     * reading looks again, and only to add a flag: the disguise never hides what the plain text says.
     */
    private Risk disguisedRisk(String sanitized, String[] sanitizedTokens) {
        if (!mayBeDisguised(sanitized)) {
            return Risk.NONE;
        }
        String plain = BANG_FOR_I.matcher(NormalisedText.of(sanitized).text()).replaceAll("i");
        boolean unchanged = plain.equals(sanitized);
        // the guard's reader changed nothing (most often "3pm", "10mg"): the comment's own tokens, not a second pass
        String[] tokens = unchanged ? sanitizedTokens : TokenizedText.of(plain, Texts.fold(plain)).tokens;
        String[] decoded = Leetspeak.decoded(tokens);
        if (unchanged && decoded == tokens) {
            return Risk.NONE;
        }
        return riskDetector.detectTokens(decoded);
    }

    private static final double PAST_COMPLAINT_MIN = 1.5;
    /** Admin topic words outside any question only set the scene: however many there are, they add at most this. */
    private static final double NARRATIVE_ADMIN_CAP = 1.0;
    /** Complaint evidence this close to the praise makes a mixed review a complaint. */
    private static final double NEGATIVITY_BIAS = 0.7;
    /** "last year", "3 months ago", "in 2019": the emergency words describe something past. */
    private static final java.util.regex.Pattern DISTANT_PAST = java.util.regex.Pattern.compile(
            "\\b(last (week|weekend|year|month|summer|winter|spring|autumn|fall)|(\\d+|a|one|two|three|few|several|many) "
                    + "(years?|months?|weeks?) ago|in (19|20)\\d\\d|(el|la) (ano|mes|semana) pasad[oa]|hace (\\d+|un|una|unos|varios) "
                    + "(anos?|meses?|semanas?))\\b");
    /** Anything suggesting the danger is current keeps the emergency, whatever the past marker says. */
    private static final java.util.regex.Pattern CURRENT = java.util.regex.Pattern.compile(
            "\\?|\\b(now|right now|today|tonight|this (morning|afternoon|evening)|currently|still|again|at the moment|"
                    + "atm|just|keeps?|started|is having|am having|are having|help|ahora|hoy|todavia|otra vez)\\b");

    /**
     * A complaint about an emergency visit in the past ("went to your ER last year with chest pain, waited 7 hours") is a
     * complaint, not a current emergency. Only emergency signals are relaxed, only in a text that is clearly a
     * complaint, only with a marker of a past at least a week back, and only when nothing in the text suggests the
     * danger is current; crisis language is never relaxed.
     */
    private static Risk pastNarrative(Risk risk, String folded, Evidence evidence) {
        if (!risk.emergency() || risk.crisis() || evidence.complaint < PAST_COMPLAINT_MIN) {
            return risk;
        }
        if (DISTANT_PAST.matcher(folded).find() && !CURRENT.matcher(folded).find()) {
            return Risk.NONE;
        }
        return risk;
    }

    private static Decision emergency(Risk risk) {
        // More independent risk signals, more certainty; a single lexicon hit is still acted on.
        double confidence = Math.min(0.99, (risk.crisis() ? 0.9 : 0.85) + 0.04 * (risk.signals().size() - 1));
        return new Decision(Category.EMERGENCY, confidence);
    }

    /** Per-category scores and the tie-breaks between them. */
    static Map<Category, Double> scores(TokenizedText text, Evidence e) {
        boolean asks = text.questionSentences > 0;
        double questionForm = Math.min(2.0, (asks ? 1.0 : 0.0) + 0.6 * e.question);
        double healthTerms = Math.min(3.0, e.clinical) + 0.5 * Math.min(2.0, e.care);
        double healthAsked = e.healthAsked;
        double adminAsked = e.adminAsked;
        // A provider search ("looking for a specialist who treats…") names a condition only as the reason.
        double providerSearch = e.adminRequest >= 2.0 ? 0.5 : 1.0;

        double clinical;
        if (healthTerms > 0 && questionForm > 0 && (healthAsked > 0 || (e.question > 0 && e.reviewContext == 0))) {
            // asking about a health matter: the core of clinical_question
            clinical = providerSearch * healthTerms + 0.8 * questionForm + (e.firstPersonHealth > 0 ? 0.5 : 0);
        } else {
            // describing symptoms without asking about them (a rhetorical "what kind of doctor is that?" included)
            // often still seeks advice, unless it is a review of the people who gave the care
            clinical = providerSearch * 0.35 * healthTerms + (e.firstPersonHealth > 0 && e.clinical > 0 ? 0.5 : 0);
            if (e.reviewContext > 0) {
                clinical *= 0.5;
            }
        }

        // Admin topic words ("appointment", "insurance") only make an admin request when they are what is asked;
        // in a narrative they are the setting of a complaint or a thank-you.
        double admin = e.adminRequest + 1.3 * adminAsked + (adminAsked > 0 ? 0.8 : 0)
                + Math.min(NARRATIVE_ADMIN_CAP, 0.35 * (e.admin - adminAsked));
        boolean shouting = text.shoutingRatio() > 0.6;
        double complaint = e.complaint + 0.8 * e.negativeEmoji + 0.3 * e.untargetedInsult
                + (shouting && e.insultHits == 0 ? 0.5 : 0);
        double feedback = e.praise + (questionForm > 0 ? 0.3 : 1.0) * e.thanks + 0.8 * e.positiveEmoji
                + 0.9 * e.suggestion;
        double spam = e.spam + 2.0 * text.links;
        double abuse = e.threat + 1.5 * e.targetedInsult + 0.8 * e.untargetedInsult
                + (shouting && e.insultHits > 0 ? 0.8 : 0);

        Map<Category, Double> scores = new EnumMap<>(Category.class);
        scores.put(Category.COMPLAINT, complaint);
        scores.put(Category.CLINICAL_QUESTION, clinical);
        scores.put(Category.FEEDBACK, feedback);
        scores.put(Category.APPOINTMENT_ADMIN, admin);
        scores.put(Category.SPAM, spam);
        scores.put(Category.ABUSE, abuse);
        return scores;
    }

    private static Decision decide(TokenizedText text, Evidence e) {
        Map<Category, Double> scores = scores(text, e);
        Category best = null;
        double top = 0;
        double second = 0;
        for (Map.Entry<Category, Double> s : scores.entrySet()) {
            double v = s.getValue();
            if (v > top) {
                second = top;
                top = v;
                best = s.getKey();
            } else if (v > second) {
                second = v;
            }
        }
        if (best == null || top < MIN_EVIDENCE) {
            return fallback(text, e);
        }
        double complaint = scores.get(Category.COMPLAINT);
        // A complaint that also asks a question, or asks for an appointment, is still a complaint; in a story about
        // the people who gave the care ("the doctor said…", "she never…") milder complaint wording is enough.
        boolean serviceStory = e.reviewContext > 0 && e.adminRequest == 0;
        if ((best == Category.CLINICAL_QUESTION || best == Category.APPOINTMENT_ADMIN)
                && ((complaint >= 1.2 && complaint >= 0.5 * top)
                || (serviceStory && complaint >= 1.0 && complaint >= 0.35 * top))) {
            second = top;
            top = complaint;
            best = Category.COMPLAINT;
        }
        // Mixed reviews: patients who complain often open with praise ("she used to be great, but…"); a clear
        // complaint close behind the praise decides, as a reply that ignores the complaint would read as dismissive.
        if (best == Category.FEEDBACK && complaint >= 1.2 && complaint >= NEGATIVITY_BIAS * top) {
            second = top;
            top = complaint;
            best = Category.COMPLAINT;
        }
        // Threats are abuse whatever else the comment says.
        if (e.threat > 0 && best != Category.ABUSE) {
            second = top;
            top = scores.get(Category.ABUSE);
            best = Category.ABUSE;
        }
        return new Decision(best, confidence(top, second));
    }

    /** No usable evidence: emoji decide if there are any, else a neutral feedback reply with low confidence. */
    private static Decision fallback(TokenizedText text, Evidence e) {
        if (e.negativeEmoji > e.positiveEmoji) {
            return new Decision(Category.COMPLAINT, 0.4);
        }
        if (text.questionMarks > 0 && e.clinical > 0) {
            return new Decision(Category.CLINICAL_QUESTION, 0.35);
        }
        return new Decision(Category.FEEDBACK, e.positiveEmoji > 0 ? 0.45 : NO_EVIDENCE_CONFIDENCE);
    }

    /** Margin over the runner-up, damped when there is little evidence overall. */
    private static double confidence(double top, double second) {
        double margin = (top - second) / (top + 1.0);
        double strength = Math.min(1.0, top / 3.0);
        double c = 0.3 + 0.45 * margin + 0.25 * strength;
        return Math.max(0.05, Math.min(0.99, c));
    }

    /**
     * Health information is disclosed when a health term or care received appears in a comment about a particular
     * person (the writer, a relative, a tagged user), or when there is any emergency or crisis. A general question
     * ("what's the difference between a cold and the flu?") discloses nothing. Spam and abuse are not treated as
     * disclosures: their health words are rarely about a person.
     */
    private static boolean containsPhi(Category category, Evidence e, Risk risk, TokenizedText text) {
        if (risk.any()) {
            return true;
        }
        if (category == Category.SPAM || category == Category.ABUSE) {
            return false;
        }
        boolean healthTerms = e.clinicalHits > 0 || e.care > 0;
        if (!healthTerms) {
            return false;
        }
        boolean personal = e.thirdParty || e.firstPersonHealth > 0 || text.mentions > 0 || e.opensWithHealthTerm
                || PersonalReference.aboutSomeone(text.tokens);
        // only a one-sentence question that names nobody is read as a general question; any narrative around it
        // ("... Still numb after 5 hours") is taken as being about the writer
        boolean generalQuestion = (text.questionMarks > 0 || e.question > 0) && text.sentenceCount() <= 1;
        return personal || !generalQuestion;
    }

    /** The chosen category's own evidence first, so the approver sees why; then flags. */
    private static List<String> orderedSignals(Category category, Evidence e, TokenizedText text) {
        List<String> first = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        if (category == Category.CLINICAL_QUESTION && text.questionMarks > 0) {
            first.add("question form");
        }
        if (category == Category.SPAM && text.links > 0) {
            first.add("spam: link");
        }
        for (String s : e.signals) {
            (belongsTo(category, s) ? first : rest).add(s);
        }
        first.addAll(rest);
        return first;
    }

    private static boolean belongsTo(Category category, String signal) {
        return switch (category) {
            case COMPLAINT -> signal.startsWith("complaint");
            case FEEDBACK -> signal.startsWith("praise") || signal.startsWith("suggestion");
            case CLINICAL_QUESTION -> signal.startsWith("clinical") || signal.startsWith("care")
                    || signal.startsWith("question") || signal.startsWith("first-person");
            case APPOINTMENT_ADMIN -> signal.startsWith("admin");
            case SPAM -> signal.startsWith("spam");
            case ABUSE -> signal.startsWith("abuse");
            case EMERGENCY -> signal.startsWith("emergency") || signal.startsWith("crisis");
        };
    }
}
