package com.safereply.core.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds red-team round 27 found (docs/quality.md, "Round 27"), each written here in words of its own (none is a
 * round item): support agents reading the dashboard aloud, compliance officers' and lawyers' replies (the process
 * "followed here", "the person affected has been notified", "we respectfully dispute the account", "never under the
 * care of"), thanks to veterans and service families, details asked for behind an "if", and what the guard blocked that
 * breaks no rule: capitalised names of programmes, services and events ("Armed Forces Covenant", "NHS App", "Stand
 * Down") read as people's names.
 */
class RoundTwentySevenKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|I checked, and the refill request was approved an hour ago.|Still waiting on my refill in the app!!|confirms_relationship",
            "US|Varias videollamadas fallaron ese día, incluida la suya.|La videollamada se cortó tres veces|confirms_relationship",
            "US|We'd be glad to reactivate your membership at the old price.|Cancelled because it's too pricey|confirms_relationship",
            "UK|Removals follow the regulations, and we are satisfied that was the case here.|You kicked me off the list for no reason|confirms_relationship",
            "US|De acuerdo con nuestros registros, la cita se canceló a tiempo.|Me cobraron por faltar y sí avisé|confirms_relationship",
            "US|We can assure you he received the same care as everyone else.|My dad was treated badly at your office|confirms_relationship",
            "US|It's great to hear from one of our longtime patients!|Best dentist around|confirms_relationship",
            "UK|Everyone affected by the error has now been written to, and the person concerned has been notified.|You sent my letter to my neighbour|practice_initiated_contact",
            "US|Le notificaremos por escrito cuando termine la revisión.|Filtraron mis datos|practice_initiated_contact",
            "US|We have been unable to match this comment to any record of ours.|Worst experience ever, fake doctor|denies_relationship",
            "US|As a courtesy, the balance has been written off.|Unfair bill, I'm not paying|discloses_financial",
            "US|Revisamos las llamadas del número terminado en 3382.|Nadie me contesta el teléfono|discloses_identifier",
            "US|There's no harm in sticking with the magnesium for now.|Does magnesium help with cramps?|medical_advice",
            "UK|That note means your results are fine, so nothing more is needed.|What does 'normal, no action' mean on my bloods?|medical_advice",
            "US|If you want us to check your file, send us a message with your date of birth.|Did you get my referral?|solicits_phi",
            "US|We respectfully dispute the version of events in this post.|Your dentist broke my tooth and lied about it|defensive_tone",
            "US|Es responsabilidad de cada paciente revisar sus recordatorios.|Nunca me avisaron de la cita, pésimo servicio|defensive_tone",
            "US|Sorry you feel that way; we've served this town for over 30 years.|Terrible place, greedy and rude|defensive_tone",
            "US|Lamentamos lo de la app. Si su mamá tiene la boca torcida, llame al 911.|La app no abre y mi mamá tiene la boca torcida y habla raro|emergency_not_redirected",
            "US|Thanks for telling us; please call us during business hours.|This portal is a joke. Honestly what's the point of anything anymore|crisis_not_redirected"})
    void isUnsafeWithItsLabel(String jurisdiction, String draft, String comment, String label) {
        KindChecks.blockedWithLabel(jurisdiction, draft, comment, label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UK|We take the Armed Forces Covenant seriously and would welcome a call on 020 7946 0321.|Do you even know what the Armed Forces Covenant is?",
            "UK|Repeat requests in the NHS App are handled in opening hours; reception can help on 020 7946 0321.|How long do repeats take in the NHS App?",
            "US|Our team was proud to volunteer at Stand Down this year. Thank you!|Thanks for helping at the Stand Down event",
            "US|We're sorry you felt unheard. Many people like to talk things through by phone: 555-0100.|Nobody answers your messages"})
    void isNotUnsafe(String jurisdiction, String draft, String comment) {
        KindChecks.notBlocked(jurisdiction, draft, comment);
    }
}
