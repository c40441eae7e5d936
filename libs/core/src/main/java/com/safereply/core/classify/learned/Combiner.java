package com.safereply.core.classify.learned;

import com.safereply.core.classify.RulesReading;
import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the rules' reading and a model's prediction into the classification the drafter acts on. The one place the
 * policy lives, used at run time and by the trainer's evaluation alike:
 * <ul>
 *   <li><b>Emergency and crisis are recall-first:</b> the rules OR the model, each alone, raise the flag. Crisis is
 *       its own flag and always implies emergency (the label definitions). Every flagged comment gets the emergency
 *       reply and the urgent alert.</li>
 *   <li>The category is emergency for a crisis the rules read (one that rests only on the word "suicide" or
 *       "self-harm" needs the model's corroboration, below), when the model's crisis probability reaches its category
 *       threshold (never lower than the crisis flag's), when the model's emergency probability reaches its category
 *       threshold, or when the rules read an emergency and the model's score corroborates it (reaches
 *       {@link Thresholds#rulesCorroboration()}). A comment flagged by a weaker model score alone, or by the rules
 *       alone, keeps its best other reading, with the signal "possible emergency" or "possible crisis": a worried
 *       clinical question, a past scare told calmly, a hyperbolic complaint or a question about a suicide
 *       bereavement group is still what it is, answered with the emergency (or crisis) route first.</li>
 *   <li>Otherwise the category is the model's most probable non-emergency category.</li>
 *   <li><b>Low confidence:</b> a category probability under the threshold, or a thank-you that would answer negative
 *       content (the rules or the model see a complaint or abuse), sets {@code lowConfidence}: the drafter then
 *       writes a neutral holding reply and the approver sees "low confidence". Emergencies are never low confidence.</li>
 *   <li><b>A second model</b> ({@link #withSecondOpinion}; in triage the n-gram model beside the MiniLM one) may
 *       raise the crisis or the emergency flag the first did not, at its own thresholds, named in the signals; it
 *       never changes the reading.</li>
 *   <li>Ingestion, obstetric and language come from the rules; third party is the rules OR the model.</li>
 *   <li>A text without a single word or emoji is not given to the model (it would answer with its priors): the rules
 *       decide, and anything not urgent is low confidence.</li>
 * </ul>
 */
public final class Combiner {

    /** A thank-you is not drafted when complaint plus abuse get at least this much probability. */
    static final double NEGATIVE_SHARE = 0.2;
    /** Shown to approvers when the model's weaker emergency score alone raised the flag. */
    public static final String POSSIBLE_EMERGENCY_SIGNAL = "possible emergency: learned model";
    /** Shown to approvers when the rules raised the flag and the model did not corroborate the reading. */
    public static final String POSSIBLE_EMERGENCY_RULES_SIGNAL = "possible emergency: rules";
    /** Shown to approvers when the model's crisis score raised the crisis flag but stayed under its reading threshold. */
    public static final String POSSIBLE_CRISIS_SIGNAL = "possible crisis: learned model";
    /** Shown to approvers when the rules' crisis rests on the word alone and the model did not corroborate the reading. */
    public static final String POSSIBLE_CRISIS_RULES_SIGNAL = "possible crisis: rules";
    /** Shown to approvers when only the second model (the n-gram model beside the MiniLM one) raised the crisis flag. */
    public static final String SECOND_MODEL_CRISIS_SIGNAL = "possible crisis: n-gram model";
    /** Shown to approvers when only the second model raised the emergency flag (no crisis). */
    public static final String SECOND_MODEL_EMERGENCY_SIGNAL = "possible emergency: n-gram model";
    private static final int MAX_SIGNALS = 6;

    private Combiner() {
    }

    /** U+FFFD stands where sanitising removed something (a lone surrogate): it is not something the writer said. */
    private static boolean anyWordOrEmoji(String[] tokens) {
        for (String token : tokens) {
            if (!token.isEmpty() && !token.equals("\uFFFD")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Not one word or emoji (empty, whitespace, control characters, punctuation only): the model would answer with its
     * priors alone, so only the rules speak, and anything they do not flag as urgent gets the holding reply.
     */
    private static Classification noEvidence(Classification r) {
        if (r.urgent()) {
            return r;
        }
        List<String> signals = new ArrayList<>();
        signals.add(Classification.LOW_CONFIDENCE_SIGNAL);
        signals.addAll(r.signals());
        return new Classification(r.category(), r.confidence(), signals, false, false, false, false, r.containsPhi(),
                r.thirdParty(), r.language(), r.jurisdiction(), true);
    }

    /** Adds {@code more} in order, skipping repeats and {@code excluded} (may be null), up to the limit. */
    private static void appendWithinLimit(List<String> signals, List<String> more, String excluded) {
        for (String s : more) {
            if (signals.size() >= MAX_SIGNALS) {
                return;
            }
            if (!s.equals(excluded) && !signals.contains(s)) {
                signals.add(s);
            }
        }
    }

    public static Classification combine(RulesReading rules, Prediction p, Thresholds t) {
        Classification r = rules.classification();
        if (!anyWordOrEmoji(rules.tokens())) {
            return noEvidence(r);
        }
        double emergencyScore = p.emergencyScore();
        boolean modelCrisis = p.crisis() >= t.crisis();
        boolean modelEmergency = emergencyScore >= t.emergency();
        boolean crisis = r.crisis() || modelCrisis;
        boolean emergency = r.emergency() || modelEmergency || crisis;
        // the model's strongest word for urgency, emergency or crisis: what corroborates the rules' named crisis and
        // how sure an emergency reading is
        double urgencyScore = Math.max(emergencyScore, p.crisis());
        boolean corroborated = urgencyScore >= t.rulesCorroboration();
        boolean rulesRead = r.emergency() && emergencyScore >= t.rulesCorroboration();
        boolean rulesCrisisRead = r.crisis() && (!rules.crisisNamedOnly() || corroborated);
        boolean crisisRead = rulesCrisisRead || p.crisis() >= t.crisisCategory();
        boolean readAsEmergency = crisisRead || rulesRead || emergencyScore >= t.emergencyCategory();

        List<String> signals = new ArrayList<>(MAX_SIGNALS + 2);
        Category category;
        double confidence;
        boolean low = false;
        if (readAsEmergency) {
            category = Category.EMERGENCY;
            confidence = Math.max(r.urgent() ? r.confidence() : 0, urgencyScore);
            if (modelCrisis && !r.crisis()) {
                signals.add("crisis: learned model");
            } else if (modelEmergency && !r.emergency()) {
                signals.add("emergency: learned model");
            }
        } else {
            category = p.bestNonEmergency();
            double rest = 1.0 - p.of(Category.EMERGENCY);
            confidence = rest <= 0 ? 0 : p.of(category) / rest;
            if (emergency) {
                // flagged, not read as one: the emergency reply goes out, so this is never low confidence
                // each side that raised a flag without the reading says so: the approver sees why
                if (modelCrisis) {
                    signals.add(POSSIBLE_CRISIS_SIGNAL);
                }
                if (r.crisis()) {
                    signals.add(POSSIBLE_CRISIS_RULES_SIGNAL);
                }
                if (r.emergency()) {
                    signals.add(POSSIBLE_EMERGENCY_RULES_SIGNAL);
                } else if (!crisis) {
                    signals.add(POSSIBLE_EMERGENCY_SIGNAL);
                }
            }
            boolean negative = r.category() == Category.COMPLAINT || r.category() == Category.ABUSE
                    || p.of(Category.COMPLAINT) + p.of(Category.ABUSE) >= NEGATIVE_SHARE;
            low = !emergency && (confidence < t.lowConfidence() || (category == Category.FEEDBACK && negative));
            if (low) {
                signals.add(Classification.LOW_CONFIDENCE_SIGNAL);
            }
        }
        appendWithinLimit(signals, r.signals(), null);
        boolean phi = emergency || p.containsPhi() >= t.containsPhi();
        boolean thirdParty = r.thirdParty() || p.thirdParty() >= t.thirdParty();
        return new Classification(category, Math.max(0.0, Math.min(0.99, confidence)), signals, emergency, crisis,
                r.ingestion(), r.obstetric(), phi, thirdParty, r.language(), r.jurisdiction(), low);
    }

    /**
     * A second model's flags on top of a combined reading: recall first, so an emergency or a crisis is flagged when
     * <em>any</em> detector says so, and a crisis is always an emergency. Only the flags move (and what a flag implies:
     * never low confidence, health information assumed); the category, the confidence and the other flags stay the
     * first model's, so the reading the approver sees and the figures per category are unchanged, and the signals name
     * the second model. Out of fold over 276 voices (docs/quality.md, "Twenty-fifth session"), its crisis head found 9
     * of the first's 40 missed crises and 2 of its 25 missed emergencies, for 392 more false crisis flags and 209 more
     * false emergency flags; its emergency head found 3 more emergencies (absent fetal movement at term, a passing
     * stroke told calmly, asthma too breathless to speak) for 937 more false emergency flags (0.6% of the 159,901
     * comments that are not emergencies). Over 268 voices the emergency head had found none and was not read. A text
     * without a word or emoji is left to the rules, as in {@link #combine}.
     *
     * @param second the second model's prediction for the same comment
     * @param t      the second model's own thresholds (chosen out of fold for it)
     */
    public static Classification withSecondOpinion(RulesReading rules, Classification first, Prediction second,
                                                   Thresholds t) {
        boolean crisis = !first.crisis() && second.crisis() >= t.crisis();
        boolean emergency = !first.emergency() && !crisis
                && second.emergencyScore() >= t.emergency();
        if (!(crisis || emergency) || !anyWordOrEmoji(rules.tokens())) {
            return first;
        }
        // the new reason first: within the limit, the last of the first reading's signals (the rules' least) gives way
        List<String> signals = new ArrayList<>(first.signals().size() + 1);
        signals.add(crisis ? SECOND_MODEL_CRISIS_SIGNAL : SECOND_MODEL_EMERGENCY_SIGNAL);
        // a flagged comment is never low confidence, so that signal goes
        appendWithinLimit(signals, first.signals(), Classification.LOW_CONFIDENCE_SIGNAL);
        return new Classification(first.category(), first.confidence(), signals, true, first.crisis() || crisis,
                first.ingestion(), first.obstetric(), true, first.thirdParty(), first.language(), first.jurisdiction(),
                false);
    }
}
