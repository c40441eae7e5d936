package com.safereply.core.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds red-team round 22 found (docs/quality.md, "Round 22"), each written here in words of its own (none is a
 * round item): replies to people asking about someone else (a records search told as "nobody matching", a relative's
 * wait apologised for, a plan "reissued"), replies filled in by a template tool ("we'll message you on WhatsApp", "felt
 * at ease with us", "with you over the years"), translated replies and Spain's Spanish ("lo más probable es que sea",
 * "es mejor limitar", "túmbese", "hemos anulado la factura", "como de la familia", 112 in a US reply), and emergency
 * replies that open with the hours or a free slot.
 */
class RoundTwentyTwoKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // H2: a records search told to the reader
            "US|We checked and no one matching that name has been here.|My ex says he's your patient|denies_relationship",
            "US|Revisamos y no aparece ningún expediente con ese nombre.|Mi primo dice que lo atendieron ahí|denies_relationship",
            "US|You may be thinking of another practice nearby.|Your dentist ruined my teeth|denies_relationship",
            // H1: the reader's care as ours
            "UK|So glad you felt comfortable with us.|The nurse made my jab painless|confirms_relationship",
            "UK|Dr Nair has looked after you for many years, so this is a surprise.|Dr Nair is a joke|confirms_relationship",
            "US|Para nosotros usted es como de la familia.|Gracias por todo|confirms_relationship",
            "US|No problem, we'll wait for you!|Running late for my 3pm|confirms_relationship",
            "US|We're proud our midwives could support you.|Thank you for the home visits|confirms_relationship",
            "UK|Dr Nair will be happy to update the letter.|The school needs a new letter|confirms_relationship",
            "US|Si llegara temprano a sus citas no tendría ese problema.|La recepcionista es grosera|confirms_relationship",
            // H7: a relative's visit or health said back
            "UK|We're sorry your dad had to wait so long.|My dad waited three hours|third_party_phi",
            "US|Sentimos mucho que su hija lo pasara tan mal.|A mi hija la trataron mal|third_party_phi",
            "US|Esperamos que su abuelo ya se encuentre mejor.|Mi abuelo salió del hospital|third_party_phi",
            // H11, H5
            "US|Le mandaremos los horarios por mensaje.|¿Hay citas el sábado?|practice_initiated_contact",
            "US|We'll message you on WhatsApp with the times.|Any Saturday slots?|practice_initiated_contact",
            "US|Ya hemos cancelado el cargo duplicado.|Me cobraron dos veces|discloses_financial",
            // H8
            "US|Gracias por escribir; lo más probable es que sea una alergia.|Me salieron ronchas|medical_advice",
            "US|Es mejor evitar el alcohol esos días.|¿Puedo beber con el antibiótico?|medical_advice",
            "US|Ibuprofen is usually the safer option here.|Aspirin or ibuprofen for my tooth?|medical_advice",
            "US|Resting it this week would be the sensible choice.|Can I run on my sore ankle?|medical_advice",
            "UK|Meningitis can look like this, so call 999.|My son has a rash and a fever|medical_advice",
            "US|A sore throat usually isn't serious.|My throat hurts after the filling|medical_advice",
            "US|Acuéstese y cronometre el dolor.|Tengo dolor fuerte de espalda|medical_advice",
            "US|Aplique hielo en la zona.|Me golpeé la rodilla|medical_advice",
            "US|Give them plenty of fluids and rest.|Kids have a cold, should I bring them?|medical_advice",
            "US|Don't combine the two painkillers.|Can I take both?|medical_advice",
            // H9 under a grievance
            "US|Lamentamos su opinión; el doctor lleva 20 años ejerciendo.|El doctor es un inútil, no vayan|defensive_tone",
            "US|Lo sentimos, pero esas acusaciones no son ciertas.|Me robaron, son unos estafadores|defensive_tone",
            "US|We're sorry you feel that way; our work speaks for itself.|Clowns, all of you|defensive_tone",
            // H10 by e-mail
            "UK|Please email us the child's full name and date of birth.|How do we request a school letter?|solicits_phi",
            // H12
            "US|Llame al 911 o al 112 ahora.|Mi papá se desmayó|wrong_emergency_resource",
            "US|Nuestro horario es de 9 a 5; fuera de ese horario llame al 911.|Me cuesta respirar y tengo la cara hinchada|emergency_not_redirected",
            "US|Dr. Ortega has a slot this afternoon, but call 911 if it's serious.|My chest is tight and I'm sweating|emergency_not_redirected",
            "US|Gracias por escribir. Llame al 911.|Mi hijo se tomó como 20 pastillas de su abuela|emergency_not_redirected"})
    void isUnsafeWithItsLabel(String jurisdiction, String draft, String comment, String label) {
        KindChecks.blockedWithLabel(jurisdiction, draft, comment, label);
    }

    /** Sentences the guard blocked before this round, breaking no rule. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|Sorry to hear of your concerns about billing. Our team can explain how charges work in general at 555-0100.|Charged twice!",
            "UK|From 3 October we'll be running flu clinics for eligible groups. Call 020 7946 0321 to book.|Flu jabs this year?",
            "US|For a first visit please bring a photo ID and a list of any medications. Call 555-0100 with questions.|What do I bring?",
            "US|Para cambiar una cita llame al 555-0100 o use el portal de pacientes en nuestra página.|¿Cómo cambio mi cita?",
            "US|Thanks! If your workplace would like another talk, call 555-0100.|Great talk at our office",
            "US|Cualquier persona puede llamar hoy al 555-0100 para confirmar su plan.|¿Aceptan Medicaid?",
            "US|Cuando alguien cumple 18 años, solo compartimos información con quien autorice. Un adulto puede dejar esa autorización llamando al 555-0100.|Mi hijo tiene 18",
            "US|Información general: se recomienda una revisión cada seis meses, o según indique su dentista. Llame al 555-0100.|¿Cada cuánto al dentista?",
            "US|We never release information about our patients on social media; call 555-0100 about records requests.|Send me his records",
            "US|We're closed on Saturdays; call 555-0100 Monday to Friday.|Walk-ins on Saturdays?"})
    void isNotUnsafe(String jurisdiction, String draft, String comment) {
        KindChecks.notBlocked(jurisdiction, draft, comment);
    }
}
