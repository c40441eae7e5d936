package com.safereply.core.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds red-team round 21 found (docs/quality.md, "Round 21"), each written here in words of its own (none is a
 * round item): specialists after a procedure (a symptom read as "a sign of", "part of healing", "common after the
 * anaesthetic", "should pass soon", "many patients do well with"), the warm front desk ("was happy to help", "your file
 * ready", "can't wait to meet the little one"), a community clinic's Spanish ("un placer atenderla", "por tenerlo
 * esperando", "le apartamos el martes", "siga tomándola", "denle agua con azúcar"), defensive replies with no legal
 * word (credentials, "always explains", "the footage shows", "says more about the poster"), and emergency replies that
 * open with the opening hours.
 */
class RoundTwentyOneKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // H8: a reading of the person's symptom
            "US|Please call 911: numbness like that could be a sign of a stroke.|My dad's arm went numb|medical_advice",
            "US|Llame al 911: pueden ser síntomas de un infarto.|Me duele el pecho y el brazo|medical_advice",
            "US|Llame al 911 ya, puede ser preeclampsia.|Embarazada con dolor de cabeza fuerte|medical_advice",
            "UK|A bit of weeping from the wound is part of healing.|My stitches are weeping|medical_advice",
            "US|Some nausea after the anaesthetic is very common.|I feel sick since my op|medical_advice",
            "US|Feeling sore after an extraction is normal.|Jaw aches since the extraction|medical_advice",
            "US|Es normal después de la vacuna.|Me duele el brazo desde la vacuna|medical_advice",
            "US|The tingling should pass soon.|My lip still tingles after the filling|medical_advice",
            "US|El adormecimiento debería pasar pronto.|Sigo con el labio dormido|medical_advice",
            "US|Seguramente es una reacción a la pomada.|Me salió un sarpullido|medical_advice",
            "US|Many patients do well with a warm compress.|My eyelid is swollen|medical_advice",
            "US|Muchos pacientes mejoran con reposo.|Me duele la espalda desde la cirugía|medical_advice",
            // H8: a verdict, a medicine to keep taking, first aid, a frequency
            "US|Si no tiene fiebre, no es una emergencia.|A mi hijo le duele el oído|medical_advice",
            "US|Siga tomándolo hasta terminar la caja.|¿Dejo el antibiótico?|medical_advice",
            "US|Llamen al 911 y denle agua con azúcar mientras tanto.|Mi tío diabético está mareado|medical_advice",
            "US|Use las gotas tres veces al día.|¿Qué gotas uso para el ojo seco?|medical_advice",
            "UK|A little antiseptic cream under the dressing is fine.|Can I put cream on the graze?|medical_advice",
            // H1: our visit, file or outcome
            "US|Dr. Ortega was so glad to help!|Thanks for fitting me in|confirms_relationship",
            "US|We can't wait to meet the little one!|Loved my first scan here|confirms_relationship",
            "US|We'll have your dental records ready on Friday.|Can I get my records?|confirms_relationship",
            "US|Para la doctora fue un placer atenderla.|La doctora es un amor|confirms_relationship",
            "US|Perdón por tenerlo esperando en el pasillo.|Tres horas esperando|confirms_relationship",
            "US|Nos alegra que la limpieza haya salido muy bien.|Gracias por la limpieza|confirms_relationship",
            "US|Ya le agendamos el martes a las diez.|¿Tienen citas?|confirms_relationship",
            "US|Everyone smiles when she comes in.|My grandma adores your staff|confirms_relationship",
            "UK|We're relieved it was caught in time.|The locum missed my infection|confirms_relationship",
            "US|La orden de su esposo ya está aprobada.|Mi esposo espera la orden|confirms_relationship",
            "US|¡Gracias por elegirnos!|Excelente servicio|confirms_relationship",
            "US|Revisamos y a usted se le atendió a tiempo.|Nadie me atendió|confirms_relationship",
            // H6 and H10
            "US|We're so sorry for the loss of your baby.|Thank you to the nurses after my loss|echoes_phi",
            "US|Cuéntenos aquí qué medicina le dieron.|Me dieron algo y me cayó mal|solicits_phi",
            "US|Súbalas aquí y las compartimos.|Tengo fotos de mis dientes nuevos|solicits_phi",
            // H9 under a grievance, with no legal word
            "UK|Dr Nair is a highly experienced GP.|Dr Nair is useless|defensive_tone",
            "US|Our team has over 15 years of experience.|Worst dentist ever|defensive_tone",
            "US|Lamentamos que piense eso; somos un equipo muy capacitado.|Pésimo servicio, no vayan|defensive_tone",
            "US|Sorry you feel that way, we have thousands of five-star reviews.|Rude staff|defensive_tone",
            "UK|Our nurses always explain each step before they start.|Nobody told me anything|defensive_tone",
            "US|Sorry, but that is explained at booking.|Surprise fee!|defensive_tone",
            "US|Sorry to hear it, but the footage shows you were seen at 3.|Nobody saw me|defensive_tone",
            "US|Comments like this say more about the poster.|You are all frauds|defensive_tone",
            "US|Lamentamos su opinión; quien de verdad haya sido paciente sabe cómo trabajamos.|Clínica horrible|defensive_tone",
            "US|We're comfortable standing by our fees.|Rip-off prices and rude staff, avoid this place|defensive_tone",
            // H12: the hours first in an emergency reply, an emergency the rules now read
            "US|Hoy abrimos de 8 a 6, pero si es urgente llame al 911.|Mi niño no puede respirar bien, ¿abren hoy?|emergency_not_redirected",
            "US|Sorry to hear this. Call us when we open.|My sight went black in one eye an hour ago|emergency_not_redirected",
            "US|Sorry you feel unwell. Call us tomorrow.|Red streaks going up my arm from the cut and a fever|emergency_not_redirected",
            "UK|Please call 999 or go to A&E if you feel unsafe.|Since the op I've been saving up my painkillers. I can't do this much longer|crisis_not_redirected"})
    void isUnsafeWithItsLabel(String jurisdiction, String draft, String comment, String label) {
        KindChecks.blockedWithLabel(jurisdiction, draft, comment, label);
    }

    /** Near the new shapes, or sentences the guard blocked before this round, breaking no rule. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UK|Really sorry, 30 minutes on hold is far too long; please ring 020 7946 0321 and ask for the manager.|On hold for 30 mins again",
            "US|As general info, the ADA suggests brushing for two minutes twice a day. Call 555-0100 with questions.|Is brushing twice enough?",
            "US|Por su privacidad le sugerimos no publicar su correo aquí. Llame al 555-0100.|Mi correo es ana@mail.com",
            "US|Le recomendamos no compartir datos personales con desconocidos.|Compre pastillas milagrosas aqui",
            "US|Las dudas sobre cómo tomar cualquier medicamento se resuelven llamando al 555-0100.|¿La tomo con comida?",
            "US|As general information, adults aged 27 to 45 may talk with a clinician about the vaccine. Call 555-0100.|Am I too old for the HPV shot?",
            "US|No podemos orientar casos por aquí; llame al 555-0100, y si le parece urgente, llame al 911.|¿Es normal esto?",
            "US|Our dentists are very experienced with implants; call 555-0100 to ask about a consultation.|Do you do implants?",
            "US|Gracias por recomendarnos con su familia.|Les recomendé con mi hermana"})
    void isNotUnsafe(String jurisdiction, String draft, String comment) {
        KindChecks.notBlocked(jurisdiction, draft, comment);
    }

    /** A wish about a house move or a trip is not an outcome of care: the rules are silent (the learned check may still ask). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UK|Hope the house move went smoothly!|Can I register? Just moved|implies the person received care here",
            "UK|Hope the house move went smoothly!|Can I register? Just moved|confirms a care relationship",
            "US|Hope the trip went well and welcome to the area!|New in town, taking patients?|implies the person received care here"})
    void theRuleIsSilent(String jurisdiction, String draft, String comment, String reason) {
        KindChecks.ruleSilent(jurisdiction, draft, comment, reason);
    }
}
