package com.safereply.core.classify.learned;

import com.safereply.core.classify.CommentClassifier;
import com.safereply.core.classify.RulesReading;
import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Comment;
import com.safereply.core.model.Jurisdiction;
import com.safereply.core.model.Language;
import com.safereply.core.profile.PracticeProfile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The policy joining rules and model, with hand-set model probabilities (the model itself is measured elsewhere). */
class CombinerTest {

    private static final Thresholds T = new Thresholds(0.3, 0.3, 0.5, 0.5, 0.5);
    private final CommentClassifier rules = new CommentClassifier();

    private RulesReading read(String text) {
        return rules.read(new Comment("c", text), PracticeProfile.demo());
    }

    private static Prediction sure(Category category) {
        double[] p = new double[Category.values().length];
        p[category.ordinal()] = 0.97;
        p[(category.ordinal() + 1) % p.length] = 0.03;
        return new Prediction(p, 0.01, 0.01, 0.1, 0.1);
    }

    @Test
    void theRulesAloneRaiseEmergencyWhenTheModelSeesFeedback() {
        Classification c = Combiner.combine(read("my dad has crushing chest pain right now"), sure(Category.FEEDBACK), T);
        assertEquals(Category.EMERGENCY, c.category());
        assertTrue(c.emergency());
        assertFalse(c.lowConfidence());
    }

    /**
     * Flagged (the emergency or crisis reply and the alert go out, so never the holding reply) but read as
     * {@code category}, with the signal that tells the approver why.
     */
    private static void assertFlaggedButReadAs(Category category, String signal, Classification c) {
        assertTrue(c.emergency(), "recall first: the flag is raised");
        assertEquals(category, c.category());
        assertFalse(c.lowConfidence(), "a flagged comment gets the emergency reply, never the holding reply");
        assertTrue(c.signals().contains(signal), c.signals().toString());
    }

    @Test
    void theModelAloneRaisesEmergencyWhenTheRulesSeeNothing() {
        RulesReading reading = read("grandpa fell off the ladder and his arm is bent the wrong way");
        Prediction p = new Prediction(sure(Category.CLINICAL_QUESTION).categories(), 0.31, 0.01, 0.9, 0.9);
        Classification c = Combiner.combine(reading, p, T);
        assertTrue(c.emergency());
        assertFalse(c.crisis());
        assertEquals(Category.EMERGENCY, c.category());
        assertTrue(c.containsPhi(), "an emergency always discloses health information");
        Prediction below = new Prediction(sure(Category.CLINICAL_QUESTION).categories(), 0.29, 0.01, 0.9, 0.9);
        assertEquals(reading.classification().emergency(), Combiner.combine(reading, below, T).emergency(),
                "under the threshold only the rules decide");
    }

    @Test
    void theModelAloneRaisesCrisisWhichIsAlwaysAlsoAnEmergencyAndStaysItsOwnFlag() {
        RulesReading reading = read("honestly so tired of all of it lately");   // words the rules do not read as a crisis
        Prediction p = new Prediction(sure(Category.COMPLAINT).categories(), 0.1, 0.4, 0.5, 0.1);
        Classification c = Combiner.combine(reading, p, T);
        assertTrue(c.crisis());
        assertTrue(c.emergency());
        assertEquals(Category.EMERGENCY, c.category());
        assertTrue(c.signals().contains("crisis: learned model"), c.signals().toString());
    }

    @Test
    void aCategoryTheModelIsUnsureOfIsLowConfidenceAndTheApproverIsTold() {
        double[] p = new double[Category.values().length];
        p[Category.COMPLAINT.ordinal()] = 0.4;
        p[Category.CLINICAL_QUESTION.ordinal()] = 0.35;
        p[Category.APPOINTMENT_ADMIN.ordinal()] = 0.25;
        Classification c = Combiner.combine(read("hmm ok then"), new Prediction(p, 0, 0, 0.2, 0.1), T);
        assertTrue(c.lowConfidence());
        assertEquals(Classification.LOW_CONFIDENCE_SIGNAL, c.signals().get(0));
    }

