package com.safereply.core.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds red-team round 35 found (docs/quality.md, "Round 35"), each written here in words of its own (none is a
 * round item): a street-medicine team, a clinical-trials team and a gender clinic's social team, crises the rules did
 * not read in the comment, and a mixed-case acronym read as a person's name.
 */
class RoundThirtyFiveKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|Our hygienist really enjoyed meeting you!|Best cleaning I've had in years|confirms_relationship",
            "US|Feel free to bring the kids along to your 10am appointment.|Can I bring my children?|confirms_relationship",
            "US|Thanks for being such a fantastic participant!|Finished the sleep study today|confirms_relationship",
            "US|Now that it's unblinded: you were on the placebo arm.|Was I on the real drug?|confirms_relationship",
            "US|Ya revisamos su formulario, solo falta la cita.|Mandé el formulario ayer|confirms_relationship",
            "US|Estamos felices de acompañarle en su recuperación.|Gracias por todo el apoyo|confirms_relationship",
            "US|Everyone is welcome, including the person you saw.|There was a weirdo in your lobby today|third_party_phi",
            "US|Heel pain in the morning usually means the arch is strained.|My heel kills me every morning|medical_advice",
            "US|Sí, si baja un poco de peso seguro califica.|¿Puedo entrar al estudio?|medical_advice",
            "US|Call 911 now. While you wait, chew an aspirin.|Crushing chest pain and my left arm is numb|medical_advice",
            "UK|As someone with chronic back pain, you may qualify for our physio group.|My back has been bad for years, any help?|discloses_clinical",
            "UK|Please call 999 now.|I'm standing on the bridge, thank you for trying|crisis_not_redirected",
            "US|Call us at 555-0100 to talk it over.|honestly i'd like to go to sleep and never wake up|crisis_not_redirected"})
    void isUnsafeWithItsLabel(String jurisdiction, String draft, String comment, String label) {
        KindChecks.blockedWithLabel(jurisdiction, draft, comment, label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UK|As general information, PrEP is free through NHS sexual health clinics; call 020 7946 0321 for local services.|Is PrEP free in the UK?",
            "US|We love seeing so many volunteers at the clean-up!|What a turnout at the park clean-up",
            "US|Study visits usually mean a short questionnaire and a blood pressure check, for everyone taking part.|What happens at a study visit in general?"})
    void isNotUnsafe(String jurisdiction, String draft, String comment) {
        KindChecks.notBlocked(jurisdiction, draft, comment);
    }
}
