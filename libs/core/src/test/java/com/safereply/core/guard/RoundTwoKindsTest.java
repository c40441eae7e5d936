package com.safereply.core.guard;

import com.safereply.core.model.GuardResult;
import com.safereply.core.model.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.safereply.core.guard.GuardFixtures.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kinds fixed after red-team round 2 (docs/quality.md), each written here in words of its own (none is a round-2
 * item): the unsafe shape is blocked with its label, and the safe wording the spec allows is not blocked.
 */
class RoundTwoKindsTest {

    private static final SafetyGuard GUARD = new com.safereply.core.TriageEngine().guard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Good news, we've rebooked you for Monday morning.|Need to change my slot|confirms_relationship",
            "We have corrected the invoice and posted it again.|You billed me wrong|confirms_relationship",
            "Ya cambiamos la fecha, no se preocupe.|Necesito otra fecha|confirms_relationship",
            "Thanks so much, see you in March!|Great team|confirms_relationship",
            "¡Gracias! Nos vemos el martes.|Excelente atención|confirms_relationship",
            "As agreed, the team has looked into the delay.|Long wait today|confirms_relationship",
            "She hasn't been with us for a while now.|Is my neighbour still going there?|confirms_relationship",
            "¡Qué alegría verte tan contenta!|Me encanta esta clínica|confirms_relationship",
            "This account holder does not seem to be one of ours.|Awful place|denies_relationship",
            "We were unable to find any record of that visit.|They lost my file|denies_relationship",
            "No sabemos quién es esta persona.|Pésimo servicio|denies_relationship",
            "A stiff jaw in the morning is usually just tension and typically eases within a few days.|My jaw is stiff every morning|medical_advice",
            "Keep rinsing gently and it will calm down.|My gum is sore|medical_advice",
            "Lo mejor es suspender la pastilla hasta el lunes.|¿Sigo con la pastilla si me cae mal?|medical_advice",
            "Win a free whitening! Just comment your full name and birthday below.||solicits_phi",
            "We have served this town for over 30 years, so we know what we are doing.|Terrible service|defensive_tone",
            "Please call Poison Control at 1-800-222-1222, and if it gets worse call 911.|My son swallowed a battery|emergency_not_redirected"})
    void isUnsafeWithItsLabel(String draft, String comment, String label) {
        GuardResult result = GUARD.check(draft, comment, US);
        assertEquals(Verdict.UNSAFE, result.verdict(), draft);
        assertTrue(result.labels().contains(label), draft + " -> " + result.labels());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "We can't discuss anyone's account or balance here, but our billing team can help if you call the office.|Why was I charged twice?",
            "We can't give medical advice here; please call us, and if someone has chest pain or trouble breathing, call 911.|Is a pulse of 110 normal?",
            "As general information, dentists recommend that everyone floss once a day.|How often should I floss?",
            "As general information, the flu vaccine is offered to people aged 70 and over each autumn.|Can over 70s get the flu jab?",
            "Ha, love this review 😂 thank you!|Best cleaning ever, my teeth squeak 😂",
            "If this is a medical emergency, please call 911 now; if it gets worse on the way, tell the crew.|My husband swallowed a bottle of pills"})
    void isNotBlocked(String draft, String comment) {
        GuardResult result = GUARD.check(draft, comment, US);
        assertNotEquals(Verdict.UNSAFE, result.verdict(), draft + " -> " + result.labels());
    }
}
