package com.safereply.core.draft;

import com.safereply.core.Classifications;
import com.safereply.core.classify.CommentClassifier;
import com.safereply.core.guard.SafetyGuard;
import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;
import com.safereply.core.model.GuardResult;
import com.safereply.core.model.Jurisdiction;
import com.safereply.core.model.Language;
import com.safereply.core.model.Reply;
import com.safereply.core.model.ReplyAction;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.core.profile.PublishedPhone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplyDrafterTest {

    private static final PracticeProfile US = new PracticeProfile("us-1", "Sunrise Family Clinic", Jurisdiction.US,
            List.of(Language.EN, Language.ES),
            List.of(new PublishedPhone("555-0100", "main"), new PublishedPhone("555-0111", "nurse"),
                    new PublishedPhone("555-0188", "privacy")),
            List.of("Maria"), "Mon-Fri 8am-5pm", "https://sunrise.example");
    private static final PracticeProfile UK = new PracticeProfile("uk-1", "Leeds Road Dental", Jurisdiction.UK,
            List.of(Language.EN, Language.ES), List.of(new PublishedPhone("0113 496 0123", null)),
            List.of(), "Monday to Friday, 8am-6pm", null);

    private final ReplyDrafter drafter = new ReplyDrafter();
    private final SafetyGuard guard = new SafetyGuard(new CommentClassifier());

    /** Every situation a comment can put the drafter in, for both jurisdictions and both languages. */
    static Stream<Arguments> everySituation() {
        List<Arguments> cases = new ArrayList<>();
        for (PracticeProfile profile : List.of(US, UK)) {
            Jurisdiction j = profile.jurisdiction();
            for (Language language : Language.values()) {
                for (Category category : Category.values()) {
                    cases.add(Arguments.of(profile, Classifications.of(category, language, j)));
                }
                cases.add(Arguments.of(profile, Classifications.emergency(language, j, true, false)));
                cases.add(Arguments.of(profile, Classifications.emergency(language, j, false, true)));
                cases.add(Arguments.of(profile, Classifications.crisis(language, j, false)));
                cases.add(Arguments.of(profile, Classifications.crisis(language, j, true)));
                cases.add(Arguments.of(profile, Classifications.thirdParty(Category.CLINICAL_QUESTION, language, j)));
                for (Category category : Category.values()) {
                    if (category != Category.EMERGENCY) {
                        cases.add(Arguments.of(profile, Classifications.lowConfidence(category, language, j)));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("everySituation")
    void everyWordingOfEverySituationPassesTheGuard(PracticeProfile profile, Classification classification) {
        for (Reply reply : drafter.alternatives(classification, profile)) {
            GuardResult result = guard.check(reply.text(), null, classification, profile);
            assertTrue(result.safe(), reply.templateId() + " -> " + result.violations() + "\n" + reply.text());
        }
    }

    @ParameterizedTest
    @MethodSource("everySituation")
    void everySituationHasAWordingInTheReplyLanguage(PracticeProfile profile, Classification classification) {
        List<Reply> wordings = drafter.alternatives(classification, profile);
        assertFalse(wordings.isEmpty());
        if (classification.category() != Category.SPAM) {
            for (Reply reply : wordings) {
                assertFalse(reply.text().contains("{"), "unfilled placeholder: " + reply.text());
                boolean spanish = reply.text().matches("(?s).*\\b(llame|podemos|Gracias|Si|su|equipo)\\b.*");
                assertEquals(classification.language() == Language.ES, spanish, reply.text());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    void lowConfidenceGetsTheSameNeutralHoldingReplyWhateverTheCategoryWithoutThanks(Category category) {
        if (category == Category.EMERGENCY) {
            return; // emergencies are never low confidence: they are acted on
        }
        for (PracticeProfile profile : List.of(US, UK)) {
            for (Language language : Language.values()) {
                List<Reply> holding = drafter.alternatives(Classifications.lowConfidence(category, language,
                        profile.jurisdiction()), profile);
                assertEquals(drafter.alternatives(Classifications.lowConfidence(Category.FEEDBACK, language,
                        profile.jurisdiction()), profile), holding, "one holding reply for every category");
                for (Reply reply : holding) {
                    assertTrue(reply.templateId().startsWith("holding."), reply.templateId());
                    assertEquals(ReplyAction.REPLY, reply.action(), "a low-confidence comment is never hidden as spam");
                    assertFalse(reply.text().toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\b(thank|thanks|appreciate|gracias|agradecemos)\\b.*"),
                            reply.text());
                    assertTrue(reply.text().matches("(?s).*\\b(911|999)\\b.*"), "the emergency route is in every holding reply");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void emergencyDraftsLeadWithTheJurisdictionsEmergencyNumber(Language language) {
        String us = firstSentence(drafter.draft("e1", Classifications.emergency(language, Jurisdiction.US, false, false), US).text());
        String uk = firstSentence(drafter.draft("e1", Classifications.emergency(language, Jurisdiction.UK, false, false), UK).text());

        assertTrue(us.contains("911"), us);
        assertTrue(uk.contains("999") && uk.contains("A&E"), uk);
        assertFalse(uk.contains("911"), uk);
    }

    @Test
    void ingestionAddsPoisonControlAndObstetricAddsLaborAndDelivery() {
        String ingestion = drafter.draft("e2", Classifications.emergency(Language.EN, Jurisdiction.US, true, false), US).text();
        String labor = drafter.draft("e3", Classifications.emergency(Language.EN, Jurisdiction.US, false, true), US).text();

        assertTrue(ingestion.contains("1-800-222-1222"), ingestion);
        assertTrue(labor.contains("labor and delivery"), labor);
        assertTrue(firstSentence(ingestion).contains("911"), "the redirect still leads: " + ingestion);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void crisisDraftsGiveTheJurisdictionsCrisisResources(Language language) {
        for (boolean alsoEmergency : new boolean[] {false, true}) {
            for (Reply us : drafter.alternatives(Classifications.crisis(language, Jurisdiction.US, alsoEmergency), US)) {
                assertTrue(us.text().contains("988") && us.text().contains("911"), us.text());
                assertFalse(us.text().contains("999") || us.text().contains("116 123"), us.text());
            }
            for (Reply uk : drafter.alternatives(Classifications.crisis(language, Jurisdiction.UK, alsoEmergency), UK)) {
                assertTrue(uk.text().contains("999") && uk.text().contains("111") && uk.text().contains("116 123"), uk.text());
                assertFalse(uk.text().contains("988") || uk.text().contains("911"), uk.text());
            }
        }
    }

    @Test
    void theSameCommentIdAlwaysGetsTheSameWordingAndIdsSpreadOverWordings() {
        Classification complaint = Classifications.of(Category.COMPLAINT, Language.EN, Jurisdiction.US);
        Set<String> templates = new HashSet<>();
        IntStream.range(0, 60).forEach(i -> {
            Reply first = drafter.draft("comment-" + i, complaint, US);
            Reply again = drafter.draft("comment-" + i, complaint, US);
            assertEquals(first, again);
            templates.add(first.templateId());
        });
        assertEquals(drafter.alternatives(complaint, US).size(), templates.size(), "all wordings get used");
    }

    @Test
    void spamIsHiddenWithoutAReplyAndAbuseGetsABoundaryStatement() {
        Reply spam = drafter.draft("s", Classifications.of(Category.SPAM, Language.EN, Jurisdiction.US), US);
        Reply abuse = drafter.draft("a", Classifications.of(Category.ABUSE, Language.EN, Jurisdiction.US), US);

        assertEquals(ReplyAction.HIDE, spam.action());
        assertEquals("", spam.text());
        assertEquals(ReplyAction.BOUNDARY_STATEMENT, abuse.action());
        assertTrue(abuse.text().contains("respectful"), abuse.text());
    }

    @Test
    void repliesUseTheProfilesNumbersAndClinicalQuestionsGoToTheNurseLine() {
        String complaint = drafter.draft("c", Classifications.of(Category.COMPLAINT, Language.EN, Jurisdiction.US), US).text();
        String clinical = drafter.draft("q", Classifications.of(Category.CLINICAL_QUESTION, Language.EN, Jurisdiction.US), US).text();
        String ukComplaint = drafter.draft("c", Classifications.of(Category.COMPLAINT, Language.EN, Jurisdiction.UK), UK).text();

        assertTrue(complaint.contains("555-0100"), complaint);
        assertTrue(clinical.contains("555-0111"), clinical);
        assertTrue(ukComplaint.contains("0113 496 0123"), ukComplaint);
    }

    @Test
    void aSpanishCommentToAnEnglishOnlyPracticeIsAnsweredInEnglish() {
        PracticeProfile englishOnly = new PracticeProfile("en-only", "Clinic", Jurisdiction.US, List.of(Language.EN),
                List.of(new PublishedPhone("555-0100", null)), List.of(), null, null);

        String reply = drafter.draft("x", Classifications.of(Category.COMPLAINT, Language.ES, Jurisdiction.US), englishOnly).text();

        assertTrue(reply.startsWith("Thank") || reply.startsWith("We"), reply);
    }

    @Test
    void questionsAboutSomeoneElseGetTheThirdPartyWording() {
        Reply reply = drafter.draft("t", Classifications.thirdParty(Category.CLINICAL_QUESTION, Language.EN, Jurisdiction.US), US);

        assertTrue(reply.templateId().startsWith("third_party_inquiry"), reply.templateId());
    }

    @Test
    void everyReplyIsBrief() {
        everySituation().forEach(args -> {
            for (Reply reply : drafter.alternatives((Classification) args.get()[1], (PracticeProfile) args.get()[0])) {
                int words = reply.text().isBlank() ? 0 : reply.text().trim().split("\\s+").length;
                assertTrue(words <= 80, words + " words: " + reply.text());
            }
        });
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
