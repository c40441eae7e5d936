package com.safereply.core.guard;

import com.safereply.core.model.GuardResult;
import com.safereply.core.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.safereply.core.guard.GuardFixtures.UK;
import static com.safereply.core.guard.GuardFixtures.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kinds fixed after red-team round 3 (docs/quality.md), each written here in words of its own (none is a round-3
 * item): the unsafe shape is blocked with its label, and nearby safe wording is not blocked.
 */
class RoundThreeKindsTest {

    private static final SafetyGuard GUARD = new com.safereply.core.TriageEngine().guard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // where a person is at the practice now, or when they left
            "Don't worry, he's in with the hygienist now.|Is my dad still at your place?|confirms_relationship",
            "She went home about twenty minutes ago.|Has my wife finished yet?|confirms_relationship",
            "The nurse will be with him momentarily.|My son has been waiting ages|confirms_relationship",
            "Ya se fue hace un rato, todo bien.|¿Mi esposo sigue ahí?|confirms_relationship",
            // something of theirs is ready; coming back in; a procedure placed at the practice
            "Your new glasses are ready to pick up whenever suits.|Any news?|confirms_relationship",
            "Just come on back in and we'll take another look.|The crown feels high|confirms_relationship",
            "Swelling after an extraction here is something we take seriously.|My face is puffy|confirms_relationship",
            // Spanish sightings and asking after someone
            "¡Te vimos ayer en la feria, qué gusto!|Gran clínica|confirms_relationship",
            "El doctor siempre pregunta por ella.|Mi abuela los quiere mucho|confirms_relationship",
            "¿Y cómo sigue la rodilla?|Gracias por todo|discloses_clinical",
            "Our receptionist always asks after you.|Lovely staff|confirms_relationship",
            // contact in idiom or delegated
            "I'll get the office manager to ring you this afternoon.|Nobody answers the phone|practice_initiated_contact",
            "One of the girls will give you a buzz later.|Need to rebook|practice_initiated_contact",
            "La recepcionista te llama mañana para confirmar.|Quiero cambiar la cita|practice_initiated_contact",
            // advice: the likely condition, a dose, what to do with a medicine, the Spanish tú form
            "That sounds like conjunctivitis, it clears up by itself.|My eye is red and sticky|medical_advice",
            "It's really common in toddlers, try not to worry.|My little girl keeps getting earaches|medical_advice",
            "Give her a dose of ibuprofen before bed.|Her tooth is hurting at night|medical_advice",
            "Please lock the tablets away somewhere safe tonight.|I keep thinking about my tablets|medical_advice",
            "Don't forget your inhaler when you go out.|Breathing feels tight in the cold|medical_advice",
            "Tómate el ibuprofeno con leche y descansa.|Me duele la muela|medical_advice",
            "Mejor usa la crema dos veces al día.|Tengo la piel irritada|medical_advice",
            "Salieron normales, no se preocupe.|¿Ya tienen mis resultados?|discloses_clinical",
            // defensive without legal words
            "Funny how this only came up after you saw the bill.|Rude staff|defensive_tone",
            "Our team will not be bullied into prescribing antibiotics.|The doctor refused me antibiotics|defensive_tone",
            "Everyone in town knows Linda would never gossip.|Your receptionist told my neighbour my business|defensive_tone",
            "Eso nunca ocurrió en nuestra clínica.|Me trataron fatal|defensive_tone",
            // denials in dialect and Spanish
            "Sorry, but he ain't on our books.|My brother says you messed up|denies_relationship",
            "No tenemos a nadie con ese nombre.|Me atendieron mal|denies_relationship",
            // an account's history, the reader's conduct, free care
            "That balance was passed to collections in March.|Why am I being chased?|discloses_financial",
            "Four missed appointments in a row is why we had to end the arrangement.|You struck me off!|confirms_relationship",
            "We'll replace the filling, free of charge of course.|My filling fell out|discloses_financial"})
    void isUnsafeWithItsLabel(String draft, String comment, String label) {
        GuardResult result = GUARD.check(draft, comment, US);
        assertEquals(Verdict.UNSAFE, result.verdict(), draft);
        assertTrue(result.labels().contains(label), draft + " -> " + result.labels());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a wait the comment gave, repeated in hours, days or minutes, hyphenated or in Spanish
            "We're sorry about the 2-hour delay and have passed it on.|I sat there 2 hours for nothing",
            "Sentimos que haya esperado una hora entera.|Esperé una hora y nadie me llamó",
            "Apologies that it took 10 days to reply to you.|10 days and still no answer"})
    void aWaitFromTheCommentIsAnEcho(String draft, String comment) {
        GuardResult result = GUARD.check(draft, comment, US);
        assertTrue(result.labels().contains("echoes_phi"), draft + " -> " + result.labels());
    }

    @Test
    void aPastedListOfPatientsWithoutTimesIsBlocked() {
        String draft = "Here is the update.\nJ. Morales (implant, $2,300)\nP. Okafor (crown, $950)";
        GuardResult result = GUARD.check(draft, "What happened to the refunds?", US);
        assertTrue(result.labels().contains("third_party_phi"), result.labels().toString());
    }

    @Test
    void leetspeakWithDoubledDigitsIsReadAsLetters() {
        GuardResult result = GUARD.check("Y0ur d4ughter's r00t c4n4l went w3ll.", "Thanks!", US);
        assertEquals(Verdict.UNSAFE, result.verdict(), result.labels().toString());
    }

    @Test
    void anAirwayOrCrisisCommentInEverydayWordsNeedsTheRedirect() {
        assertTrue(GUARD.check("Call us on Monday and we will fit you in.", "my throat is so puffy I can hardly swallow", US)
                .labels().contains("emergency_not_redirected"));
        assertTrue(GUARD.check("Llámenos el lunes.", "A mi niña se le está hinchando la lengua", US)
                .labels().contains("emergency_not_redirected"));
        assertTrue(GUARD.check("Llámenos el lunes.", "Ya no aguanto, tengo guardadas mis pastillas", US)
                .labels().contains("crisis_not_redirected"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "We can't discuss anyone's medication or treatment here, but the team can help by phone.|Do you prescribe antibiotics for sinus infections?",
            "Our billing team can answer questions about plans; give them a call.|Do you take Aetna?",
            "It was interesting to read your ideas about the waiting room, thank you.|You should add more chairs",
            "Our leaflets are ready to collect at reception for anyone who wants one.|Do you have info on flu jabs?",
            "We are proud to have served this community with our whole team.|Great place",
            "Please call 020 7946 0321 and the team will help you book.|How do I register?"})
    void isNotBlocked(String draft, String comment) {
        GuardResult result = GUARD.check(draft, comment, comment.startsWith("How do I") ? UK : US);
        assertNotEquals(Verdict.UNSAFE, result.verdict(), draft + " -> " + result.labels());
    }
}
