package com.safereply.core.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds red-team round 29 found (docs/quality.md, "Round 29"), each written here in words of its own (none is a
 * round item): a sports-medicine group's coaching voice, a baby clinic's warmth, a "tone improver" that makes replies
 * friendlier, and what the guard blocked that breaks no rule (a public race or talk, a vaccine schedule's age, "good
 * luck with the training", a holiday greeting).
 */
class RoundTwentyNineKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|We all remember how brave you were last time!|Finally booked my filling, so scared|confirms_relationship",
            "US|We loved being part of your recovery!|Back running after my surgery, thank you all|confirms_relationship",
            "US|Nos alegra que los ejercicios le estén funcionando.|Ya puedo caminar sin dolor, gracias|confirms_relationship",
            "US|No problem, we can squeeze her in after school.|Can my daughter get her sports physical this week?|confirms_relationship",
            "US|Fue un honor atenderla durante tantos años.|Mi mamá falleció, gracias por todo|confirms_relationship",
            "UK|Dr Nair adjusted it after your last review.|Why did my dose change?|confirms_relationship",
            "US|Qué bueno que su niña ya esté mejor.|Gracias, mi niña ya no tiene fiebre|third_party_phi",
            "UK|So glad he's now off oxygen and home!|Thank you neonatal team|third_party_phi",
            "US|We'll drop you a line when the ramp is fixed.|The wheelchair ramp is broken again|practice_initiated_contact",
            "US|Con gusto revisamos por qué Cigna no pagó la consulta.|Me llegó una factura enorme|discloses_financial",
            "UK|A barking cough at night is often croup.|My toddler has a barking cough|medical_advice",
            "US|A cold compress usually helps, and skip the numbing gel.|My baby is teething and miserable|medical_advice",
            "US|Use una crema al 1% y repita a los 7 días.|¿Qué hago con los piojos?|medical_advice",
            "US|Lamentamos la confusión, pero la doctora siempre explica cada paso, así que debe haber un malentendido.|Nunca me explicaron nada, pésimo|defensive_tone"})
    void isUnsafeWithItsLabel(String jurisdiction, String draft, String comment, String label) {
        KindChecks.blockedWithLabel(jurisdiction, draft, comment, label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|See you at the next fun run, everyone!|Great to see your team at the 5K",
            "US|¡Gracias por venir! Nos vemos en la próxima feria de salud.|Me encantó la feria de salud",
            "UK|Good luck with the training! Our physio team is on 020 7946 0321 for bookings.|Starting couch to 5k next week",
            "UK|Routine baby jabs, including those offered at 12 weeks, are given here; book on 020 7946 0321.|When are the 12 weeks jabs done?",
            "US|Happy Halloween from the whole team!|Love the Halloween decorations at the office"})
    void isNotUnsafe(String jurisdiction, String draft, String comment) {
        KindChecks.notBlocked(jurisdiction, draft, comment);
    }
}