    @Test
    void feedbackOverNegativeContentIsNeverAThankYou() {
        double[] p = new double[Category.values().length];
        p[Category.FEEDBACK.ordinal()] = 0.7;
        p[Category.COMPLAINT.ordinal()] = 0.25;
        p[Category.SPAM.ordinal()] = 0.05;
        Classification c = Combiner.combine(read("great staff"), new Prediction(p, 0, 0, 0.1, 0.1), T);
        assertEquals(Category.FEEDBACK, c.category());
        assertTrue(c.lowConfidence(), "a quarter of the probability on complaint: hold, do not thank");

        Classification rulesSawAComplaint = Combiner.combine(read("waited three hours and the receptionist was rude"),
                sure(Category.FEEDBACK), T);
        assertTrue(rulesSawAComplaint.lowConfidence(), "the rules saw a complaint: no thank-you");
    }

    @Test
    void clearPraiseIsActedOn() {
        Classification c = Combiner.combine(read("lovely team, thank you so much"), sure(Category.FEEDBACK), T);
        assertEquals(Category.FEEDBACK, c.category());
        assertFalse(c.lowConfidence());
        assertFalse(c.urgent());
    }

    @Test
    void aTextWithoutAWordIsNotReadByTheModelAndGetsTheHoldingReply() {
        for (String text : new String[] {"", "   ", "\u0000\u0001\u0002", "?!?! ...", "\ud800"}) {
            Prediction alarmed = new Prediction(sure(Category.COMPLAINT).categories(), 0.9, 0.9, 0.9, 0.9);
            Classification c = Combiner.combine(read(text), alarmed, T);
            assertFalse(c.urgent(), "priors alone never raise an alarm");
            assertTrue(c.lowConfidence());
            assertEquals(Classification.LOW_CONFIDENCE_SIGNAL, c.signals().get(0));
        }
    }

    @Test
    void aWeakModelScoreFlagsAPossibleEmergencyButKeepsTheComment_sReading() {
        Thresholds twoTier = T.withEmergencyCategory(0.6);
        RulesReading reading = read("what does it mean when a mole gets darker over a few months");
        assertFalse(reading.classification().emergency(), "the rules see no emergency here");
        Prediction weak = new Prediction(sure(Category.CLINICAL_QUESTION).categories(), 0.4, 0.01, 0.9, 0.1);
        Classification flagged = Combiner.combine(reading, weak, twoTier);
        assertFlaggedButReadAs(Category.CLINICAL_QUESTION, Combiner.POSSIBLE_EMERGENCY_SIGNAL, flagged);
        assertTrue(flagged.containsPhi());

        Prediction strong = new Prediction(sure(Category.CLINICAL_QUESTION).categories(), 0.6, 0.01, 0.9, 0.1);
        assertEquals(Category.EMERGENCY, Combiner.combine(reading, strong, twoTier).category(),
                "at the category threshold the model reads it as an emergency");
    }

    @Test
    void withoutReadingThresholdsTheRulesEmergencyAndEveryCrisisAreReadAsEmergencies() {
        Thresholds twoTier = T.withEmergencyCategory(0.95);
        Classification rules = Combiner.combine(read("my dad has crushing chest pain right now"),
                sure(Category.FEEDBACK), twoTier);
        assertEquals(Category.EMERGENCY, rules.category());
        Prediction crisis = new Prediction(sure(Category.COMPLAINT).categories(), 0.1, 0.4, 0.5, 0.1);
        Classification modelCrisis = Combiner.combine(read("honestly whats the point of anything anymore"), crisis,
                twoTier);
        assertEquals(Category.EMERGENCY, modelCrisis.category());
        assertTrue(modelCrisis.crisis());
    }

