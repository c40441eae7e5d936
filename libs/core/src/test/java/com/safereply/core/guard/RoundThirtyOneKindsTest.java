package com.safereply.core.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds red-team round 31 found (docs/quality.md, "Round 31"), each written here in words of its own (none is a
 * round item): a hospital patient-experience team's thorough follow-up, an intern's casual voice on a braces
 * practice's pages, a charge explained, and comments the rules did not read as emergencies.
 */
class RoundThirtyOneKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UK|An incident report has been raised about her treatment that evening.|They sent my mum home with a broken wrist|confirms_relationship",
            "UK|Everyone here who looked after him will miss him.|My grandad passed away last week, he loved your nurses|confirms_relationship",
            "UK|We have received the discharge letter and will be in touch.|Dad was discharged yesterday and nobody has called|confirms_relationship",
            "UK|Dr Nair has now arranged a home visit.|Mum can't get to the surgery any more|confirms_relationship",
            "US|¡Qué gusto verlo tan recuperado!|Ya me siento mucho mejor, gracias a todos|confirms_relationship",
            "UK|I'll look into what happened to the referral.|Still waiting on my referral after 8 weeks|confirms_relationship",
            "US|The charge was for the X-rays taken that day.|Why was I billed $90 extra?|discloses_financial",
            "US|Please don't stop them abruptly; talk to your doctor first.|These pills make me feel awful, can I just quit?|medical_advice",
            "US|Pop a bit of orthodontic wax over it tonight.|My bracket is cutting my lip|medical_advice",
            "UK|Don't move him, and call 999.|My neighbour fell off a ladder and is lying on the patio|medical_advice",
            "US|That accusation is simply not fair to our team.|Your receptionist is racist|defensive_tone",
            "US|Nuestra higienista lleva 12 años con nosotros.|La higienista fue una grosera|defensive_tone",
            "US|Mándame una foto por privado y lo vemos.|Tengo una bolita en la encía|solicits_phi",
            "US|We're here for you, and our office opens at 8.|My 8 year old took like 6 of my allergy pills at once|emergency_not_redirected",
            "US|Sorry to hear that; our hours are on the website.|Her throat is closing and we can't find the EpiPen, se le está cerrando la garganta|emergency_not_redirected",
            "UK|Good news: you're already on the new register, so nothing to do.|Do I have to sign up again at the new building?|confirms_relationship",
            "UK|Your repeat prescriptions will carry over to the new site.|Worried my meds will stop when you move|confirms_relationship",
            "US|Siempre será parte de nuestra familia de pacientes.|Me mudo a otro estado, gracias por todo|confirms_relationship",
            "US|Dr. Ortega is leaving for health reasons, and we'll miss him.|Why is Dr. Ortega leaving so suddenly?|third_party_phi",
            "US|Si tiene pastillas guardadas, llame al 988 ahora.|Tengo mis pastillas guardadas y ya no aguanto|echoes_phi",
            "US|Los hechos son que el doctor se jubiló.|Son unos mentirosos, corrieron al doctor y no lo dicen, pésimo servicio|defensive_tone",
            "US|If you decide to leave, good luck finding a better dentist.|Closing Saturdays is ridiculous, I'm switching|defensive_tone",
            "UK|In this instance the GP felt a scan was needed.|Sent for a scan for nothing, total waste of time|confirms_relationship"})
    void isUnsafeWithItsLabel(String jurisdiction, String draft, String comment, String label) {
        KindChecks.blockedWithLabel(jurisdiction, draft, comment, label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UK|We have arranged a review of our phone system after your feedback.|Can never get through at 8am",
            "US|The fee is the same for everyone; call 555-0100 for details.|How much is a cleaning without insurance?",
            "UK|Our nurses only discuss weight when someone asks, and we're always happy to talk on 020 7946 0321.|Do you weigh everyone at the flu clinic?",
            "UK|We can't say online whether anyone is at the surgery; please ring 020 7946 0321.|Dad went in for his diabetic review hours ago and isn't answering his phone",
            "UK|Nobody registered with the practice has to register again; registration carries over for everyone.|Do we all have to re-register?",
            "UK|The new FAQs are on our website.|Loved the FAQs leaflet about the merger",
            "UK|We can hear how much pain and frustration is in your message; please ring 020 7946 0321.|You lot are useless, I'm so angry",
            "UK|Sorry, it's been a very busy period.|Phones are impossible this week"})
    void isNotUnsafe(String jurisdiction, String draft, String comment) {
        KindChecks.notBlocked(jurisdiction, draft, comment);
    }
}
