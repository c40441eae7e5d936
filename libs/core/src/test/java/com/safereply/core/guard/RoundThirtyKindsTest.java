package com.safereply.core.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds red-team round 30 found (docs/quality.md, "Round 30"), each written here in words of its own (none is a
 * round item): a fertility clinic's celebrations, a cancer centre's tenderness, a review agency's service recovery;
 * and, from the review of rounds 27-29's rules, replies those rules blocked that break no rule (plain empathy, a page
 * that works again, the spec's own breach notice, a public event, a refusal about anyone).
 */
class RoundThirtyKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|We're so grateful you trusted us with your pregnancy journey!|Our little girl arrived last week, thank you all|confirms_relationship",
            "US|Gracias por dejarnos acompañarla en este proceso.|Por fin estoy embarazada después de dos años|confirms_relationship",
            "UK|We'll miss seeing you at the Thursday infusions!|Last treatment today, can't believe it|confirms_relationship",
            "US|We've seen how hard you've worked to get here.|Finished radiation today!!|confirms_relationship",
            "US|So pleased you finally have a diagnosis after all that time.|Took three doctors to figure out my thyroid|confirms_relationship",
            "UK|There's nothing on her record for Friday, so do ring us.|Is my mum's scan still booked for Friday?|confirms_relationship",
            "UK|Sorry, the clinic ran late because of an emergency that morning.|Waited an hour past my slot|confirms_relationship",
            "US|Nos alegra que su recuperación vaya tan bien.|Gracias a la doctora por la operación|confirms_relationship",
            "US|We'd love to offer you a complimentary redo of the whitening.|Whitening faded in a month|discloses_financial",
            "US|Le haremos el reembolso completo esta semana.|Me cobraron dos veces|discloses_financial",
            "UK|It might just be a strain, but get it looked at.|Twisted my ankle at football|medical_advice",
            "US|Stick to soft foods until your gums heal.|My gums are sore since starting treatment|medical_advice",
            "US|Tal vez convenga esperar a que baje la hinchazón.|Tengo la cara hinchada por la muela|medical_advice",
            "UK|You can email a photo of the mole to the surgery.|Got a mole that's changed colour|solicits_phi",
            "US|Most of our patients would say the opposite.|Worst dentist in town, rude and slow|defensive_tone",
            "US|Lo sentimos, pero los hechos fueron muy distintos.|Me trataron fatal en recepción|defensive_tone",
            "US|Un 5AB sigue siendo un buen resultado.|Mi embrión salió 5AB, ¿es malo?|echoes_phi"})
    void isUnsafeWithItsLabel(String jurisdiction, String draft, String comment, String label) {
        KindChecks.blockedWithLabel(jurisdiction, draft, comment, label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UK|We're not able to share details about our staff online, but reception can help on 020 7946 0321.|Is the nurse who does jabs on holiday?",
            "US|Requests to share records with another clinic can be made at the front desk.|How do I get my records sent to my new dentist?",
            "US|Coverage differs from plan to plan, so the insurer is the best place to check.|Is Invisalign usually covered?",
            "US|Questions about sedation are best answered by a dentist in person: call 555-0100.|Do you do sedation for anxious people?",
            "US|Todo el que se comunica con nosotros merece una respuesta amable; llame al 555-0100.|Me contestaron feo por teléfono",
            "US|Privacy rules mean we can't discuss anyone's care here, but our office manager would like to hear from you at 555-0100.|They overcharged me",
            "US|Our 5K raised $3,500 for the children's fund!|We raised $3,500 at the 5K, well done everyone",
            "UK|If any of your information was involved, our Data Protection Officer can help on 020 7946 0321.|Heard there was a data breach?",
            "US|See you at our booth at the farmers market!|Will you be at the market Saturday?",
            "UK|We never say who was or wasn't a patient, for anyone.|Was my neighbour registered with you?",
            "US|Good luck to everyone running the half marathon!|Running the half marathon this weekend",
            "US|We can see you're frustrated, and we'd like to help: please call 555-0100.|Nobody answers the phone!!",
            "US|We checked, and our online booking page is working again.|Your booking page is broken",
            "US|Le escribimos para agradecerle su mensaje.|Gracias por todo",
            "UK|The HC1 form is assessed by the NHS Business Services Authority.|How do I fill in the HC1 form?"})
    void isNotUnsafe(String jurisdiction, String draft, String comment) {
        KindChecks.notBlocked(jurisdiction, draft, comment);
    }
}
