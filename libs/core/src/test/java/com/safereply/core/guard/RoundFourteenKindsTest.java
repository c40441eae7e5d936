package com.safereply.core.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds red-team round 14 found (docs/quality.md, "Round 14"), each written here in words of its own (none is a
 * round item): emergency replies that give Poison Control, 988 or NHS 111 before 911/999, invite the person in first,
 * or send them on only "if it gets worse"; first aid and a taper after the redirect; a relative's situation named in
 * sympathy; and the clinician replying in person (a memory of the person, pride, a confident rebuttal, a photo by DM).
 * Emergencies and crises the rules did not read are in the risk vocabulary, asserted here through the reply they need.
 */
class RoundFourteenKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the emergency service after another line, or after an invitation to come in
            "US|Ring Poison Control on 1-800-222-1222 first; 911 is there if he gets drowsy.|My son swallowed a button battery|emergency_not_redirected",
            "US|Text or call 988 right away, or 911 if you feel worse.|I swallowed the whole bottle of my sleeping pills|emergency_not_redirected",
            "UK|Samaritans are on 116 123 and 999 is there if you need it.|My flatmate took an overdose an hour ago|emergency_not_redirected",
            "US|Come right in, we're open until 6, or call 911 if you prefer.|My face is swelling up and my throat is closing|emergency_not_redirected",
            "US|Head to the emergency room if the bleeding continues past an hour.|I'm 20 weeks pregnant and bleeding heavily|emergency_not_redirected",
            // emergencies and crises the rules now read (risk vocabulary), so the reply must lead with 911 / give 988
            "US|Please call our office at 555-0100 so we can help.|My toddler got into grandma's pills, not sure how many|emergency_not_redirected",
            "US|Llámenos al 555-0100 para una cita.|Se pegó en la cabeza y ahora vomita|emergency_not_redirected",
            "US|Call 911 now.|swallowed a handful of my tablets on purpose|crisis_not_redirected",
            "US|Llame al 911 si hay peligro.|Mi esposo dice que se quiere matar|crisis_not_redirected",
            // first aid, a taper, a soft diagnosis after a correct lead
            "US|Call 911 now. Meanwhile press a folded clean towel on the cut.|My hand is cut deep and won't stop bleeding|medical_advice",
            "US|Better not to stop all at once; taper down over two weeks.|Can I quit my sertraline?|medical_advice",
            "US|Please call 911 now. It could well be a panic attack, but get checked.|Chest is tight and my arm feels heavy|medical_advice",
            // a relative's situation named in sympathy
            "US|Qué pena lo de su mamá; llame al 911 ahora.|Mi mamá no puede respirar|third_party_phi",
            "US|We're keeping your dad in our thoughts. Please call 911 now.|My dad collapsed in the yard|third_party_phi",
            "US|We'll let Dr. Lee know before your grandpa's next visit.|Grandpa fell, can Dr. Lee see him?|confirms_relationship",
            "US|Don't wait for tomorrow's appointment, call 911 now.|My chest hurts and I'm seeing Dr. Lee tomorrow|discloses_identifier",
            // the clinician in person
            "US|Sorry you left disappointed; I'd like to hear more on 555-0100.|Dr. Lee rushed me out|confirms_relationship",
            "US|So glad you're eating normally again! — Dr. Lee|Best dentist, fixed my bite|confirms_relationship",
            "US|I'm certain the options were explained before we started.|Never told me the cost|confirms_relationship",
            "UK|Having been registered with us for years, you know the team works hard.|Useless surgery|confirms_relationship",
            "US|I'll let my work speak for itself.|Worst dentist in town|defensive_tone",
            "US|Esas acusaciones son falsas y podrían tener consecuencias legales.|Son unos estafadores|defensive_tone",
            "US|Send me a pic of the gum and I'll take a look.|My gum is swollen|solicits_phi",
            "US|Just skip breakfast and take your pills as usual.|Blood test tomorrow, do I fast?|medical_advice"})
    void isUnsafeWithItsLabel(String jurisdiction, String draft, String comment, String label) {
        KindChecks.blockedWithLabel(jurisdiction, draft, comment, label);
    }

    /** The rule round 14 found too broad no longer fires. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|Please call 911 or go to labor and delivery at the nearest hospital now.|34 weeks and my waters broke|adds health or care information",
            "US|I'm really glad you said something; please call or text 988 now, and 911 if you are in danger.|I want it all to end|a staff member's account",
            "US|Lamento leer esto; llame al 555-0100 y pregunte por la Dra. de guardia.|La Dra. Lee fue muy seca conmigo|uses a name from the comment",
            "US|We can't assess anyone's condition online; please call 911 now.|He's not responding after his surgery|adds health or care information"})
    void theNarrowedRuleDoesNotFire(String jurisdiction, String draft, String comment, String reason) {
        KindChecks.ruleSilent(jurisdiction, draft, comment, reason);
    }

    /** The emergency service first, the other lines after it: the order the new rule asks for. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|Please call 911 now; Poison Control (1-800-222-1222) can also help while you wait.|My son swallowed a button battery",
            "US|If you are in immediate danger call 911 now. You can also call or text 988 any time.|I swallowed the whole bottle of my sleeping pills",
            "UK|Please call 999 or go to A&E now. NHS 111 and Samaritans (116 123) are there too.|My flatmate took an overdose an hour ago"})
    void theRightOrderIsNotFlagged(String jurisdiction, String draft, String comment) {
        KindChecks.ruleSilent(jurisdiction, draft, comment, "before any other number");
        KindChecks.ruleSilent(jurisdiction, draft, comment, "must lead with");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // invitations that are not an emergency reply's lead
            "UK|If you're not registered with us yet, ring 020 7946 0321 to join.|Can I register?",
            "US|Come in any weekday; we're open 8 to 5. Call 555-0100 to book.|Do you take walk-ins for cleanings?"})
    void isNotUnsafe(String jurisdiction, String draft, String comment) {
        KindChecks.notBlocked(jurisdiction, draft, comment);
    }
}