    @Test
    void aRulesEmergencyTheModelDoesNotBackKeepsTheFlagAndTheComment_sReading() {
        Thresholds corroborated = T.withEmergencyCategory(0.6).withRulesCorroboration(0.2);
        RulesReading reading = read("my dad has crushing chest pain right now");
        assertTrue(reading.classification().emergency(), "the rules read an emergency here");
        Prediction doubtful = new Prediction(sure(Category.CLINICAL_QUESTION).categories(), 0.1, 0.01, 0.9, 0.1);

        assertFlaggedButReadAs(Category.CLINICAL_QUESTION, Combiner.POSSIBLE_EMERGENCY_RULES_SIGNAL,
                Combiner.combine(reading, doubtful, corroborated));

        Prediction backing = new Prediction(sure(Category.CLINICAL_QUESTION).categories(), 0.2, 0.01, 0.9, 0.1);
        assertEquals(Category.EMERGENCY, Combiner.combine(reading, backing, corroborated).category(),
                "at the corroboration threshold the rules' reading stands");
        assertEquals(Category.EMERGENCY, Combiner.combine(reading, doubtful, T.withEmergencyCategory(0.6)).category(),
                "without a corroboration threshold the rules' emergency always decides the category");
    }

    @Test
    void aRulesCrisisOfIntentOrMeansIsReadAsAnEmergencyWhateverTheModelSaysAndWhateverTheReadingThresholds() {
        Thresholds corroborated = T.withEmergencyCategory(0.6).withRulesCorroboration(0.5).withCrisisCategory(0.95);
        RulesReading reading = read("i have been saving up my pills and tonight is the night");
        assertTrue(reading.classification().crisis(), "the rules read a crisis here");
        Classification c = Combiner.combine(reading, sure(Category.FEEDBACK), corroborated);
        assertEquals(Category.EMERGENCY, c.category());
        assertTrue(c.crisis());
    }

    @Test
    void aRulesCrisisResting_onTheWordAloneKeepsTheFlagButNeedsTheModelToBeReadAsAnEmergency() {
        Thresholds corroborated = T.withEmergencyCategory(0.6).withRulesCorroboration(0.2).withCrisisCategory(0.7);
        RulesReading reading = read("the suicide bereavement group on thursdays has been a lifeline, thank you");
        assertTrue(reading.classification().crisis(), "recall first: the word alone raises the rules' crisis flag");
        assertTrue(reading.crisisNamedOnly());

        Classification doubted = Combiner.combine(reading, sure(Category.FEEDBACK), corroborated);
        assertTrue(doubted.crisis(), "the flag stays: the crisis reply and the alert still go out");
        assertFlaggedButReadAs(Category.FEEDBACK, Combiner.POSSIBLE_CRISIS_RULES_SIGNAL, doubted);
        assertFalse(doubted.signals().contains(Combiner.POSSIBLE_CRISIS_SIGNAL),
                "the model raised nothing: the approver is not told it did");

        Prediction backing = new Prediction(sure(Category.FEEDBACK).categories(), 0.01, 0.2, 0.9, 0.1);
        assertEquals(Category.EMERGENCY, Combiner.combine(reading, backing, corroborated).category(),
                "a crisis score at the corroboration threshold backs the rules' reading");
        Prediction backingEmergency = new Prediction(sure(Category.FEEDBACK).categories(), 0.2, 0.01, 0.9, 0.1);
        assertEquals(Category.EMERGENCY, Combiner.combine(reading, backingEmergency, corroborated).category(),
                "so does an emergency score");
        assertEquals(Category.EMERGENCY, Combiner.combine(reading, sure(Category.FEEDBACK),
                        corroborated.withRulesCorroboration(0)).category(),
                "without a corroboration threshold every rules crisis is read as an emergency");
    }

