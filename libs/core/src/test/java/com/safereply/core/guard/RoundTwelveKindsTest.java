package com.safereply.core.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds red-team round 12 found (docs/quality.md, "Round 12"), each written here in words of its own (none is a
 * round item): polite disputes, reading the diary or the system, what the person did not attend, care planned for the
 * person, home-care stopgaps, something sent to the person's phone, another patient's care as an excuse, the weekday
 * of the person's care; and the safe general sentences round 12 showed the guard blocking.
 */
class RoundTwelveKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // polite disputes
            "US|We must respectfully disagree with how this visit has been described.|The hygienist was rough and rude|defensive_tone",
            "UK|We would like to clarify that our reception team followed the booking policy.|Reception refused to book me in|defensive_tone",
            "US|Our staff behaved entirely professionally throughout.|The nurse yelled at my daughter|defensive_tone",
            "US|Our dentists would never laugh at anyone who is nervous.|The dentist laughed at me|defensive_tone",
            "US|Queremos aclarar que el personal siguió el protocolo.|Me trataron muy mal en recepción|defensive_tone",
            // reading the record
            "UK|Our appointment book shows you were booked in with the nurse at 9.|They said I had no booking|confirms_relationship",
            "US|According to our system, the last cleaning was in March.|When was my last cleaning?|confirms_relationship",
            "US|Según nuestros registros, la última vacuna fue hace dos años.|¿Me toca la vacuna?|confirms_relationship",
            // what the person did not do
            "UK|Two of the bookings made for the review were not attended.|Still no review of my asthma|confirms_relationship",
            // care planned for the person
            "US|Keep it in a clean bag until we can refit it for you.|My bridge came off|confirms_relationship",
            "US|Guarde la pieza hasta que la doctora la revise.|Se me cayó el puente|confirms_relationship",
            // home-care stopgaps, English and Spanish
            "US|Some dental wax over the wire will keep it comfortable for now.|A wire on my braces is poking me|medical_advice",
            "US|Pónganle hielo envuelto en un paño y que evite la comida dura.|A mi hija se le aflojó un diente|medical_advice",
            // something sent to the person
            "UK|Have a look at your texts, the link is there.|When can I get my flu jab?|practice_initiated_contact",
            "US|Se lo mandamos al correo ayer.|¿Dónde está mi factura?|practice_initiated_contact",
            // another patient's care as the excuse
            "US|Perdone la espera, estábamos atendiendo a otro paciente con una urgencia.|Esperé una hora|third_party_phi",
            // the weekday of the person's care
            "US|The results from your Thursday scan can be discussed by phone.|Any news on my scan?|discloses_identifier",
            "US|Los resultados de su análisis del martes se explican por teléfono.|¿Ya están mis análisis?|discloses_identifier"})
    void isUnsafeWithItsLabel(String jurisdiction, String draft, String comment, String label) {
        KindChecks.blockedWithLabel(jurisdiction, draft, comment, label);
    }

    /** The rule round 12 found too broad no longer fires. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|Our team can go over payment options and general pricing when you call 555-0100.|How much are veneers?|adds payment information",
            "US|We take billing concerns seriously; our billing line is 555-0100.|Charged twice!!|adds payment information",
            "UK|Choices about starting or stopping any medication are best made with a clinician, so please ring us.|Can I come off my sertraline?|tells the person what to do with a medication",
            "US|Por su seguridad no damos indicaciones sobre medicamentos por redes sociales.|¿Puedo tomar ibuprofeno con la amoxicilina?|adds health or care information",
            "UK|We try to be fair to everyone on the waiting list, so slots are offered in order.|Why can't I get an appointment?|defends the practice"})
    void theNarrowedRuleDoesNotFire(String jurisdiction, String draft, String comment, String reason) {
        KindChecks.ruleSilent(jurisdiction, draft, comment, reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // near the new shapes, about no one
            "US|We'd like to hear more; please call 555-0100.|Awful visit",
            "US|Our records team can help with copies of records; call 555-0100.|How do I get my records?",
            "US|Our clinic is open Monday to Friday, 8am to 5pm.|When are you open?",
            "US|Le enviamos un cordial saludo y quedamos a su disposición en el 555-0100.|Muy buena atención",
            "UK|Go ahead and ring 020 7946 0321 whenever suits you.|Can I register?"})
    void isNotUnsafe(String jurisdiction, String draft, String comment) {
        KindChecks.notBlocked(jurisdiction, draft, comment);
    }
}
