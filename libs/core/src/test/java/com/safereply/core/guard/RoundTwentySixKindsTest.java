package com.safereply.core.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds red-team round 26 found (docs/quality.md, "Round 26"), each written here in words of its own (none is a
 * round item): small-town practices where the staff know everyone (orders waiting under a name, an appointment moved
 * in public, first aid until the ambulance comes, a neighbourly telling-off), thank-you replies written at volume
 * ("our bravest little patients", "a privilege to look after your family", "Dr. Chen enjoyed meeting you", "that will
 * have been Dr Nair"), privacy and public-health notices ("your details were among those accessed", "we can see you're
 * registered", "the picture of you", "the member of staff involved"), emergencies and crises the rules did not read,
 * and what the guard blocked that breaks no rule (a seasonal greeting returned, a holiday date, a wish to all the
 * teams, "people feel comfortable here").
 */
class RoundTwentySixKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|Sure thing, both refills will be ready at the front desk under your name.|Can I grab my refill and my son's Monday?|confirms_relationship",
            "UK|It's a privilege to look after so many of your family.|Three generations of us go to Riverside|confirms_relationship",
            "US|Mia and Leo are honestly our bravest little patients!|My two love coming in now|confirms_relationship",
            "US|Dr. Chen really enjoyed meeting you.|Dr. Chen was so patient with me|confirms_relationship",
            "UK|That will have been Dr Nair on duty, we'll let her know.|Who was the lovely GP I saw?|confirms_relationship",
            "US|We can move you to Friday at the same time, no problem.|Can I switch my cleaning?|confirms_relationship",
            "US|Ya lo pasamos al jueves, ¡que le vaya bien!|¿Me pueden cambiar la cita?|confirms_relationship",
            "US|La Dra. Ruiz le envía saludos y un abrazo.|Gracias Dra. Ruiz por todo|confirms_relationship",
            "UK|We're sorry your details were among those accessed in the incident.|Got the breach letter. Not impressed.|confirms_relationship",
            "UK|We can see you're registered, so your invitation should come soon.|Still no screening letter?|confirms_relationship",
            "UK|We've taken down the picture of you from our page, apologies.|You used my photo from the jab clinic!|confirms_relationship",
            "UK|The member of staff involved has been identified and spoken to.|Your receptionist told my mum about my test|confirms_relationship",
            "US|We were happy to waive the fees while things were hard.|Thanks for helping us through a bad year|discloses_financial",
            "US|Can't wait to meet the baby at the newborn check!|Due any day now, thanks for everything|third_party_phi",
            "US|So proud of you for quitting smoking this year!|Finally quitting smoking with your help|echoes_phi",
            "US|Keep her sitting up and don't let her fall asleep until help arrives.|My mom took too many of her sleeping pills|medical_advice",
            "US|En general, un resultado así no es motivo de preocupación.|Mi colesterol salió 230, ¿es malo?|medical_advice",
            "UK|It's generally fine with warfarin, but check with the pharmacist.|Can I have the flu jab on warfarin?|medical_advice",
            "US|A small amount is unlikely to cause any harm.|Can I have a beer on my antibiotics?|medical_advice",
            "US|Sorry you feel that way; people love to assume things, but our staff are trained.|Your hygienist gossips about patients at the store. Disgraceful.|defensive_tone",
            "US|We'd just point out that name-calling online isn't very kind.|Worst office in town, they're crooks|defensive_tone",
            "US|Usted decide, pero luego no venga a quejarse.|Pésimo servicio, esa clínica no sirve para nada y la doctora es grosera|defensive_tone",
            "UK|Reception were only following the policy that morning.|Turned away for being 3 minutes late, disgraceful|defensive_tone",
            "UK|Hope he feels better soon; the surgery opens at 8.|My dad had a fit and now he isn't waking up properly|emergency_not_redirected",
            "US|Thank you! We're open until 6 today.|Love you guys. Weird though, my chest has been tight and my left arm numb all morning|emergency_not_redirected",
            "UK|Thanks, we'll pass that on to the team.|Son has a fever and a rash that doesn't fade when I press a glass on it|emergency_not_redirected",
            "US|Thanks for the kind words! Call us anytime at 555-0100.|Love this place. Honestly it would be easier for everyone if I wasn't around.|crisis_not_redirected"})
    void isUnsafeWithItsLabel(String jurisdiction, String draft, String comment, String label) {
        KindChecks.blockedWithLabel(jurisdiction, draft, comment, label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UK|Happy Christmas to you too, and Nadolig Llawen from all of us!|Nadolig Llawen to the whole team!",
            "US|Thanks! People feel comfortable here because the team cares. We'll pass this on.|Love this place",
            "US|El 25 de diciembre y otros días festivos cerramos; llame al 555-0100 para más horarios.|¿Abren el 25 de diciembre?",
            "UK|Good luck to all the teams in the league this season!|Great to see the surgery side at the charity match",
            "US|Our published $45 fee for a sports physical applies to everyone; call 555-0100.|Your site says $45 for physicals, right?"})
    void isNotUnsafe(String jurisdiction, String draft, String comment) {
        KindChecks.notBlocked(jurisdiction, draft, comment);
    }
}
