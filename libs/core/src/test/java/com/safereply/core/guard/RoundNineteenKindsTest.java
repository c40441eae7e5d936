package com.safereply.core.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds red-team round 19 found (docs/quality.md, "Round 19"), each written here in words of its own (none is a
 * round item): the pharmacy counter (a prescription "waiting", the system read out, "glad the generic is working",
 * "we know you well", "for you both") and allied-health clinics (a child who "will catch up", "no pasa nada", a form
 * the person signed, "never had a complaint like that", the delay "on your plan's end", details asked for in public).
 */
class RoundNineteenKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UK|Repeats usually take two days, so yours should be waiting now.|Is my repeat ready?|confirms_relationship",
            "US|La suya ya está lista en el mostrador.|¿Ya está mi receta?|confirms_relationship",
            "UK|Looking at the system, the request reached the pharmacy on time.|You lost my request again|confirms_relationship",
            "US|So glad the new inhaler is working for you!|Thanks for finding my inhaler|confirms_relationship",
            "US|We've spoken to the pharmacist who served you.|The pharmacist was rude|confirms_relationship",
            "US|Of course, we know you well! Just pop in.|Can my carer collect for me?|confirms_relationship",
            "US|En el formulario que usted firmó se explicaba el costo.|Nadie me dijo el precio|confirms_relationship",
            "US|Dr. Ortega has never had a complaint like this in 20 years.|He hurt my neck|defensive_tone",
            "US|The wait is on your insurer's end, not ours.|Two weeks for approval!|defensive_tone",
            "UK|Good things come to those who wait!|Three months for a physio slot|defensive_tone",
            "US|There's a good chance he'll catch up by first grade.|My son can't say his S sounds|medical_advice",
            "US|No pasa nada si los usa una semana más.|¿Puedo usar los lentes más tiempo?|medical_advice",
            "UK|Slightly high readings are not usually a concern.|My blood pressure was 150 at the pharmacy|medical_advice",
            "US|Sí, es compatible con la lactancia.|¿Puedo tomar ibuprofeno dando pecho?|medical_advice",
            "US|If you post the model and when you got them, we'll help.|My hearing aid whistles|solicits_phi"})
    void isUnsafeWithItsLabel(String jurisdiction, String draft, String comment, String label) {
        KindChecks.blockedWithLabel(jurisdiction, draft, comment, label);
    }

    /** Near the new shapes without breaking a rule. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|Our team is glad the new pharmacy hours are working for families.|Love the late opening|confirms a care relationship",
            "US|We're glad the new booking system is working so smoothly.|Booked online in a minute|confirms a care relationship",
            "US|Repeat prescriptions are usually ready within two working days.|How long do repeats take?|confirms a care relationship",
            "US|If you share your thoughts on our new waiting room, we'd love to hear them.|Nice renovation|asks this person to post details"})
    void theRuleIsSilent(String jurisdiction, String draft, String comment, String reason) {
        KindChecks.ruleSilent(jurisdiction, draft, comment, reason);
    }
}
