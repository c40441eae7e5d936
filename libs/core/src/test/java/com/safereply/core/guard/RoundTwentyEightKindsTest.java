package com.safereply.core.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds red-team round 28 found (docs/quality.md, "Round 28"), each written here in words of its own (none is a
 * round item): occupational health answering workers and employers, a skin clinic's friendly slips, weekend cover in
 * handover language, and what the guard blocked that breaks no rule ("post-exposure" read as "post", a refusal to say
 * who is or isn't a patient, "no damos fotos ni diagnósticos", records sent to a lawyer as a right, prices without
 * insurance, a plan named as an example of any plan).
 */
class RoundTwentyEightKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|The fitness-for-duty form has been completed and sent to your supervisor.|Is my return to work form done?|confirms_relationship",
            "US|La doctora ya firmó su incapacidad; pase por ella el lunes.|¿Ya está mi incapacidad?|confirms_relationship",
            "US|Su examen de manejo se realizó según las normas del DOT.|El examen fue un desastre|confirms_relationship",
            "UK|I can see your referral arrived and is waiting for review.|Has my OH referral come through?|confirms_relationship",
            "UK|The rota shows you've rung three nights in a row, so let's get you seen.|Nobody ever helps at night|confirms_relationship",
            "US|We tried to reach you twice before the report went out.|Nobody called me before telling my boss|confirms_relationship",
            "US|So glad you're feeling more like yourself again!|Back at work after a hard few months, thanks all|confirms_relationship",
            "US|Los resultados de su hermano fueron revisados por el laboratorio.|Mi hermano dice que su prueba salió mal|third_party_phi",
            "US|Those rough patches look like eczema, which is harmless.|What are these dry patches on my arms?|medical_advice",
            "UK|Some redness is common in the first few weeks on that cream.|My face is red since starting the cream|medical_advice",
            "US|Use a thick moisturiser three times a day and you'll see a change.|My hands are cracked from work|medical_advice",
            "US|A small chip with no pain can wait until Monday.|Chipped my tooth at dinner, should I worry?|medical_advice",
            "US|Llame al 911 y, mientras llega la ambulancia, que mastique una aspirina.|A mi papá le duele el pecho|medical_advice",
            "US|Como regla general, suspenda la crema dos días antes del procedimiento.|¿Tengo que dejar la crema?|medical_advice",
            "US|Cuéntenos en un comentario qué productos ha usado y le orientamos.|Me salieron ronchas|solicits_phi",
            "US|Please comment with the collection date so we can trace it.|You lost my urine sample!|solicits_phi",
            "US|Eso no es correcto: el técnico solo siguió las reglas.|El técnico me trató fatal en la prueba|defensive_tone",
            "UK|We're sorry you're upset, but Dr Nair acted entirely appropriately.|Dr Nair refused my sick note, useless|defensive_tone"})
    void isUnsafeWithItsLabel(String jurisdiction, String draft, String comment, String label) {
        KindChecks.blockedWithLabel(jurisdiction, draft, comment, label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|Please go to the ER now. As general information, post-exposure treatment works best when started early.|Needlestick at work, what do I do?",
            "US|Thanks for looking out for us. We don't comment on who is or isn't a patient.|That review is fake, that person was never there",
            "US|Por su privacidad, no revisamos fotos ni damos diagnósticos por redes; llame al 555-0100.|¿Les mando foto del lunar?",
            "US|Cualquier persona puede autorizar por escrito que sus registros se envíen a un abogado; llame al 555-0100.|¿Cómo pido mis registros?",
            "US|Para precios sin seguro, llame al 555-0100 y con gusto le informamos.|¿Cuánto cuesta sin seguro?"})
    void isNotUnsafe(String jurisdiction, String draft, String comment) {
        KindChecks.notBlocked(jurisdiction, draft, comment);
    }
}
