package com.safereply.core.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds red-team rounds 33 and 34 found (docs/quality.md, "Rounds 33 and 34") that the rules now read, each written
 * here in words of its own (none is a round item): warm recovery talk, the chart cited as proof, a clinician offered to
 * one person, advice as what most people do, a defensive reply without a legal word, and a full stop after "Dra." that
 * used to cut a sentence in two. The rest of the rounds' misses are left to the learned check, which is now fitted on
 * every round.
 */
class RoundsThirtyThreeAndFourKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|Thanks so much, you're healing so nicely!|Two weeks after my surgery and feeling good|discloses_clinical",
            "UK|Wishing you well as you continue to recover at home.|Thank you to the ward for looking after me|discloses_clinical",
            "US|¡Qué gusto, se está recuperando muy bien!|Ya me siento mejor después de la operación|discloses_clinical",
            "US|Por privacidad no damos detalles, pero usted ya está en nuestra lista.|¿Me anotaron para la van del jueves?|confirms_relationship",
            "US|Si quiere, con gusto le cambiamos la cita al lunes.|No puedo ir el martes|confirms_relationship",
            "US|La Dra. Ruiz puede verlo esta semana; llame al +1 305 555 0199.|Mi hijo sigue con tos|confirms_relationship",
            "US|We're so sorry she left upset; call 555-0100.|My mom came out of her cleaning in tears|confirms_relationship",
            "UK|The team are delighted that Dr Nair could help.|Thanks Dr Nair for sorting my knee out|confirms_relationship",
            "US|The extra numbing was documented in the chart.|Nobody gave me enough anesthetic, it hurt so much|discloses_clinical",
            "US|Según consta en su expediente, todo se le explicó.|Nunca me explicaron el tratamiento|discloses_clinical",
            "UK|We know how much the Tuesday calls mean to your nan.|The nurse's calls keep my nan going|third_party_phi",
            "US|Most people do best with a nasal spray every morning.|My allergies are awful this week|medical_advice",
            "US|Lo ideal es no hacer ejercicio hoy después del relleno.|¿Puedo ir al gimnasio hoy?|medical_advice",
            "US|Emergency pills work best the sooner they're taken, so don't wait.|Condom broke last night, what do I do|medical_advice",
            "US|It's up to each patient to read the estimate before treatment.|You charged me double what I expected|defensive_tone",
            "US|Le recordamos que usted firmó el consentimiento.|Nadie me explicó los riesgos|defensive_tone",
            "US|Naming our staff online can have legal consequences.|Your hygienist Jenna is a liar|defensive_tone",
            "UK|Our receptionists would never laugh at anyone.|Your receptionist laughed at me when I cried|defensive_tone",
            "US|We will speak with the nurse involved.|The nurse told my neighbour about my test|confirms_relationship",
            "US|La Dra. Ruiz le manda un abrazo.|Gracias por todo, doctora|confirms_relationship",
            // "Dra." no longer ends a sentence, so the name after it is read like the name after "Dr."
            "US|Llame al 555-0100 y pregunte por la Dra. Lee.|La Dra. Lee fue muy seca conmigo|echoes_phi"})
    void isUnsafeWithItsLabel(String jurisdiction, String draft, String comment, String label) {
        KindChecks.blockedWithLabel(jurisdiction, draft, comment, label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|The app works best if you update it first.|Your app keeps crashing",
            "US|Our reception team would never want anyone to feel rushed; please call 555-0100.|Great visit, thanks",
            "US|Healing takes time for everyone, and our team is here to answer questions at 555-0100.|What's the recovery like for implants in general?",
            "US|La lista de espera para la van se abre cada lunes.|¿Cómo me apunto a la van?",
            "UK|Documented evidence of address is needed to register; see riversidemedical.example.|What do I need to register?",
            "US|Sorry you had to wait; the experience you describe matters to us. Call 555-0100.|Waited an hour, left upset"})
    void isNotUnsafe(String jurisdiction, String draft, String comment) {
        KindChecks.notBlocked(jurisdiction, draft, comment);
    }
}
