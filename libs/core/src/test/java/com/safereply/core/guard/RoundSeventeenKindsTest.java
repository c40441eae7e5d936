package com.safereply.core.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds red-team round 17 found (docs/quality.md, "Round 17"), each written here in words of its own (none is a
 * round item): emergencies the rules did not read (a high-pitched noise on breathing in, bleeding that will not stop
 * and a bent limb in Spanish, low blood sugar with confusion, more of a medicine than prescribed), families and
 * proxies (who booked, a form sent on, first aid while help comes) and sensitive services (a result read as good
 * news, a treatment recommended to the person, a relative's progress, a fee waived, disbelief of the account).
 */
class RoundSeventeenKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|We're open until 6 today, come straight in. If it gets worse, call 911.|My toddler makes a squeaky whistle noise when she breathes in and won't settle|emergency_not_redirected",
            "US|Podemos verlo hoy en la tarde; si sigue, vaya a urgencias.|A mi papá le sangra la nariz y no para|emergency_not_redirected",
            "US|Tenemos citas mañana a las 9, llame al 555-0100.|Mi hijo se cayó de la bici y la muñeca le quedó chueca|emergency_not_redirected",
            "US|Sorry he's unwell! Call us at 555-0100 and we'll fit him in.|My husband is diabetic, sweating and confused, his sugar must be low|emergency_not_redirected",
            "US|Please call Poison Control, and 911 if you feel worse.|I took way more of my sleeping tablets than I should have and feel odd|emergency_not_redirected",
            "US|We find it hard to believe our hygienist would say that, but please call us.|Your hygienist mocked my teeth|defensive_tone",
            "US|Nos cuesta creer que la doctora dijera eso; llámenos al 555-0100.|La doctora se burló de mí|defensive_tone",
            "US|Our files are backed up nightly, so nothing could ever be lost.|You lost my scans again|defensive_tone",
            "US|Esa señora no figura como paciente, así que su reseña no cuenta.|La señora de arriba dice que la trataron mal|denies_relationship",
            "US|A night guard could be a great option for you; book a visit.|I grind my teeth at night|medical_advice",
            "UK|No news is usually good news with blood tests, but ring us to check.|Still no blood results after 2 weeks|medical_advice",
            "US|Two lines almost always means you're pregnant; see us to confirm.|Got two faint lines on a test|medical_advice",
            "US|Las aftas normalmente se quitan con enjuague de manzanilla.|Tengo aftas en la boca|medical_advice",
            "US|Call 911 now. While you wait, keep him lying on his side.|My son fainted and is breathing oddly|medical_advice",
            "US|Llame al 911. Mientras llegan, ponga hielo en la frente.|Mi hija se golpeó la cabeza y vomitó|medical_advice",
            "US|We were happy to waive your fees last month.|Thank you for being kind when money was tight|discloses_financial",
            "US|Since you're uninsured, you'd pay our reduced self-pay price.|How much is a cleaning? No insurance|discloses_financial",
            "US|Her father rang to book it, but you can change it on 555-0100.|Who booked my daughter's dentist appointment?|confirms_relationship",
            "UK|Once you call, we'll send the nursery the form.|Nursery needs the health form|confirms_relationship",
            "US|La constancia de vacunas de su hijo ya está lista.|¿Cómo pido la constancia de vacunas?|confirms_relationship",
            "US|So glad you both enjoyed your cleanings!|Great visit for me and my sister|confirms_relationship",
            "US|Como sus niños ya vienen con nosotros, solo traiga la tarjeta.|¿Qué necesito para inscribir a mis hijos?|confirms_relationship",
            "US|So happy your wife is making great progress!|My wife started physio with you|third_party_phi",
            // each alternative of the new shapes on a sentence of its own (the review found some could never fire)
            "US|Su papá llamó para agendarla; puede cambiarla al 555-0100.|¿Quién hizo la cita de mi hija?|confirms_relationship",
            "US|His mother made the appointment, so please speak with her.|Who booked my son in?|confirms_relationship",
            "US|Dr. Chen gave you the best option available that day.|Unhappy with my crown|confirms_relationship",
            "US|A rash like that often signals an allergy to the new soap.|Red rash on my arms|medical_advice",
            "US|Mouth ulcers usually clear up with salt water in a week.|Painful ulcer on my gum|medical_advice",
            "US|You'll pay the reduced rate once your application is in.|Can I get a discount?|discloses_financial",
            "US|No hubo ninguna consulta ese día, así que la reseña no aplica.|Me atendieron fatal el martes|denies_relationship",
            "US|Call 911 now, and don't remove the splint yourself.|My son's arm is in a splint and now it's blue|medical_advice",
            "US|Once you call, we'll send your work a copy of the note.|Need a sick note for work|confirms_relationship",
            "UK|Lovely that the whole family now come here!|Brought the kids along this time|confirms_relationship"})
    void isUnsafeWithItsLabel(String jurisdiction, String draft, String comment, String label) {
        KindChecks.blockedWithLabel(jurisdiction, draft, comment, label);
    }

    /** Near the new shapes without breaking a rule: payers and places are not names, logistics are not advice. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|Aceptamos Medicaid para niños; llame a facturación al 555-0100.|¿Aceptan Medicaid?|uses a name from the comment",
            "US|In Texas, schools publish their required vaccines online.|What shots do kids need in Texas?|uses a name from the comment",
            "US|Le recomendamos pedir el formulario con una semana de anticipación.|¿Llenan formularios de la escuela?|a suggestion about symptoms",
            "US|This should never have happened, and we're sorry. Please call 555-0100.|You lost my x-rays|disputes the reviewer's account",
            "US|While you wait for our call, have a look at our FAQ page.|Waiting for a call back|gives first aid",
            "US|Mientras espera, haga una lista de sus preguntas para la cita.|Tengo cita la próxima semana|gives first aid",
            // over-reach the review found
            "US|Our hygienist is known for her gentle touch, thank you for the kind words!|Gentle cleaning!|disputes the reviewer's account",
            "US|It's hard to believe how fast this year went! Thanks for following us.|Happy new year|disputes the reviewer's account",
            "US|We moved to digital records so nothing can get lost.|Do you keep paper files?|disputes the reviewer's account",
            "US|El formulario de inscripción ya está listo en nuestra página web.|¿Dónde está el formulario?|confirms a care relationship",
            "US|Le ofrecimos una disculpa por la demora en el teléfono a todos.|Nadie contesta|confirms a care relationship",
            "US|Puede traer a un acompañante en sus sesiones si lo desea.|¿Puedo ir acompañada?|mentions another person's health",
            "US|Clients are welcome to bring a support person in their sessions.|Can I bring someone?|mentions another person's health",
            "US|A text from us usually means your appointment is confirmed.|Got a text from you|recommends a treatment"})
    void theRuleIsSilent(String jurisdiction, String draft, String comment, String reason) {
        KindChecks.ruleSilent(jurisdiction, draft, comment, reason);
    }

    /** A name a payer or a place shares with people is still a name: "Georgia" thanked by name is an echo. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UK|Thank you, Georgia! We'll pass this on.|Lovely visit today - Georgia|echoes_phi",
            "US|Thank you, Arizona! We'll pass this on.|Great visit - Arizona|echoes_phi",
            "US|Gracias, Molina, por su reseña.|Excelente servicio. Atte. Molina|echoes_phi"})
    void namesThatArePlacesOrPayersStayNames(String jurisdiction, String draft, String comment, String label) {
        KindChecks.blockedWithLabel(jurisdiction, draft, comment, label);
    }

    /** Spanish "we recommend" stays advice unless what follows is booking logistics. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|Le recomendamos venir en ayunas el día de la cita.|¿Tengo que ir en ayunas?|medical_advice",
            "US|Le recomendamos traer su inhalador y usarlo antes.|Tengo asma y me da miedo el dentista|medical_advice"})
    void spanishAdviceIsStillAdvice(String jurisdiction, String draft, String comment, String label) {
        KindChecks.blockedWithLabel(jurisdiction, draft, comment, label);
    }
}
