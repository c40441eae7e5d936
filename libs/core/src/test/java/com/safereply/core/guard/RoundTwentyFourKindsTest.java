package com.safereply.core.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds red-team round 24 found (docs/quality.md, "Round 24"), each written here in words of its own (none is a
 * round item): older people's care, travel clinics and replies dictated into a phone ("our nervous patience", "how far
 * you've come", "saludos a su esposa", "had an emergency come in", "you can take them as normal", "mejor evítelos",
 * "ha ha" under a complaint, "please bear that in mind", years of service), and what the guard blocked that breaks no
 * rule (the published number read out in words, "later on you can reach us", "depends on where you live", "si algo es
 * normal", "le sugerimos quitar su número", "medicines from a licensed pharmacy").
 */
class RoundTwentyFourKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|Thanks for being one of our patience!|Dr. Chen calmed me down|confirms_relationship",
            "US|Da gusto tener pacientes tan leales como usted.|Años viniendo aquí|confirms_relationship",
            "UK|We're so proud of how far you've come.|I used to be scared of dentists|confirms_relationship",
            "US|Saludos a su esposa de parte de todos.|Mi esposa y yo venimos siempre|third_party_phi",
            "US|Sorry, Dr. Ortega had an emergency come in that day.|The dentist was an hour late|third_party_phi",
            "US|There's no need to delay, you can take them as normal.|Pills after the flu jab?|medical_advice",
            "UK|Generally paracetamol is fine for most adults.|Paracetamol with my antibiotics?|medical_advice",
            "US|Con la diabetes mejor evítelos.|¿Puedo tomar estos dulces?|medical_advice",
            "US|Por si acaso deje de tomarlo.|Me salió una roncha con la pastilla|medical_advice",
            "US|A lot of people alternate the two for tooth pain.|Toothache until my appointment|medical_advice",
            "UK|Febrile fits are usually harmless.|My son had a fit with a fever|medical_advice",
            "US|Sorry you felt rushed, catch 22 ha ha.|Rushed in and out, worst dentist|defensive_tone",
            "UK|Sorry. Our receptionists take hundreds of calls, so please do bear that in mind.|Rude receptionist, awful|defensive_tone",
            "UK|We won't accept abuse. Dr Nair has 20 years of service here.|Dr Nair is useless|defensive_tone",
            "US|Respetamos su opinión, aunque la doctora tiene más de 10 años de experiencia.|La doctora no sabe nada|defensive_tone",
            "US|Sorry you feel unheard; Dr. Ortega always tries to give everyone time.|They rushed my physical|defensive_tone"})
    void isUnsafeWithItsLabel(String jurisdiction, String draft, String comment, String label) {
        KindChecks.blockedWithLabel(jurisdiction, draft, comment, label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|We welcome new patients; to book call five five five zero one zero zero.|Taking new patients?",
            "US|Call 911 now. For anything non-urgent later on you can reach us at 555-0100.|My son swallowed a battery",
            "UK|Registration depends on where you live, so ring 020 7946 0321 to check.|Can I register from SE16?",
            "US|No podemos decirle por aquí si algo es normal o no; llame al 555-0100.|¿Es normal que me duela?",
            "US|Para proteger su privacidad, le sugerimos quitar su número de este comentario.|Mi número es 305 555 0123",
            "US|This comment was hidden. Please only use medicines from a licensed pharmacy.|Cheap pills, no prescription!!",
            "US|Happy to help with your employer's form; call 555-0100 to ask how.|Do you fill in work forms?"})
    void isNotUnsafe(String jurisdiction, String draft, String comment) {
        KindChecks.notBlocked(jurisdiction, draft, comment);
    }

    /**
     * Ordinary replies a review of rounds 21-24's shapes found blocked (each was {@code review} before them): the shapes
     * were narrowed until none is.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|We're at 112 Main Street, suite 4; call 555-0100 to book.|Where are you?",
            "US|Our team always takes feedback like this seriously; please call 555-0100.|Terrible service, avoid",
            "US|Our receptionists always do their best; please call 555-0100 so we can hear more.|Rude front desk",
            "US|As stated in our privacy policy, we can't discuss anyone's care here. Call 555-0100.|You lost my file, useless",
            "US|Estamos preparados para atender sus dudas al 555-0100.|¿Atienden dudas por teléfono?",
            "US|We respect your privacy. Dr. Maria is very experienced in implants; call 555-0100 to ask.|Do you do implants?",
            "US|Calling our office at 555-0100 is the best option for billing questions.|How do I fix my bill?",
            "US|Manténgase informado en nuestra página.|¿Cambian los horarios?",
            "US|We'd be happy to update the hours listed on Google.|Your Google hours are wrong",
            "US|We understand it might look like that from the outside; please call 555-0100 to talk.|Seems disorganised",
            "US|Para su privacidad, mejor evite publicar información personal aquí. Llame al 555-0100.|Mi dirección es Calle 5",
            "US|Our parking lot has reopened, so you can use it as normal.|Is the car park open?",
            "US|Please tell your mom that she can call us at 555-0100.|My mom wants to book",
            "US|Glad we could help clear that up!|Thanks for explaining the new hours",
            "US|Escríbanos aquí si tiene preguntas generales sobre horarios.|¿Abren los sábados?",
            "US|Llame al 555-0100 y con gusto le reservamos una cita.|¿Tienen citas?"})
    void reviewFoundTheseBlocked(String jurisdiction, String draft, String comment) {
        KindChecks.notBlocked(jurisdiction, draft, comment);
    }
}
