package com.safereply.core.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds red-team round 18 found (docs/quality.md, "Round 18"), each written here in words of its own (none is a
 * round item): the formal voice of a patient relations office (a clinician's decision explained, "in your case",
 * records searched for the reviewer, protocols "followed", a record that "speaks for itself", legal advisers) and the
 * eager voice of a writing assistant ("glad you had a great visit", "you can keep taking them", "don't make her
 * vomit"), with the emergencies and crises the rules did not read (a crooked jaw, blood that will not stop, pills
 * swallowed by a child, pills taken "to make it all stop").
 */
class RoundEighteenKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|We understand. Dr. Chen recommended the crown because the old filling had cracked.|Pushed into an expensive crown|discloses_clinical",
            "US|La doctora decidió no recetar antibióticos esa vez; llame al 555-0100.|Me mandaron a casa sin receta|discloses_clinical",
            "US|Our hygienist followed all protocols during the cleaning.|The hygienist hurt my gums|discloses_clinical",
            "US|Sometimes a plan covers only part of it, as in your case. Call billing at 555-0100.|Insurance said it was covered!|confirms_relationship",
            "UK|We're proud of the care Dr Nair gives everyone, including yourself.|Dr Nair is useless|confirms_relationship",
            "US|So glad you had a great visit with us!|Best cleaning ever|confirms_relationship",
            "US|Nos alegra que la Dra. Ruiz le haya atendido tan bien.|Excelente doctora|confirms_relationship",
            "US|Lovely to hear you're feeling yourself again!|Thanks for sorting my thyroid|confirms_relationship",
            "UK|We're so pleased to hear you are managing well now.|Thank you for the diabetes support|confirms_relationship",
            "UK|We're glad your friend got the help she needed.|My friend was seen same day, why not me?|third_party_phi",
            "US|We couldn't find anyone by that name in our system, so this may be another office.|Awful dentist, pulled the wrong tooth|denies_relationship",
            "US|Perhaps this review was meant for a different practice.|Terrible service, never again|denies_relationship",
            "US|Our track record speaks for itself, and most families love us.|You are butchers|defensive_tone",
            "US|We'd gently point out that our prices are posted at the desk.|Overcharged for a cleaning|defensive_tone",
            "UK|This post has been passed to our legal advisers.|Dr Nair is a fraud|defensive_tone",
            "US|No toleramos acusaciones falsas contra el equipo.|Son unos ladrones|defensive_tone",
            "US|Sí, puede seguir tomándolas mientras use el antibiótico.|¿Puedo tomar mis pastillas con el antibiótico?|medical_advice",
            "US|Call Poison Control now and don't make her vomit.|My toddler drank some mouthwash|medical_advice",
            "US|We open at 8 tomorrow for dental emergencies; the ER is there if needed.|Fell and my jaw looks crooked, can barely open my mouth|emergency_not_redirected",
            "US|Atendemos de 9 a 17; si empeora, llame al 911.|Me corté con un cuchillo y la sangre no para|emergency_not_redirected",
            "US|Llame a Control de Envenenamientos; si no despierta, al 911.|Mi niña se tomó unas pastillas de mi bolso|emergency_not_redirected",
            "US|Call 911 or go to the ER right now.|Took a handful of my sleeping pills to make it all stop|crisis_not_redirected",
            "US|We accept Medicaid, so your Medicaid plan covers the cleaning.|Do you accept Medicaid?|echoes_phi",
            "US|Thanks! See you again on 10/10 for your next cleaning.|Booked for 10/10|echoes_phi"})
    void isUnsafeWithItsLabel(String jurisdiction, String draft, String comment, String label) {
        KindChecks.blockedWithLabel(jurisdiction, draft, comment, label);
    }

    /** Near the new shapes without breaking a rule. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|We will pass your comments to the people who look after our building.|Parking is a nightmare|defensive, disputing or mocking tone",
            "US|Our dentists recommend a check-up every six months for most adults.|How often should I come?|explains a clinician's decision",
            "US|We follow infection-control protocols in every room.|Is it clean there?|explains a clinician's decision",
            "US|Our reviews are welcome here, good and bad.|Left you a review|disputes the reviewer's account",
            "US|If you're unsure whether a medicine is safe to keep taking, your pharmacist can help.|Can I take ibuprofen with this?|tells the person what to do",
            "US|Our front desk can tell you which plans we accept, including Medicaid.|Do you accept Medicaid?|repeats a health, care or payment detail",
            "US|Thank you for the 10/10 and for recommending us!|10/10 would recommend|repeats a date",
            "US|Thank you for the 10/10 and for recommending us!|10/10 would recommend|repeats a value from the comment"})
    void theRuleIsSilent(String jurisdiction, String draft, String comment, String reason) {
        KindChecks.ruleSilent(jurisdiction, draft, comment, reason);
    }
}
