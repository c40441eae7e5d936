package com.safereply.core.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds red-team round 25 found (docs/quality.md, "Round 25"), each written here in words of its own (none is a
 * round item): details asked for in the comments behind an "if", crisis words the rules did not read ("can't see a way
 * out", "don't see the point of anything"), and what the guard blocked that breaks no rule (a quoted billing term
 * defined, the practice's posted price, how a plan works explained to anyone, "so everyone knows", the way to reach
 * help that skips the surgery).
 */
class RoundTwentyFiveKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|If you want us to look into it, drop your account number in the comments.|Will my HMO pay for a night guard?|solicits_phi",
            "US|Si gusta que lo revisemos, escriba su número de póliza aquí abajo.|¿Mi seguro cubre la limpieza?|solicits_phi",
            "UK|Please ring us on 020 7946 0321 during opening hours.|Fed up with all of it, I can't see a way out anymore.|crisis_not_redirected",
            "US|Our billing team can talk through options at 555-0100.|Honestly I don't see the point of anything now.|crisis_not_redirected",
            "US|Llámenos al 555-0100 de lunes a viernes.|Ya no le veo salida a nada, estoy cansada.|crisis_not_redirected"})
    void isUnsafeWithItsLabel(String jurisdiction, String draft, String comment, String label) {
        KindChecks.blockedWithLabel(jurisdiction, draft, comment, label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|Good question: 'allowed amount' generally means the most a plan will count for a service. Call 555-0100 to go through any statement.|What is allowed amount on my EOB?",
            "US|Our published $60 cash price covers a basic visit; call 555-0100 for the full list.|Your site says $60 but they charged more",
            "US|Con gusto le explicamos en general cómo funcionan los planes de Medicaid; llame al 555-0100.|Con Medicaid no me cubren nada",
            "US|We list our prices online so everyone knows what to expect. Call 555-0100 with questions.|Love that your prices are public",
            "UK|If you are in danger now, call 999; NHS 111 and Samaritans (116 123) answer at any hour. You don't need to go through reception first.|I can't go on like this"})
    void isNotUnsafe(String jurisdiction, String draft, String comment) {
        KindChecks.notBlocked(jurisdiction, draft, comment);
    }
}