    @Test
    void theDisguisedReadingJoinsTheNamedOnlyFlagAsThePlainOneDoes() {
        RulesReading disguisedWord = read("su1c1de awareness walk this sunday, all welcome");
        assertTrue(disguisedWord.classification().crisis(), "the disguised word is read");
        assertTrue(disguisedWord.crisisNamedOnly(), "and it only names the thing");
        RulesReading disguisedIntent = read("suicide is all i think about, i want to k!ll mys3lf");
        assertTrue(disguisedIntent.classification().crisis());
        assertFalse(disguisedIntent.crisisNamedOnly(), "the disguised intent is more than the plain word");
    }

    @Test
    void anEmergencyReadFromARulesCrisisShowsTheRulesConfidence() {
        RulesReading reading = read("the suicide bereavement group on thursdays has been a lifeline, thank you");
        Prediction faint = new Prediction(sure(Category.FEEDBACK).categories(), 0.01, 0.02, 0.9, 0.1);
        Classification c = Combiner.combine(reading, faint, T.withEmergencyCategory(0.6).withRulesCorroboration(0.02));
        assertEquals(Category.EMERGENCY, c.category());
        assertTrue(c.confidence() >= reading.classification().confidence() - 1e-9,
                "an emergency reading is as sure as the rules that read it, not the model's faint 2%: " + c.confidence());
    }

    @Test
    void theWordSaidOfOneselfIsMoreThanTheWord() {
        for (String text : List.of("honestly i'm suicidal and i don't know who to tell",
                "me quiero suicidar, ya no puedo", "i've been self harming again since the weekend")) {
            RulesReading reading = read(text);
            assertTrue(reading.classification().crisis(), text);
            assertFalse(reading.crisisNamedOnly(), text);
            Classification c = Combiner.combine(reading, sure(Category.FEEDBACK),
                    T.withEmergencyCategory(0.6).withRulesCorroboration(0.5).withCrisisCategory(0.95));
            assertEquals(Category.EMERGENCY, c.category(), text);
        }
    }

    @Test
    void aWeakModelCrisisKeepsTheCrisisFlagButNotTheEmergencyReading() {
        Thresholds crisisTier = T.withEmergencyCategory(0.6).withCrisisCategory(0.7);
        RulesReading reading = read("honestly this waiting list is killing me, nobody ever calls back");
        assertFalse(reading.classification().crisis(), "the rules see no crisis here");
        Prediction weak = new Prediction(sure(Category.COMPLAINT).categories(), 0.1, 0.4, 0.5, 0.1);

        Classification flagged = Combiner.combine(reading, weak, crisisTier);
        assertTrue(flagged.crisis(), "recall first: the crisis flag is raised at the flag threshold");
        assertFlaggedButReadAs(Category.COMPLAINT, Combiner.POSSIBLE_CRISIS_SIGNAL, flagged);

        Prediction strong = new Prediction(sure(Category.COMPLAINT).categories(), 0.1, 0.7, 0.5, 0.1);
        assertEquals(Category.EMERGENCY, Combiner.combine(reading, strong, crisisTier).category(),
                "at the crisis category threshold the model reads it as an emergency");
    }

    @Test
    void aRulesEmergencyWithAWeakModelCrisisShowsBothSuspicions() {
        Thresholds tiers = T.withEmergencyCategory(0.6).withRulesCorroboration(0.2).withCrisisCategory(0.7);
        RulesReading reading = read("my dad has crushing chest pain right now");
        assertFalse(reading.classification().crisis(), "the rules read an emergency, not a crisis");
        Prediction weakCrisis = new Prediction(sure(Category.CLINICAL_QUESTION).categories(), 0.1, 0.4, 0.9, 0.1);

        Classification c = Combiner.combine(reading, weakCrisis, tiers);

        assertTrue(c.crisis());
        assertFlaggedButReadAs(Category.CLINICAL_QUESTION, Combiner.POSSIBLE_CRISIS_SIGNAL, c);
        assertTrue(c.signals().contains(Combiner.POSSIBLE_EMERGENCY_RULES_SIGNAL), c.signals().toString());
    }

