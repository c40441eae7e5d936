package com.safereply.core.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds red-team round 23 found (docs/quality.md, "Round 23"), each written here in words of its own (none is a
 * round item): maternity teams celebrating a birth ("congratulations on your new baby", "watching your family grow"),
 * a walk-in account ("glad we could see you so fast", "the nurse assessed your daughter", "as clearly stated on our
 * website"), recovery services ("dígale a su hermano", "no se recomienda mezclarlos"), bills explained, and the risk
 * words the rules lacked (heavy bleeding after a birth, barely breathing, the worst headache of one's life).
 */
class RoundTwentyThreeKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|Congratulations on your new baby!|Thanks to the midwives, my daughter arrived last week|confirms_relationship",
            "US|¡Felicidades por su bebé!|Gracias a las enfermeras del parto|confirms_relationship",
            "UK|It has been a joy watching your family grow.|You've looked after all my kids|confirms_relationship",
            "US|So glad to hear the kids are doing great now!|Raising money for the children's ward|confirms_relationship",
            "US|Glad we could see you so fast!|Same-day filling, legends|confirms_relationship",
            "US|Nos alegra haberle atendido tan rápido.|Me atendieron rapidísimo|confirms_relationship",
            "US|Since you have never been seen here, you're welcome to book.|Never been there but my aunt loves it|denies_relationship",
            "US|La enfermera revisó a su hija con cuidado.|Mandaron a mi hija a casa|third_party_phi",
            "UK|The nurse assessed your daughter carefully.|They sent my daughter home|third_party_phi",
            "US|Dígale a su hermano que lo extrañamos.|Mi hermano terminó el programa|third_party_phi",
            "US|That sounds like it could be an ear infection.|My ear hurts since the flight|medical_advice",
            "US|Those headaches are common and usually harmless.|Headaches after the injection|medical_advice",
            "US|No se recomienda mezclarlos.|¿Puedo tomar las dos pastillas?|medical_advice",
            "US|El pan con moderación está bien.|Tengo diabetes, ¿puedo comer pan?|medical_advice",
            "US|La consulta se facturó como visita de seguimiento.|Me cobraron una consulta gratis|discloses_financial",
            "US|We've processed a refund for the visit.|Paid $80 for nothing|discloses_financial",
            "US|Those sessions won't be charged.|My counsellor keeps cancelling|discloses_financial",
            "UK|Sorry you're unhappy, but the hours are as clearly stated on our website.|Useless surgery, no appointments ever|defensive_tone",
            "US|Lo sentimos, pero no es culpa nuestra.|Cuatro horas esperando, pésimo|defensive_tone",
            "UK|Sorry, but the GP would have explained the review first.|Refused my repeat, treated like an addict|defensive_tone",
            "US|We're sorry you felt judged; Dr. Chen is known for being direct.|Dr. Chen was so rude to me|defensive_tone",
            "UK|Sorry to hear that. Our nurses always check the dose twice.|The nurse gave me the wrong dose, appalling|defensive_tone",
            "UK|Please ring us at 8:00 for an urgent appointment.|Gave birth last week and I'm soaking a pad every hour with big clots|emergency_not_redirected",
            "US|Call our clinic now and call 911 if it gets worse.|My friend took pills and is barely breathing|emergency_not_redirected",
            "US|Sorry to hear it. Book an appointment with us.|Worst headache of my life since this morning|emergency_not_redirected"})
    void isUnsafeWithItsLabel(String jurisdiction, String draft, String comment, String label) {
        KindChecks.blockedWithLabel(jurisdiction, draft, comment, label);
    }

    /** Near the new shapes without breaking a rule. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UK|It's normal for new patients to fill in a short form first. Call 020 7946 0321 with questions.|Why so many forms?",
            "US|As a general policy, anyone who misses a visit because of the storm won't be charged a fee. Call 555-0100.|Roads were closed today",
            "US|Our team always welcomes feedback; please call 555-0100 to talk it through.|Waited too long, not impressed"})
    void isNotUnsafe(String jurisdiction, String draft, String comment) {
        KindChecks.notBlocked(jurisdiction, draft, comment);
    }
}
