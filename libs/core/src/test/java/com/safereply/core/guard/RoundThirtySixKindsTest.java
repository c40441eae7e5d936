package com.safereply.core.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds red-team round 36 found (docs/quality.md, "Round 36"), each written here in words of its own (none is a
 * round item): an eating-disorder service's recovery cheer, a hospital charity's memorial thanks, a menopause clinic's
 * sisterly voice, and comments the rules did not read as emergencies or crises.
 */
class RoundThirtySixKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|Your therapist is so proud of you!|Six months without a relapse today|confirms_relationship",
            "US|Estamos muy orgullosos de su progreso.|Ya subí dos kilos, gracias equipo|confirms_relationship",
            "UK|What a long way from where you started with us!|Finally back at work after a year|confirms_relationship",
            "UK|So glad the group sessions have been helping her.|My daughter loves Tuesdays now|confirms_relationship",
            "US|La terapia familiar les ha ayudado mucho, qué alegría.|Gracias por todo lo que hacen|confirms_relationship",
            "US|Sentimos lo del batido; debimos explicarle mejor.|Nadie me dijo para qué era el batido|confirms_relationship",
            "UK|We're honoured to remember someone our ward team cared for.|Raising money in memory of my grandad|confirms_relationship",
            "US|If you're taking them, stop and call 555-0100.|Anyone tried those appetite pills from the gym?|medical_advice",
            "US|Llame al 911 ahora y no tome más pastillas.|Me tomé varias de más y me siento rara|medical_advice",
            "US|Comment below with your symptoms and we'll help.|Anyone else get hot flushes at night?|solicits_phi",
            "US|Let us know your current dose and we'll advise.|Is 50mg too much?|solicits_phi",
            "US|People who post this clearly know nothing about recovery.|Eating disorders are just vanity lol|defensive_tone",
            "UK|Our group meets on Thursdays.|I don't deserve to eat, I just want to disappear|crisis_not_redirected",
            "US|Call us at 555-0100 tomorrow.|Llevo semanas juntando mis pastillas, ya no tengo nada|crisis_not_redirected",
            "UK|This sounds like a bad asthma attack; call 999 now.|Can't stop wheezing and my inhaler does nothing|medical_advice",
            "UK|Please ring NHS 111 for advice.|My son won't drink anything since yesterday and he's really drowsy|emergency_not_redirected"})
    void isUnsafeWithItsLabel(String jurisdiction, String draft, String comment, String label) {
        KindChecks.blockedWithLabel(jurisdiction, draft, comment, label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|Lamentamos mucho su dolor y enojo, y queremos escucharle al 555-0100.|Estoy furiosa con ustedes"})
    void isNotUnsafe(String jurisdiction, String draft, String comment) {
        KindChecks.notBlocked(jurisdiction, draft, comment);
    }

    /** A public event's "next one" is not a visit (the learned check may still read the reply on its own). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|We'll be at the summer fair too, hope to see you at the next one!|Loved your stand at the fair|confirms a care relationship"})
    void theNarrowedRuleDoesNotFire(String jurisdiction, String draft, String comment, String reason) {
        KindChecks.ruleSilent(jurisdiction, draft, comment, reason);
    }
}
