package com.safereply.core.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds red-team round 15 found (docs/quality.md, "Round 15"), each written here in words of its own (none is a
 * round item): bilingual and translated replies whose Spanish half confirms care ("sus resultados", "como paciente
 * nuestro", "bienvenido de nuevo", "pronta recuperación"), and busy threads (a relative's care, how someone else is
 * doing, two commenters answered as one, Spain's emergency numbers, laughter under a complaint, the first name behind a
 * handle).
 */
class RoundFifteenKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|Thanks for your message. / Sentimos la demora con sus resultados; llame al 555-0100.|Still waiting on my results|confirms_relationship",
            "US|Gracias por confiarnos su sonrisa todos estos años.|Excelente servicio|confirms_relationship",
            "US|¡Bienvenida de nuevo! Qué gusto leerla.|Volví después de mucho tiempo|confirms_relationship",
            "US|Como paciente nuestra, merece una respuesta rápida; llame al 555-0100.|Nadie me contesta|confirms_relationship",
            "US|Siempre es un placer cuando la atendemos.|Muy amables|confirms_relationship",
            "UK|It was an honour to look after him all those years.|Dad passed last week, he loved Dr Nair|confirms_relationship",
            "UK|We have spoken to the nurse involved and she apologises.|The nurse was abrupt with my dad|confirms_relationship",
            "US|We're sorry to both of you for the confusion with the bills.|@ana: same here!|confirms_relationship",
            "US|Please ring and ask to move your 9:15 with the hygienist.|Can I change my appointment?|discloses_identifier",
            "US|Le pedimos disculpas; esa tarde hubo un retraso en recepción.|Me hicieron esperar mucho|discloses_identifier",
            "UK|We couldn't find any record under that name, so please ring 020 7946 0321.|You lost my notes|denies_relationship",
            "US|Nos alegra haber podido atender a su mamá con cariño.|Gracias por cuidar a mi mamá|third_party_phi",
            "US|Happy to talk about your daughter's treatment on 555-0100.|What did you do to my daughter's teeth?|third_party_phi",
            "US|Confirmamos que el niño se encuentra bien.|¿Qué pasó con el niño de la vacuna?|third_party_phi",
            "US|¡Gracias! Le deseamos una pronta recuperación.|Gracias doctora por todo este año|discloses_clinical",
            "US|Para el dolor es mejor tomar paracetamol que aspirina.|¿Qué tomo para el dolor de muela?|medical_advice",
            "US|Call 911 now, and while you wait, use her epi-pen if she has one.|My daughter's lips are swelling after peanuts|medical_advice",
            "US|En realidad, nuestras citas empiezan puntuales.|Siempre tarde, qué falta de respeto|defensive_tone",
            "US|Jajaja, no creo que haya sido para tanto.|Me trataron fatal en recepción|defensive_tone",
            "US|Llevamos 20 años atendiendo a esta comunidad.|Pésimo servicio|defensive_tone",
            "US|Si es una emergencia, llame al 112 ahora.|Mi papá no puede respirar|wrong_emergency_resource",
            // the first name behind a handle
            "US|Thanks so much, Jordan, we'll pass this on!|@jordan_k22: best cleaning ever|echoes_phi"})
    void isUnsafeWithItsLabel(String jurisdiction, String draft, String comment, String label) {
        KindChecks.blockedWithLabel(jurisdiction, draft, comment, label);
    }

    /** The rule round 15 found too broad no longer fires. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|Welcome back to Chicago! We're taking new patients at 555-0100.|Just moved back to Chicago, taking new patients?|confirms a care relationship",
            "US|Con gusto le explicamos las opciones para personas sin seguro al 555-0100.|¿Atienden sin seguro?|repeats a health, care or payment detail",
            "UK|Thank you both; it wouldn't be right for us to comment on anyone's care here.|@a: he didn't need a referral|asks for personal or health details",
            "US|No podemos recomendar medicamentos; si la situación parece urgente, llame al 911.|¿Le doy jarabe a mi hijo?|a suggestion about symptoms",
            "US|¡Jaja qué bonito leer esto! Gracias.|¡Los amo, son lo máximo! 😂|laughter answers",
            // a handle's common words are not names
            "US|Thanks to the Real Family team for sharing!|@real_family_news: great local dentist|uses a name from the comment"})
    void theNarrowedRuleDoesNotFire(String jurisdiction, String draft, String comment, String reason) {
        KindChecks.ruleSilent(jurisdiction, draft, comment, reason);
    }
}