    @Test
    void theCrisisCategoryThresholdIsNeverUnderTheFlag_sAndDefaultsToIt() {
        assertThrows(IllegalArgumentException.class, () -> T.withCrisisCategory(0.2));
        assertEquals(T.crisis(), T.crisisCategory(), "every crisis is read as an emergency unless a threshold is set");
        assertEquals(0.7, T.withCrisisCategory(0.7).withEmergencyCategory(0.6).withRulesCorroboration(0.1)
                .crisisCategory(), "the other reading thresholds leave it alone");
    }

    @Test
    void theCorroborationThresholdStaysWithinTheCategoryThreshold() {
        assertThrows(IllegalArgumentException.class, () -> T.withRulesCorroboration(0.4));
        assertThrows(IllegalArgumentException.class, () -> T.withRulesCorroboration(-0.1));
        assertEquals(0.0, T.rulesCorroboration(), "the rules decide unless a threshold is set");
        assertEquals(0.3, T.withEmergencyCategory(0.6).withRulesCorroboration(0.5).withEmergencyCategory(0.3)
                .rulesCorroboration(), "lowering the category threshold caps the corroboration");
    }

    @Test
    void theCategoryThresholdIsNeverUnderTheFlag_s() {
        assertThrows(IllegalArgumentException.class, () -> T.withEmergencyCategory(0.2));
        assertEquals(T.emergency(), T.emergencyCategory(), "one threshold unless a second is set");
    }

    @Test
    void aSecondModelAloneRaisesTheCrisisFlagButLeavesTheFirstReading() {
        RulesReading reading = read("honestly so tired of everything, sorry for the late reply about tuesday");
        Classification first = Combiner.combine(reading, sure(Category.APPOINTMENT_ADMIN), T);
        assertFalse(first.urgent(), "the first model and the rules see nothing");
        Prediction secondSeesACrisis = new Prediction(sure(Category.APPOINTMENT_ADMIN).categories(), 0.2, 0.31, 0.1, 0.1);

        Classification c = Combiner.withSecondOpinion(reading, first, secondSeesACrisis, T);

        assertTrue(c.crisis());
        assertFlaggedButReadAs(Category.APPOINTMENT_ADMIN, Combiner.SECOND_MODEL_CRISIS_SIGNAL, c);
        assertEquals(first.confidence(), c.confidence());
        assertTrue(c.containsPhi(), "a flagged risk is health information");
    }

    @Test
    void aSecondModel_sCrisisLiftsTheHoldingReply() {
        RulesReading reading = read("ok so this happened again");
        Prediction unsure = new Prediction(new double[] {0.2, 0.2, 0.2, 0.0, 0.2, 0.1, 0.1}, 0.01, 0.01, 0.1, 0.1);
        Classification first = Combiner.combine(reading, unsure, T);
        assertTrue(first.lowConfidence());

        Classification c = Combiner.withSecondOpinion(reading, first,
                new Prediction(unsure.categories(), 0.01, 0.31, 0.1, 0.1), T);
        assertTrue(c.crisis());
        assertFlaggedButReadAs(first.category(), Combiner.SECOND_MODEL_CRISIS_SIGNAL, c);
        assertFalse(c.signals().contains(Classification.LOW_CONFIDENCE_SIGNAL), c.signals().toString());
    }

