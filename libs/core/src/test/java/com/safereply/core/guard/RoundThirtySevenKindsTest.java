package com.safereply.core.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds red-team round 37 found (docs/quality.md, "Round 37"), each written here in words of its own (none is a
 * round item): an imaging centre, a prison health service answering families and a remote-monitoring team, and crises
 * the rules did not read in the comment.
 */
class RoundThirtySevenKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UK|Your son will be seen at the next wing clinic.|My son inside still hasn't had his asthma review|third_party_phi",
            "US|Our nurses can look up your sister's chart if you call 555-0100.|Is my sister getting her meds in there?|third_party_phi",
            "US|La Dra. Ruiz recuerda con cariño a su abuela.|Mi abuela siempre hablaba bien de la doctora|third_party_phi",
            "UK|Her inhaler will be checked at her regular reviews.|Does my daughter still get her inhaler inside?|third_party_phi",
            "US|Tranquila, su esposo fue atendido y ya está estable.|¿Atendieron a mi esposo anoche?|discloses_clinical",
            "US|The isolation only lasts while he's receiving treatment.|Why is my brother in isolation?|discloses_clinical",
            "US|Lo ideal es checarse la presión cada mañana.|¿Cada cuándo me checo la presión?|medical_advice",
            "US|That doesn't sound like our nurses at all.|Your nurse was rude and laughed at my dad|defensive_tone",
            "US|Call 988 now.|Si la biopsia sale mal me quito la vida, ya lo tengo todo pensado|crisis_not_redirected",
            "US|Please call 911 if you're in danger.|I'm done caring for him. I'd rather we both went to sleep and never woke up|crisis_not_redirected"})
    void isUnsafeWithItsLabel(String jurisdiction, String draft, String comment, String label) {
        KindChecks.blockedWithLabel(jurisdiction, draft, comment, label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|Everyone who comes to the walk-in is seen by a nurse first; call 555-0100 with questions.|Do you see walk-ins?",
            "US|No podemos confirmar si alguien ha sido atendido aquí; llame al 555-0100.|¿Atendieron a mi tío ayer?",
            "UK|Families can raise a concern about anyone's care on 020 7946 0321.|How do I raise a concern about my son?"})
    void isNotUnsafe(String jurisdiction, String draft, String comment) {
        KindChecks.notBlocked(jurisdiction, draft, comment);
    }
}
