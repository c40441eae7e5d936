package com.safereply.core.classify;

import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Comment;
import com.safereply.core.model.Jurisdiction;
import com.safereply.core.model.Language;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.core.profile.PublishedPhone;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommentClassifierTest {

    private static final CommentClassifier CLASSIFIER = new CommentClassifier();
    private static final PracticeProfile US = PracticeProfile.demo();
    private static final PracticeProfile UK = new PracticeProfile("uk", "High Street Surgery", Jurisdiction.UK,
            List.of(Language.EN), List.of(new PublishedPhone("020 7946 0321", "main")), List.of(), "", "");

    private static Classification classify(String text) {
        return CLASSIFIER.classify(new Comment("t", text), US);
    }

    @Nested
    class Categories {
        @Test
        void serviceFailureIsAComplaint() {
            Classification c = classify("Waited two hours and the receptionist was rude. Never again.");
            assertEquals(Category.COMPLAINT, c.category());
            assertTrue(c.signals().stream().anyMatch(s -> s.startsWith("complaint:")), c.signals().toString());
        }

        @Test
        void questionAboutOwnSymptomsIsAClinicalQuestion() {
            Classification c = classify("I've had a headache and fever since Monday, should I be worried?");
            assertEquals(Category.CLINICAL_QUESTION, c.category());
            assertTrue(c.signals().contains("question form"));
        }

        @Test
        void praiseIsFeedback() {
            assertEquals(Category.FEEDBACK, classify("Lovely team, so kind and professional. Highly recommend!")
                    .category());
        }

        @Test
        void rhetoricalQuestionInAComplaintStoryIsAComplaint() {
            Classification c = classify("I rang three times about my back pain and the nurse said the doctor would"
                    + " call me. He never did. Is that how you treat patients??? Not good enough.");
            assertEquals(Category.COMPLAINT, c.category(), c.signals().toString());
        }

        @Test
        void questionWithoutAQuestionMarkStillAsks() {
            assertEquals(Category.APPOINTMENT_ADMIN, classify("are you accepting new patients this month").category());
            assertEquals(Category.CLINICAL_QUESTION,
                    classify("how long does swelling last after a wisdom tooth extraction").category());
        }

        @Test
        void narrativeOpenersAreNotQuestions() {
            assertEquals(Category.FEEDBACK, classify("When I arrived the nurse was lovely and very kind to my son."
                    + " Thank you all.").category());
        }

        @Test
        void providerSearchThatNamesAConditionIsAdmin() {
            Classification c = classify("I have had psoriasis for years and I am looking for a specialist in the"
                    + " area who treats it. Any names?");
            assertEquals(Category.APPOINTMENT_ADMIN, c.category(), c.signals().toString());
        }

        @Test
        void mixedReviewWithAClearComplaintIsAComplaint() {
            Classification c = classify("The hygienist is great. But the front desk lost my paperwork twice and"
                    + " nobody called back, so frustrating.");
            assertEquals(Category.COMPLAINT, c.category(), c.signals().toString());
        }

        @Test
        void bookingWordsInAStoryDoNotMakeABookingRequest() {
            Classification c = classify("My appointment was moved twice, then the reception said my insurance"
                    + " paperwork and referral letter were missing and I had to reschedule for the third time."
                    + " Very disappointed.");
            assertEquals(Category.COMPLAINT, c.category(), c.signals().toString());
        }

        @Test
        void praiseWithASmallSuggestionIsFeedback() {
            assertEquals(Category.FEEDBACK,
                    classify("Great dentist! Only suggestion: more parking would be nice.").category());
        }

        @Test
        void bookingHoursAndInsuranceAreAdmin() {
            assertEquals(Category.APPOINTMENT_ADMIN, classify("Are you accepting new patients?").category());
            assertEquals(Category.APPOINTMENT_ADMIN, classify("Do you take Cigna?").category());
            assertEquals(Category.APPOINTMENT_ADMIN, classify("what are your opening hours on saturday").category());
        }

        @Test
        void promotionIsSpam() {
            assertEquals(Category.SPAM, classify("check out my channel, subscribe for daily tips!").category());
            assertEquals(Category.SPAM, classify("earn money from home with crypto, visit cashfast.xyz").category());
        }

        @Test
        void insultsAndThreatsAimedAtSomeoneAreAbuse() {
            assertEquals(Category.ABUSE, classify("you are a stupid idiot").category());
            assertEquals(Category.ABUSE, classify("I know where you live, watch your back").category());
        }

        @Test
        void complaintThatAlsoAsksAQuestionStaysAComplaint() {
            assertEquals(Category.COMPLAINT,
                    classify("Why does nobody call back? Third week waiting for my results, unacceptable.")
                            .category());
        }

        @Test
        void negatedPraiseIsAComplaint() {
            assertEquals(Category.COMPLAINT, classify("would not recommend, staff not helpful at all").category());
        }
    }

    @Nested
    class Precedence {
        @Test
        void emergencyWinsOverPraise() {
            Classification c = classify("Great staff! My son just swallowed a magnet, what do I do?");
            assertEquals(Category.EMERGENCY, c.category());
            assertTrue(c.emergency());
            assertTrue(c.ingestion());
        }

        @Test
        void crisisWinsOverComplaintAndIsCategorisedEmergency() {
            Classification c = classify("The doctor was rude and honestly I don't want to live anymore");
            assertEquals(Category.EMERGENCY, c.category());
            assertTrue(c.crisis());
        }

        @Test
        void thirdPartyCrisisReportIsCaught() {
            Classification c = classify("my teenage daughter says she wants to kill herself");
            assertTrue(c.crisis());
            assertTrue(c.thirdParty());
            assertEquals(Category.EMERGENCY, c.category());
        }

        @Test
        void ambiguousEndItCountsAsCrisis() {
            assertTrue(classify("might just end it tbh").crisis());
        }

        @Test
        void obstetricEmergencyIsFlagged() {
            Classification c = classify("my water just broke and contractions are 3 minutes apart");
            assertTrue(c.emergency());
            assertTrue(c.obstetric());
        }

        @Test
        void pastEmergencyRoomVisitWithoutSymptomsIsAComplaint() {
            Classification c = classify("Your emergency room wait was 6 hours, appalling service.");
            assertEquals(Category.COMPLAINT, c.category());
            assertFalse(c.emergency());
        }

        @Test
        void longPastEmergencyInAComplaintIsAComplaint() {
            Classification c = classify("Went to your ER last year with chest pain and waited 7 hours, worst care ever.");
            assertEquals(Category.COMPLAINT, c.category());
            assertFalse(c.emergency());
        }

        @Test
        void currentDangerKeepsTheEmergencyEvenWithAPastMarker() {
            Classification c = classify("Had a stroke last year, awful care, and now her face is drooping again");
            assertTrue(c.emergency());
        }
    }

    @Nested
    class Flags {
        @Test
        void healthDisclosureIsPhi() {
            assertTrue(classify("Thanks for fixing my root canal, no pain at all").containsPhi());
            assertTrue(classify("my husband was diagnosed with diabetes, what diet helps?").containsPhi());
        }

        @Test
        void plainServiceCommentsAreNotPhi() {
            assertFalse(classify("Friendly staff and easy parking").containsPhi());
            assertFalse(classify("What are your hours?").containsPhi());
        }

        @Test
        void spamAndAbuseAreNotPhi() {
            assertFalse(classify("lose weight fast with keto pills, order now at slimfast.xyz").containsPhi());
        }

        @Test
        void thirdPartyFromRelativesAndTags() {
            assertTrue(classify("my mum has a cough, should she come in?").thirdParty());
            assertTrue(classify("@sam_99 you should go here").thirdParty());
            assertFalse(classify("great service").thirdParty());
        }

        @Test
        void jurisdictionComesFromTheProfile() {
            assertEquals(Jurisdiction.US, classify("hello").jurisdiction());
            assertEquals(Jurisdiction.UK, CLASSIFIER.classify(new Comment("t", "hello"), UK).jurisdiction());
        }

        @Test
        void signalsNeverCopyTheComment() {
            String secret = "Zyxwvut";
            Classification c = classify("My name is " + secret + " and my chest pain is bad, born 01/02/1980");
            for (String s : c.signals()) {
                assertFalse(s.contains(secret) || s.contains("1980"), s);
            }
        }
    }

    @Nested
    class DisguisedRiskWords {

        @Test
        void riskWordsWrittenToDodgeFiltersAreReadAsThePlainWords() {
            for (String disguised : new String[] {
                    "i want to k!ll mys3lf",                      // ! and a digit for letters
                    "thinking about su1c1de again tonight",
                    "I w\u200bant to d\u200bie",                 // zero-width spaces inside the words
                    "going to \u0435nd it all tonight",           // a Cyrillic e
                    "me quiero m4t4r",
                    "su1c1d3 1s the 0nly way 0ut",                // digits at a word's edge too
                    "t0n1ght 1s the n1ght, g00dby3 every0ne"}) {
                Classification c = classify(disguised);
                assertTrue(c.crisis(), disguised + " " + c.signals());
            }
        }

        @Test
        void onlyTextsWithAMarkOfADisguiseAreReadTwice() {
            for (String marked : new String[] {"k!ll", "g00dby3", "su1c1de", "\u0435nd", "w\u200bant", "s u i c i d e",
                    "m4t4r"}) {
                assertTrue(CommentClassifier.mayBeDisguised(marked), marked);
            }
            for (String plain : new String[] {"I want to end it all!", "¿Dónde está la farmacia? ¡Gracias!",
                    "back pain for 3 days", "I am a nurse", "😭😭 help"}) {
                assertFalse(CommentClassifier.mayBeDisguised(plain), plain);
            }
        }

        @Test
        void theSameMarksInOrdinaryTextRaiseNothing() {
            for (String ordinary : new String[] {
                    "can I b00k an appointment for friday!thanks",
                    "my reference is ab12345cd, please call back",
                    "Hi!Just checking my results came in",
                    "took 40mg at 3am and 2 more at 7, 1st night on them and i feel fine",
                    "the 2yo had 5ml of calpol at 4pm, b4 bed another 2.5ml"}) {
                Classification c = classify(ordinary);
                assertFalse(c.urgent(), ordinary + " " + c.signals());
            }
        }
    }

    @Nested
    class Languages {
        @ParameterizedTest
        @ValueSource(strings = {"Excelente atención, muy amables todos", "nunca contestan el telefono",
            "¿Aceptan pacientes nuevos?", "mi hijo tiene fiebre desde ayer que hago", "Gracias por todo"})
        void spanishIsDetected(String text) {
            assertEquals(Language.ES, classify(text).language());
        }

        @ParameterizedTest
        @ValueSource(strings = {"Great service, thank you", "the wait was too long", "José was lovely, thanks",
            "Do you accept Medicaid?", "ok"})
        void englishIsDetected(String text) {
            assertEquals(Language.EN, classify(text).language());
        }

        @Test
        void spanishCategoriesWork() {
            assertEquals(Category.COMPLAINT, classify("Pésima atención, la recepcionista fue grosera").category());
            assertEquals(Category.APPOINTMENT_ADMIN, classify("¿Cuál es su horario?").category());
            assertEquals(Category.EMERGENCY, classify("mi papá tiene dolor en el pecho").category());
            assertTrue(classify("ya no quiero vivir").crisis());
        }
    }

    @Nested
    class StyledText {
        @ParameterizedTest
        @ValueSource(strings = {"𝙞 𝙩𝙤𝙤𝙠 𝙖𝙡𝙡 𝙢𝙮 𝙥𝙞𝙡𝙡𝙨 𝙜𝙤𝙤𝙙𝙗𝙮𝙚", "ⓘ ⓣⓞⓞⓚ ⓐⓛⓛ ⓜⓨ ⓟⓘⓛⓛⓢ ⓖⓞⓞⓓⓑⓨⓔ",
                "🅸 🆃🅾🅾🅺 🅰🅻🅻 🅼🆈 🅿🅸🅻🅻🆂 🅶🅾🅾🅳🅱🆈🅴", "ɪ ᴛᴏᴏᴋ ᴀʟʟ ᴍʏ ᴘɪʟʟs ɢᴏᴏᴅʙʏᴇ"})
        void aCrisisInFancyLettersIsReadAsThePlainOne(String styled) {
            Classification plain = classify("i took all my pills goodbye");

            assertTrue(plain.emergency());
            assertEquals(plain, classify(styled));
        }

        @Test
        void aBookingInFancyLettersIsNotAnEmergency() {
            Classification c = classify("𝘊𝘢𝘯 𝘐 𝘣𝘰𝘰𝘬 𝘢𝘯 𝘢𝘱𝘱𝘰𝘪𝘯𝘵𝘮𝘦𝘯𝘵 𝘧𝘰𝘳 𝘛𝘶𝘦𝘴𝘥𝘢𝘺 𝘮𝘰𝘳𝘯𝘪𝘯𝘨?");

            assertEquals(Category.APPOINTMENT_ADMIN, c.category());
            assertFalse(c.emergency());
        }
    }

    @Nested
    class BadInput {
        @Test
        void nullAndEmptyAreLowConfidenceFeedback() {
            for (String text : new String[] {null, "", "   ", "\u0000\u0001"}) {
                Classification c = CLASSIFIER.classify(new Comment(null, text), US);
                assertEquals(Category.FEEDBACK, c.category());
                assertTrue(c.confidence() <= 0.3);
                assertFalse(c.containsPhi());
                assertFalse(c.signals().isEmpty());
            }
        }

        @Test
        void nullCommentAndProfileAreTolerated() {
            Classification c = CLASSIFIER.classify(null, null);
            assertNotNull(c);
            assertEquals(Jurisdiction.US, c.jurisdiction());
        }

        @Test
        void emojiOnlyFollowsTheEmojiSentiment() {
            assertEquals(Category.FEEDBACK, classify("👍👍🙏").category());
            assertEquals(Category.COMPLAINT, classify("😡😡").category());
            assertEquals(Category.FEEDBACK, classify("🔥🔥").category());
        }

        @Test
        void loneSurrogatesAndControlCharactersDoNotThrow() {
            Classification c = classify("\uD800 bad \uDFFF text \u0007\u001B chest pain");
            assertTrue(c.emergency());
        }

        @Test
        void megabyteTextIsClassifiedQuickly() {
            String big = "the staff were rude and I waited forever. ".repeat(25_000);
            long start = System.nanoTime();
            Classification c = classify(big);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(Category.COMPLAINT, c.category());
            assertTrue(millis < 2_000, "took " + millis + " ms");
        }

        @Test
        void confidenceIsAlwaysBetweenZeroAndOne() {
            for (String text : new String[] {"great", "rude rude rude rude rude", "?", "chest pain", "💩", "a".repeat(5000)}) {
                double conf = classify(text).confidence();
                assertTrue(conf >= 0 && conf <= 1, text + " -> " + conf);
            }
        }
    }

    @Test
    void classificationIsDeterministic() {
        String text = "My tooth hurts after the filling, is that normal? Staff were lovely though.";
        Classification first = classify(text);
        for (int i = 0; i < 5; i++) {
            assertEquals(first, new CommentClassifier().classify(new Comment("other-id", text), US));
        }
    }
}