    @Test
    void aSecondModel_sEmergencyHeadAloneRaisesTheEmergencyFlagButNoCrisis() {
        RulesReading reading = read("can only get a couple of words out between breaths, do you see asthma?");
        Prediction calm = new Prediction(sure(Category.CLINICAL_QUESTION).categories(), 0.01, 0.01, 0.9, 0.1);
        Classification first = Combiner.combine(reading, calm, T);
        assertFalse(first.urgent(), "neither the rules nor the first model flag it here");

        Classification c = Combiner.withSecondOpinion(reading, first,
                new Prediction(calm.categories(), 0.31, 0.01, 0.9, 0.1), T);
        assertFalse(c.crisis(), "the emergency head says nothing of a crisis");
        assertFlaggedButReadAs(Category.CLINICAL_QUESTION, Combiner.SECOND_MODEL_EMERGENCY_SIGNAL, c);
        assertEquals(first.confidence(), c.confidence(), "the reading stays the first model's");

        double[] emergencyCategory = sure(Category.CLINICAL_QUESTION).categories();
        emergencyCategory[Category.EMERGENCY.ordinal()] = 0.31;
        assertTrue(Combiner.withSecondOpinion(reading, first,
                        new Prediction(emergencyCategory, 0.01, 0.01, 0.9, 0.1), T).emergency(),
                "its emergency category counts as its emergency score, as in combine");
    }

    @Test
    void aSecondModelUnderItsThresholdsOrAgreeingChangesNothing() {
        RulesReading reading = read("lovely team, thank you so much");
        Classification first = Combiner.combine(reading, sure(Category.FEEDBACK), T);
        Prediction justUnder = new Prediction(sure(Category.FEEDBACK).categories(), 0.29, 0.29, 0.9, 0.9);
        assertEquals(first, Combiner.withSecondOpinion(reading, first, justUnder, T));

        RulesReading emergency = read("my dad has crushing chest pain right now");
        Classification flagged = Combiner.combine(emergency, sure(Category.FEEDBACK), T);
        Prediction agrees = new Prediction(sure(Category.EMERGENCY).categories(), 0.9, 0.01, 0.9, 0.9);
        assertEquals(flagged, Combiner.withSecondOpinion(emergency, flagged, agrees, T),
                "a flag already raised is not raised twice");
    }

    @Test
    void aSecondModelNeverSpeaksOnATextWithoutAWord() {
        RulesReading nothing = read("?!?! ...");
        Classification first = Combiner.combine(nothing, sure(Category.COMPLAINT), T);
        Prediction alarmed = new Prediction(sure(Category.COMPLAINT).categories(), 0.9, 0.9, 0.9, 0.9);
        assertEquals(first, Combiner.withSecondOpinion(nothing, first, alarmed, T));
    }

    @Test
    void aSecondModelRaisesCrisisOnAnEmergencyTheFirstFlaggedWithoutOne() {
        RulesReading reading = read("my dad has crushing chest pain right now");
        Classification first = Combiner.combine(reading, sure(Category.FEEDBACK), T);
        assertTrue(first.emergency() && !first.crisis());

        Classification c = Combiner.withSecondOpinion(reading, first,
                new Prediction(sure(Category.FEEDBACK).categories(), 0.01, 0.31, 0.1, 0.1), T);

        assertTrue(c.crisis() && c.emergency());
        assertEquals(first.category(), c.category());
        assertEquals(Combiner.SECOND_MODEL_CRISIS_SIGNAL, c.signals().get(0));
        assertTrue(c.signals().containsAll(first.signals()), "the first reading's reasons stay: " + c.signals());
    }

    @Test
    void theSecondModel_sReasonComesFirstAndTheSignalsStayWithinTheLimit() {
        RulesReading reading = read("ok so this happened again");
        List<String> six = List.of("a", "b", "c", "d", "e", "f");
        Classification first = new Classification(Category.COMPLAINT, 0.6, six, false, false, false, false, false,
                false, Language.EN, Jurisdiction.US, false);

        Classification c = Combiner.withSecondOpinion(reading, first,
                new Prediction(sure(Category.COMPLAINT).categories(), 0.01, 0.31, 0.1, 0.1), T);

        assertEquals(List.of(Combiner.SECOND_MODEL_CRISIS_SIGNAL, "a", "b", "c", "d", "e"), c.signals());
    }
}
