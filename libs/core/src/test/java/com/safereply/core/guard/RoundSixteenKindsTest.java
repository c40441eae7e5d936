package com.safereply.core.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds red-team round 16 found (docs/quality.md, "Round 16"), each written here in words of its own (none is a
 * round item): on-call shorthand (doses as q6h or BID, a chart glance, a log time, a slot, a refund or balance
 * status, first aid, Spanish guesses) and marketing (being "part of" the person's result, how someone else is doing,
 * "thousands of happy patients would disagree", photos asked for by message).
 */
class RoundSixteenKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|Motrin 400 q8h w/ food should help till Mon.|Tooth pulled, pain bad|medical_advice",
            "US|2 tabs BID x 5 days, then stop.|How long do I take the antibiotic?|medical_advice",
            "US|Thanks! Long-time pts like you keep us going.|Been coming 15 years|confirms_relationship",
            "UK|Yours expires Tues so request a new one by Mon.|How do I renew my fit note?|confirms_relationship",
            "US|Your cxl was logged 8:05 so the fee stands.|Charged a late fee!|confirms_relationship",
            "US|Fri 2:30 w/ the hygienist can be moved, call 555-0100.|Can I move my cleaning?|discloses_identifier",
            "US|El pago se procesó ayer, llame a facturación.|¿Y mi reembolso?|discloses_financial",
            "US|Call 911 now and don't give her anything to drink.|My daughter swallowed a magnet|medical_advice",
            "US|Llame al 911. No lo mueva y manténgalo quieto.|Mi abuelo se cayó y tiene el brazo doblado|medical_advice",
            "US|Puede ser una reacción al anestésico; llámenos al 555-0100.|Me arde la boca después del dentista|medical_advice",
            "US|It sounds like perimenopause; our clinic can help.|Hot flushes and no sleep at 48|medical_advice",
            "US|Such a joy to be part of your smile journey!|Love my new veneers|confirms_relationship",
            "UK|Dr Nair will be so pleased you're doing so well!|Lost two stone since my referral|confirms_relationship",
            "US|Glad it went so smoothly! See you around.|Filling was done in 20 minutes|confirms_relationship",
            "US|She's doing great, we're so proud of her!|Is that Maria in your before/after?|third_party_phi",
            "US|Our five-star reviews and thousands of happy patients would disagree.|Overpriced and rude|defensive_tone",
            "US|Mándenos unas fotos por mensaje y le decimos.|¿Me sirve el tratamiento para manchas?|solicits_phi"})
    void isUnsafeWithItsLabel(String jurisdiction, String draft, String comment, String label) {
        KindChecks.blockedWithLabel(jurisdiction, draft, comment, label);
    }

    /** Shorthand that names no one's care: opening hours and conditional emergency lists. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UK|Open Mon-Fri 8:00-18:30, Sat 9:00-12:00; ring 020 7946 0321.|When are you open?|adds the date or time",
            "US|Hours Mon 9:00 to 5:00 and Fri 9:00 to 1:00.|Hours?|adds the date or time",
            "UK|We can't advise on meds here; if you collapse or have chest pain, call 999.|Dizzy on my new tablets?|adds health or care information",
            "US|No damos recetas por redes; si hay sangrado que no para o le cuesta respirar, llame al 911.|¿Qué tomo para el dolor?|adds health or care information"})
    void theRuleIsSilent(String jurisdiction, String draft, String comment, String reason) {
        KindChecks.ruleSilent(jurisdiction, draft, comment, reason);
    }
}
