package com.safereply.core.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds red-team round 32 found (docs/quality.md, "Round 32"), each written here in words of its own (none is a
 * round item): a student health centre's peer-like replies, a children's hospital's family liaison, and comments the
 * rules did not read as emergencies or crises.
 */
class RoundThirtyTwoKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|Thank you all, especially after everything little Leo went through.|We raised $500 for the ward in Leo's name!|third_party_phi",
            "US|Nos encanta seguir su progreso en cada visita.|Ya casi termino el tratamiento, gracias|confirms_relationship",
            "US|Sí, su receta ya está lista en el mostrador.|¿Ya puedo pasar por lo mío?|confirms_relationship",
            "UK|So glad you felt calm during the procedure!|Thank you, the nurses were lovely yesterday|confirms_relationship",
            "US|Most people on a small dose are fine with coffee.|Can I drink coffee on my anxiety meds?|medical_advice",
            "UK|Sounds like she might be coming down with chickenpox.|My daughter has a few itchy spots and a temperature|medical_advice",
            "UK|If she's feeding well, that's a good sign.|Baby seems off today, a bit sleepy|medical_advice",
            "US|Call 911 now, and don't take anything else tonight.|I took a few of my roommate's pills with wine and feel strange|medical_advice",
            "US|We're confident nobody here would speak to a parent like that.|Your receptionist was so rude to me about my son|defensive_tone",
            "US|Kids cry at check-ups, it's part of growing up.|My son was terrified and your hygienist didn't care, terrible|defensive_tone",
            "UK|Sorry about the queue; here are our opening hours.|My 6 week old is breathing really fast and has gone floppy|emergency_not_redirected",
            "UK|Our counselling team is on 020 7946 0321 from 8am.|honestly can't see the point anymore after failing everything|crisis_not_redirected",
            "US|We're honored and proud to have been part of it!|Down 30 pounds since January, thank you team|confirms_relationship",
            "US|Call billing and we can lock in your current rate before it goes up.|Your prices keep rising, I'm out|discloses_financial",
            "US|That charge was for the visit you missed, but we'll waive it this once.|Why was I billed when I never came in?|discloses_financial",
            "US|That's not a known side effect, but call 911 now.|My arm went numb and my speech is slurred after the injection|medical_advice",
            "US|Las náuseas suelen ser normales al principio; coma poco y despacio.|Tengo náuseas con el tratamiento nuevo|medical_advice",
            "US|Sorry for the hassle. Our phone log doesn't show any missed calls from you, though.|Called four times, nobody ever calls back|defensive_tone",
            "US|Our hours are on the site; we open at 8.|I think I injected my dose twice, I'm shaky and sweaty and my sugar reads 50|emergency_not_redirected",
            "UK|Our nurse line opens at 8.|Been sick for three days and can't keep water down, feel really faint|emergency_not_redirected"})
    void isUnsafeWithItsLabel(String jurisdiction, String draft, String comment, String label) {
        KindChecks.blockedWithLabel(jurisdiction, draft, comment, label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|We love seeing so many families at the health fair!|Great health fair this weekend",
            "US|Our team gives every new patient a welcome pack.|What happens at a first visit?"})
    void isNotUnsafe(String jurisdiction, String draft, String comment) {
        KindChecks.notBlocked(jurisdiction, draft, comment);
    }
}
