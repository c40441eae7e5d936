package com.safereply.core.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A review of the rules written for rounds 12-14 (a helper reading the diff, no code run) found safe sentences they
 * blocked. Each such sentence is here, with the reason of the rule that no longer fires on it; the learned check may
 * still send it to a second person.
 */
class ReviewedRulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the emergency order rules
            "US|Please call 911 now and don't wait to see if it gets worse.|My chest is crushing|only if it gets worse",
            "US|Llame al 911 ahora, no espere a ver si empeora.|Me duele mucho el pecho y no puedo respirar|only if it gets worse",
            "US|Please don't come in or wait for us to open; call 911 or go to the nearest emergency room now.|My throat is closing up|before inviting them in",
            "US|Please call or text 988 now, or call 911 if you are in immediate danger.|I want to end my life|before any other number",
            // registration
            "US|Our phone number isn't registered with WhatsApp, so please call 555-0100.|Do you have WhatsApp?|says whether someone is registered",
            // visits, yours, records
            "US|We can see you're frustrated, and we're sorry.|Nobody called me back|confirms a visit",
            "US|¿En qué podemos atenderle? Llámenos al 555-0100.|Hola|confirms a visit",
            "US|Todos los pacientes pueden pedir un intérprete en sus citas.|¿Tienen intérprete?|confirms a visit",
            "US|Thanks for the lovely review you left our team!|Great staff|confirms a care relationship",
            "US|We read every review, and yours has been shared with the team.|Great service|applies the general rule",
            "US|Our schedule has openings this week for new patients; call 555-0100.|Taking new patients?|reads what is on record",
            "US|The system has been fixed, so online booking works again.|Your website is broken|reads what is on record",
            "US|Online booking is down until the team can fix it, so please call 555-0100.|Can't book online|plans care",
            "US|Appointments that are not attended without 24 hours' notice may be charged a fee.|Do you charge for missed visits?|reports what this person did",
            "US|Le pedimos avisar con 24 horas para poder atender a otros pacientes.|¿Cómo cancelo?|mentions another person's care",
            // advice shapes without a person's health in them
            "US|Street parking is usually fine after 10am.|Where do I park?|reassures instead of triaging",
            "US|Our main line, 555-0100, is the one to use for billing questions.|Who do I call about a bill?|suggests a diagnosis",
            "US|A phone call is the safer option for anything private.|Can I DM you?|suggests a diagnosis",
            "US|Sudden face drooping can mean a stroke, so call 911 right away.|My dad's face looks odd|suggests a diagnosis",
            "US|Over the holiday we will take calls as usual.|Are you open at Christmas?|tells the person what to do with a medication",
            "US|Free orthodontic wax is available at reception for anyone with braces.|Do you sell wax?|gives home-care instructions",
            "US|It's important not to stop any medication without talking to your prescriber.|Can I stop my pills?|tells the person what to do with a medication",
            "US|Si nos escribe, por favor no incluya su nombre ni datos de salud.|¿Puedo escribirles?|asks for personal details",
            // disputes and warnings that dispute no one
            "US|Research clearly shows that the flu vaccine is safe for most people.|Is the flu shot safe?|disputes the reviewer's account",
            "US|We caution everyone to ignore texts asking for card details in our name.|Got a weird text from you|disputes the reviewer's account",
            "US|We'd like to clarify that we are still open.|Are you closed?|disputes the reviewer's account",
            "US|Queremos aclarar que la clínica sigue abierta.|¿Cerraron?|disputes the reviewer's account",
            // relatives in a conditional, contact words in a warning or a greeting
            "US|Si su hijo necesita atención médica urgente, llame al 911 ahora.|¿Atienden niños?|mentions another person's health",
            "US|If your son or daughter is unwell, please call 555-0100.|Do you see kids?|mentions another person's health",
            "US|We took a look at your post and we'd love to help; please call 555-0100.|Terrible service|says the practice will contact the person",
            "US|If you ever get a text from us asking for card details, it's a scam.|Is this text from you?|says the practice will contact the person",
            "US|Les enviamos un cordial saludo.|Gracias a todos|says the practice will contact the person",
            // hashtags and family that name no one
            "US|We take privacy seriously. #PatientPrivacy|Do you share my data?|one of the practice's patients",
            "US|Cada paciente es parte de nuestra familia.|¿Son buenos?|one of the practice's patients"})
    void theRuleIsSilent(String jurisdiction, String draft, String comment, String reason) {
        KindChecks.ruleSilent(jurisdiction, draft, comment, reason);
    }
}
