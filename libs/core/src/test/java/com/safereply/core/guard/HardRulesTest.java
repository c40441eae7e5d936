package com.safereply.core.guard;

import com.safereply.core.model.Classification;
import com.safereply.core.model.HardRule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static com.safereply.core.guard.GuardFixtures.GUARD;
import static com.safereply.core.guard.GuardFixtures.UK;
import static com.safereply.core.guard.GuardFixtures.US;
import static com.safereply.core.guard.GuardFixtures.labels;
import static com.safereply.core.guard.GuardFixtures.labelsUk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each hard rule H1–H12c with drafts that must fire it and near-misses that must not. */
class HardRulesTest {

    static void fires(HardRule rule, Set<String> labels) {
        assertTrue(labels.contains(rule.label()), () -> "expected " + rule.label() + " in " + labels);
    }

    static void doesNotFire(HardRule rule, Set<String> labels) {
        assertFalse(labels.contains(rule.label()), () -> "did not expect " + rule.label() + " in " + labels);
    }

    @Nested
    class H1ConfirmsRelationship {
        @ParameterizedTest
        @ValueSource(strings = {
                "We're sorry about your recent visit.",
                "Your next appointment is confirmed.",
                "When you came in, the team was short-staffed.",
                "You were seen by our newest hygienist.",
                "We saw you at the front desk.",
                "It was great seeing you!",
                "See you again in six months!",
                "Welcome back!",
                "Per our records, the invoice was paid.",
                "We reviewed your chart and found the note.",
                "As your doctor, I disagree.",
                "Thanks for choosing us!",
                "You are one of our long-time patients.",
                "We're glad your recovery went smoothly.",
                "Lamentamos lo ocurrido con su cita.",
                "Le atendimos lo mejor posible.",
                "Sorry for the mix-up with your fit note."})
        void phrasePatterns(String draft) {
            fires(HardRule.H1, labels(draft));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "Glad the numbing wore off quickly!",
                "So glad our midwives were there for the delivery.",
                "We all know you just wanted more pain pills.",
                "Hope the new crown feels great.",
                "It was a pleasure having you in the chair.",
                "Our team loved meeting your little one.",
                "Our hygienist took such good care of you."})
        void implicitConfirmations(String draft) {
            fires(HardRule.H1, labels(draft));
        }

