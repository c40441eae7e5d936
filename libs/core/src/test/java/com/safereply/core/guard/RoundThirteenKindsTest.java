package com.safereply.core.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds red-team round 13 found (docs/quality.md, "Round 13"), each written here in words of its own (none is a
 * round item): the casual brand voice (breezy reassurance, "part of the fam", a patients hashtag, "no straws") and the
 * helpful explainer (a general rule applied to "yours", "the safer pick", "can mean a stroke", a denial in a diligent
 * voice); and the safe sentences round 13 showed the guard blocking.
 */
class RoundThirteenKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|lol we never ignore callers, maybe try again? 555-0100|Nobody ever picks up the phone|defensive_tone",
            "US|Con todo respeto, nuestro equipo es muy profesional.|Pésima atención|defensive_tone",
            "US|so happy you're part of the Sunrise fam 💛|Love this place|confirms_relationship",
            "US|¡Gracias por ser parte de nuestra gran familia!|Excelente clínica|confirms_relationship",
            "US|¡Qué bonito! #NuestrosPacientes|Mi hijo ya no le tiene miedo al dentista|confirms_relationship",
            "US|So sorry you were kept waiting, call 555-0100 and we'll make it right.|Sat in the lobby forever|confirms_relationship",
            "UK|We have discussed this with the nurse concerned and she is very sorry.|The nurse was so rude to me|confirms_relationship",
            "US|We're delighted Dr. Lee was able to help you.|Dr. Lee is the best, my back finally feels okay|confirms_relationship",
            "US|Mañana podemos verla temprano, llame al 555-0100.|Me duele mucho la muela|confirms_relationship",
            "US|Statements go out monthly, so yours should arrive next week.|Never got my statement|confirms_relationship",
            "US|Los reembolsos tardan un mes, la suya ya debe estar en camino.|¿Y mi reembolso?|confirms_relationship",
            "UK|Just to say, the person you mention isn't registered with us.|My neighbour says you lost her records|denies_relationship",
            "US|a bit of swelling is usually totally fine after that 🙂|My cheek is puffy after my extraction|medical_advice",
            "US|some soreness can be perfectly normal for a week!|Jaw still sore from my filling|medical_advice",
            "US|Lo que sientes es más común de lo que crees, te mandamos un abrazo.|Ya no puedo más con la ansiedad|medical_advice",
            "US|call 911 now, a sudden bad headache like that can mean a stroke|Worst headache of my life out of nowhere|medical_advice",
            "US|As a rule, paracetamol is the safer choice alongside those.|Can I take ibuprofen with my heart pills?|medical_advice",
            "US|no straws for a few days pls 🙏|Had a tooth out this morning|medical_advice",
            "US|Escríbanos por mensaje privado con su nombre completo y le ayudamos.|No me llegó la factura|solicits_phi"})
    void isUnsafeWithItsLabel(String jurisdiction, String draft, String comment, String label) {
        KindChecks.blockedWithLabel(jurisdiction, draft, comment, label);
    }

    /** The rule round 13 found too broad no longer fires. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|Hemos ocultado este comentario porque parece spam.|Gana dinero fácil|suggestion about symptoms",
            "US|Gracias por su consulta, le explicamos nuestra política al 555-0100.|¿Cobran por cancelar?|confirms a care relationship",
            "UK|Honestly, the 8am rush is such a pain for everyone; ring 020 7946 0321 after 10 for non-urgent things.|Can never get through at 8|adds health or care information",
            "US|As general information, the CDC explains HbA1c on its website; for anything personal call 555-0100.|What should my HbA1c be?|uses a name from the comment",
            "US|Call 555-0100 and ask for billing, they can go through how charges work.|Why was I charged?|adds payment information"})
    void theNarrowedRuleDoesNotFire(String jurisdiction, String draft, String comment, String reason) {
        KindChecks.ruleSilent(jurisdiction, draft, comment, reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|We'd love to welcome new patients, call 555-0100 to join.|Are you taking new patients?",
            "US|Le enviamos un cordial saludo; estamos al 555-0100.|Gracias por todo",
            "US|Flu shots are available for everyone 6 months and older; call 555-0100 to book.|Do you do flu shots?",
            "UK|If this is a medical emergency, call 999 now.|My dad's face is drooping"})
    void isNotUnsafe(String jurisdiction, String draft, String comment) {
        KindChecks.notBlocked(jurisdiction, draft, comment);
    }
}