        @Test
        void ukGpAndReception() {
            fires(HardRule.H1, labelsUk("Your GP must have sent you to us."));
            fires(HardRule.H1, labelsUk("You were kept waiting at reception, which is not acceptable."));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "Thank you for your feedback, your comment and your review.",
                "We hear your concerns and appreciate your patience.",
                "We're sorry to hear about your experience.",
                "We're sorry about the experience you describe.",
                "We can't confirm whether any individual is a patient.",
                "We can't say who is or isn't a patient.",
                "We welcome new patients.",
                "Our patient advocate is available at 555-0188.",
                "We'd like to make things right.",
                "We'd like to look into your concerns.",
                "Thank you for recommending us.",
                "We treat all our patients with respect."})
        void allowedExceptions(String draft) {
            assertEquals(Set.of(), labels(draft), draft);
        }
    }

    @Nested
    class H2DeniesRelationship {
        @ParameterizedTest
        @ValueSource(strings = {
                "This reviewer has never been a patient.",
                "We have no record of you.",
                "There is no such patient.",
                "You are not one of our patients.",
                "We never treated this person.",
                "He has never been seen here.",
                "We're not sure this person is a patient.",
                "Usted no es paciente nuestro."})
        void denials(String draft) {
            fires(HardRule.H2, labels(draft));
        }

        @Test
        void refusingToConfirmEitherWayIsAllowed() {
            doesNotFire(HardRule.H2, labels("We can't confirm whether this person is or is not a patient."));
            doesNotFire(HardRule.H2, labels("We never discuss patients online."));
        }
    }

    @Nested
    class H3DisclosesIdentifier {
        @ParameterizedTest
        @ValueSource(strings = {
                "Hi Sarah, thanks for the review.",
                "Thank you, Mr. Jones.",
                "We're sorry about yesterday.",
                "We're sorry about what happened on the 14th.",
                "We're sorry about 3/14.",
                "Please call 555-0199.",
                "Please call (212) 555-0143.",
                "Your file #123456 is closed.",
                "Member ID: AB12345 was updated.",
                "See https://portal.example/view?id=77.",
                "Thanks to @sunny88 (Karen Miller)!",
                "The number ending in 4821 is on our list."})
        void identifiers(String draft) {
            fires(HardRule.H3, labels(draft));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "We're open 24/7.",
                "Our hours are Mon-Fri 8am-5pm.",
                "Please call 555-0100 and ask for Maria, our practice manager.",
                "Please call +1 555-0100.",
                "Please call our privacy officer at 555-0188.",
                "Please call us today at 555-0100.",
                "Email privacy@sunrise-clinic.example with privacy questions.",
                "Visit https://sunrise-clinic.example/hours for our hours."})
        void allowed(String draft) {
            doesNotFire(HardRule.H3, labels(draft));
        }
    }

    @Nested
    class H4DisclosesClinical {
        @ParameterizedTest
        @ValueSource(strings = {
                "We're sorry your root canal hurt.",
                "We know your anxiety makes visits hard.",
                "Your biopsy is nothing to worry about.",
                "Sentimos su dolor de muela.",
                "We're sorry the Xanax didn't help you."})
        void clinicalAboutAPerson(String draft) {
            fires(HardRule.H4, labels(draft));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "If you have chest pain or trouble breathing, call 911.",
                "As general information, the CDC recommends a yearly flu vaccine for most people 6 months and older.",
                "Many people feel anxious before a root canal.",
                "We offer crowns, implants and cleanings.",
                "Please don't post your symptoms or medications here."})
        void generalFramesAreAllowed(String draft) {
            doesNotFire(HardRule.H4, labels(draft));
        }
    }

    @Nested
    class H5DisclosesFinancial {
        @ParameterizedTest
        @ValueSource(strings = {
                "We've waived your copay.",
                "Your deductible was met.",
                "Sorry Cigna denied you.",
                "We refunded the $80 you paid.",
                "Your balance went to collections."})
        void paymentAboutAPerson(String draft) {
            fires(HardRule.H5, labels(draft));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "We accept Aetna, Cigna and Medicare.",
                "New patient exams are $99.",
                "For billing questions, call 555-0100."})
        void generalBillingIsAllowed(String draft) {
            doesNotFire(HardRule.H5, labels(draft));
        }
    }

    @Nested
    class H6EchoesPhi {
        @Test
        void echoesAreH6AndAdditionsAreNot() {
            Set<String> echo = labels("We're sorry your root canal was painful.", "My root canal was so painful");
            fires(HardRule.H6, echo);
            doesNotFire(HardRule.H4, echo);
            Set<String> added = labels("We're sorry your root canal was painful.", "Worst dentist ever");
            fires(HardRule.H4, added);
            doesNotFire(HardRule.H6, added);
        }

        @Test
        void namesDatesNumbersInsurersAmountsAndHandles() {
            fires(HardRule.H6, labels("Thanks, Jenny!", "Great visit. - Jenny"));
            fires(HardRule.H6, labels("Sorry about last Tuesday.", "Last Tuesday was a disaster"));
            fires(HardRule.H6, labels("We got your message from 555-0177.", "Call me back at 555-0177"));
            fires(HardRule.H6, labels("Sorry Aetna was a hassle for you.", "Aetna would not pay"));
            fires(HardRule.H6, labels("Sorry the $300 bill surprised you.", "They billed me $300"));
            fires(HardRule.H6, labels("Thanks @jo_b!", "@jo_b loved it"));
        }

        @Test
        void staffNamesFromTheProfileAreAllowed() {
            doesNotFire(HardRule.H6, labels("Please call 555-0100 and ask for Maria.", "Maria at the desk was lovely"));
        }
    }

    @Nested
    class H7ThirdParty {
        @ParameterizedTest
        @ValueSource(strings = {
                "Your mom is recovering well after surgery.",
                "We loved treating your son.",
                "@kelly_b has never been seen here.",
                "The other reviewer was never a patient.",
                "Your husband was admitted last night."})
        void thirdPartyCare(String draft) {
            fires(HardRule.H7, labels(draft));
        }

        @Test
        void familyWithoutCareIsAllowed() {
            doesNotFire(HardRule.H7, labels("Thank you for recommending us to your friends and family!"));
        }
    }

    @Nested
    class H8MedicalAdvice {
        @ParameterizedTest
        @ValueSource(strings = {
                "Take 400 mg of ibuprofen.",
                "Use it every 6 hours.",
                "Apply it twice a day.",
                "Stop taking the antibiotics.",
                "It sounds like an infection.",
                "It's most likely a dry socket.",
                "No need to come in.",
                "That isn't an emergency.",
                "Some swelling is perfectly normal.",
                "Rinse with salt water.",
                "Your results look fine.",
                "We can call in a prescription.",
                "Tome ibuprofeno cada 8 horas."})
        void advice(String draft) {
            fires(HardRule.H8, labels(draft));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "If this is an emergency, call 911 or go to the emergency room.",
                "Call Poison Control at 1-800-222-1222.",
                "Call or text 988.",
                "We can't give medical advice on social media.",
                "We can't advise anyone online whether to stop a medication.",
                "For urgent advice that isn't an emergency, NHS 111 is available at any time."})
        void notAdvice(String draft) {
            doesNotFire(HardRule.H8, labels(draft));
        }
    }

    @Nested
    class H9DefensiveTone {
        @ParameterizedTest
        @ValueSource(strings = {
                "That is false.", "For the record, we were on time.", "Our attorney will contact you.",
                "This is defamation.", "Good luck with that.", "lol", "Sure 🙄", "We've been in business 25 years.",
                "That's on you.", "Funny that you left that out.", "Actually, we open at 8."})
        void tone(String draft) {
            fires(HardRule.H9, labels(draft));
        }

        @Test
        void neutralWordsAreAllowed() {
            doesNotFire(HardRule.H9, labels("We take your feedback seriously and appreciate it."));
            doesNotFire(HardRule.H9, labels("You are entitled to file a complaint with HHS."));
        }
    }

    @Nested
    class H10SolicitsPhi {
        @ParameterizedTest
        @ValueSource(strings = {
                "Please reply with your full name.",
                "DM us your date of birth.",
                "Send us a photo of the rash.",
                "Let us know your member ID.",
                "Please post your appointment date."})
        void solicitation(String draft) {
            fires(HardRule.H10, labels(draft));
        }

        @Test
        void warningsAndPhoneRequestsAreAllowed() {
            doesNotFire(HardRule.H10, labels("Please don't post your name or date of birth here."));
            doesNotFire(HardRule.H10, labels("Please share more details when you call us at 555-0100."));
            doesNotFire(HardRule.H10, labels("Por su privacidad, no comparta datos personales aquí."));
        }
    }

    @Nested
    class H11PracticeInitiatedContact {
        @ParameterizedTest
        @ValueSource(strings = {
                "We'll call you.", "We will reach out to you.", "We'll DM you.", "We sent you an email.",
                "Check your inbox.", "We have your number on file.", "Our manager will call you back.",
                "Le enviamos un mensaje."})
        void contact(String draft) {
            fires(HardRule.H11, labels(draft));
        }

        @Test
        void patientStartedContactIsAllowed() {
            doesNotFire(HardRule.H11, labels("Please call us at 555-0100."));
            doesNotFire(HardRule.H11, labels("Thank you for reaching out to us."));
        }
    }

    @Nested
    class H12Emergency {
        private Set<String> withEmergency(String draft) {
            return GUARD.check(draft, "x", GuardFixtures.emergency(), US).labels();
        }

        @Test
        void mustLeadWithTheRedirect() {
            assertEquals(Set.of(), withEmergency(
                    "If this is a medical emergency, please call 911 or go to the nearest emergency room now."));
            fires(HardRule.H12A, withEmergency("We're sorry. Please call 911."));
            fires(HardRule.H12A, withEmergency("Please call 555-0100 to book an appointment."));
            fires(HardRule.H12A, withEmergency(""));
            fires(HardRule.H12A, withEmergency(null));
        }

        @Test
        void riskIsDetectedFromTheCommentWhenNotClassified() {
            fires(HardRule.H12A, labels("Please call 555-0100.", "my dad has chest pain and can't breathe"));
            assertEquals(Set.of(), labels("Call 911 or go to the emergency room now.", "my dad has chest pain"));
        }

        @Test
        void ukNeedsNineNineNineOrAandE() {
            Set<String> us911 = GUARD.check("Please call 911 now.", "x", GuardFixtures.emergency(), UK).labels();
            fires(HardRule.H12A, us911);
            fires(HardRule.H12C, us911);
            assertEquals(Set.of(), GUARD.check("Please call 999 or go to A&E now.", "x", GuardFixtures.emergency(), UK)
                    .labels());
        }
    }

    @Nested
    class H12Crisis {
        @Test
        void usNeeds988And911() {
            Classification crisis = GuardFixtures.crisis();
            fires(HardRule.H12B, GUARD.check("Please call 988.", "x", crisis, US).labels());
            fires(HardRule.H12B, GUARD.check("Please call us during business hours.", "x", crisis, US).labels());
            fires(HardRule.H12B, GUARD.check("", "x", crisis, US).labels());
            assertEquals(Set.of(), GUARD.check("Call or text 988 now. If you are in immediate danger, call 911.",
                    "x", crisis, US).labels());
        }

        @Test
        void ukNeeds999And111AndSamaritans() {
            Classification crisis = GuardFixtures.crisis();
            fires(HardRule.H12B, GUARD.check("Please call 999.", "x", crisis, UK).labels());
            assertEquals(Set.of(), GUARD.check("If you're in immediate danger, call 999 or go to A&E. Call NHS 111 or "
                    + "Samaritans on 116 123.", "x", crisis, UK).labels());
        }
    }

    @Nested
    class H12cWrongResource {
        @Test
        void numbersMustMatchTheJurisdiction() {
            fires(HardRule.H12C, labels("Call 999 in an emergency."));
            fires(HardRule.H12C, labels("Call Samaritans on 116 123."));
            fires(HardRule.H12C, labelsUk("Call 911 in an emergency."));
            fires(HardRule.H12C, labelsUk("Call or text 988."));
            doesNotFire(HardRule.H12C, labels("Call 911 in an emergency."));
            doesNotFire(HardRule.H12C, labelsUk("Call 999 in an emergency."));
        }

        @Test
        void localeCheckOfNumberFormats() {
            fires(HardRule.H12C, labelsUk("Call 911 or our surgery on 020 7946 0321."));
            fires(HardRule.H12C, labels("Call 999 or our office at 555-0100."));
        }
    }
}
