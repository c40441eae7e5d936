package com.safereply.core.guard;

import com.safereply.core.guard.Seed.Unless;
import com.safereply.core.guard.Vocabulary.Kind;
import com.safereply.core.model.HardRule;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.safereply.core.model.HardRule.H1;
import static com.safereply.core.model.HardRule.H2;

/**
 * H1 {@code confirms_relationship} and H2 {@code denies_relationship}: the §3 phrase patterns, with the §3 allowed
 * exceptions built in (the encounter list leaves out "your feedback/concerns/experience", refusals to confirm either
 * way cancel a match, "our patient advocate/portal" is a role name, "all our patients" is not about the reader).
 */
final class RelationshipRules implements Rule {

    private static final String CONFIRMS = "confirms a care relationship";
    /** "Welcome back to Miami!" welcomes someone to a place, not back to the practice (round 15). */
    static final String NOT_A_PLACE = "(?! to (?!(?:our|the|us|your)\\b)\\w+)";
    private static final String DENIES = "denies a care relationship";

    /** §3 H1 second-person possessive + encounter noun, plus the UK forms and the §9 "experience at our office" ruling. */
    static final String ENCOUNTER_NOUNS = "visit|appointment|appt|consult(?:ation)?|session|check-?up|check up|cleaning"
            + "|exam|procedure|surgery|treatment|care|stay|admission|discharge|follow-?up|follow up|x-?rays?|scan"
            + "|results?|labs?|lab order|chart|records?|file|forms?|account|bill|balance|claim|prescription|refill"
            + "|treatment plan|recovery|hygienist|therapist|dentist|doctor|provider|nurse|case|situation|surgeon"
            + "|physician|midwife|specialist|gp|referral|repeat prescription|smear|fit note";

    private static final List<Seed> SEEDS = List.of(
            Seed.of(H1, CONFIRMS, List.of("your"),
                    "your (?:last |recent |next |first |previous |upcoming |six-month |six month |new |annual |latest )?"
                            + "(?:" + ENCOUNTER_NOUNS + ")\\b"),
            Seed.of(H1, CONFIRMS, List.of("your"),
                    "your (?:time (?:here|with us|in our|at our)|experience (?:at|with|during|in) (?:our|the|dr|doctor|us|this)"
                            + "|experience here|stay with us)\\b"),
            // encounter verbs
            Seed.of(H1, CONFIRMS, List.of("when", "while"),
                    "(?:when|while) you (?:were|came|visited|checked in|stopped by)\\b"),
            Seed.of(H1, CONFIRMS, List.of("you", "you've"),
                    "(?:you (?:were|have been|got)|you've been) (?:seen|treated|here|examined|admitted|discharged|referred"
                            + "|prescribed|diagnosed|billed|charged|scheduled|booked|sent to us|fitted|sedated|numbed"
                            + "|vaccinated|tested|x-?rayed|scanned|operated on|in (?:our|the) (?:office|chair|clinic"
                            + "|waiting room|lobby|surgery))\\b"),
            Seed.of(H1, CONFIRMS, List.of("you"),
                    "you (?:came|come) (?:in\\b|to (?:us|see us|our)|here|by (?:our|the))|you (?:visited|stopped by) (?:us|our|the)\\b"),
            Seed.of(H1, CONFIRMS, List.of("we", "i"),
                    "(?:we|i) (?:saw|treated|examined|remember) you\\b"),
            Seed.of(H1, CONFIRMS, List.of("seeing", "meeting", "having", "treating"),
                    "(?:seeing|meeting|having|treating) you\\b"),
            // not a public event: "see you at the next community race" (round 29)
            Seed.of(H1, CONFIRMS, List.of("see"), "see you (?:again|soon|then|next|at|in)\\b(?!(?: (?:year|month|week|weekend|time))?(?: (?:at|in|on))? (?:the |our )?(?:next )?"
                    + "(?:community |charity |local |farmers |spring |summer |autumn |fall |winter |christmas |annual )?(?:race|fun run"
                    + "|fair|health fair|event|talk|match|game|parade|festival|open house|market|booth|stand|stall|park|walk"
                    + "|charity walk|course|one)\\b)"),
            Seed.of(H1, CONFIRMS, List.of("welcome"), "welcome back\\b" + NOT_A_PLACE),
            Seed.of(H1, CONFIRMS, List.of("missed"), "missed you\\b"),
            Seed.of(H1, CONFIRMS, List.of("fit"), "fit you in\\b"),
            Seed.of(H1, CONFIRMS, List.of("squeezed", "squeeze"), "squeez(?:e|ed) you in\\b"),
            Seed.of(H1, CONFIRMS, List.of("as"), "as discussed with you\\b"),
            // records
            Seed.of(H1, CONFIRMS, List.of("our", "the"), "(?:our|the) records (?:show|indicate)"),
            Seed.of(H1, CONFIRMS, List.of("per"), "per our records\\b"),
            Seed.of(H1, CONFIRMS, List.of("reviewed", "checked", "pulled", "looked"),
                    "(?:reviewed|checked|pulled|looked (?:at|into)|looked you up)\\b.{0,20}?\\b(?:chart|file|records?|account|system)\\b"),
            // anchored on the rare noun, the verb looked behind: "go", "look" and "the" are in most replies
            Seed.of(H1, CONFIRMS, List.of("chart", "file", "record", "records", "notes", "account", "history"),
                    "(?<=\\b(?:review|check|pull|look (?:at|into|over|through)|go (?:over|through)|reviewing|checking|pulling"
                            + "|looking (?:at|into|over|through)|going (?:over|through)) (?:the|your|their|his|her) )"
                            + "(?:chart|file|records?|notes|account|history)\\b"),
            Seed.of(H1, CONFIRMS, List.of("history"), "(?<=\\byour )history with (?:us|our|the)\\b"),
            // "we can confirm the senator's information was not part of it": confirming a fact about someone
            Seed.of(H1, CONFIRMS, List.of("confirm"),
                    "(?<=\\b(?:we|i) can (?:now )?)confirm (?:that )?(?:your|his|her|their|the \\w+'s|the \\$?\\d)"),
            Seed.of(H1, CONFIRMS, List.of("pacientes", "patients"),
                    "(?:pacientes como usted|pacientes como tu|patients like you)\\b", Unless.REFUSAL),
            // seeing this person at every visit ("verla tan recuperada en cada consulta"); "en cada cita" alone is policy
            Seed.of(H1, CONFIRMS, List.of("verla", "verlo", "verle", "verte", "atenderla", "atenderlo", "atenderle", "le", "la", "lo"),
                    "(?:verla|verlo|verle|verte|atenderla|atenderlo|atenderle|le vemos|la vemos|lo vemos)\\b[^.!?]{0,30}"
                            + "\\ben cada (?:consulta|cita|visita|revision|limpieza|control)\\b"),
            // something of theirs is ready at the practice, in English and Spanish
            Seed.of(H1, CONFIRMS, List.of("ready", "back", "done"),
                    "(?<=\\byour (?:new |test |lab |blood |repeat )?(?:results?|glasses|lenses|contacts|crown|retainer"
                            + "|aligners|prescription|records?|x-?rays?|forms?|letter|referral|paperwork|dentures?|night ?guard"
                            + "|mouth ?guard|fit note|sick note) (?:is|are|has been|have been) (?:now )?)(?:ready|back|done)\\b"),
            Seed.of(H1, CONFIRMS, List.of("su", "sus"),
                    "sus? (?:nuev[oa]s? )?(?:examenes|resultados|analisis|lentes|anteojos|gafas|receta|recetas|radiografias"
                            + "|placas|documentos|papeles|formularios?|corona|protesis|retenedor|carta|referido|certificado)"
                            + " (?:ya )?(?:esta|estan|quedo|quedaron) (?:listos?|listas?)\\b"),
            Seed.of(H1, CONFIRMS, List.of("on"), "on file\\b"),
            Seed.of(H1, CONFIRMS, List.of("in"), "in our system\\b"),
            // role and affiliation
            Seed.of(H1, CONFIRMS, List.of("as"),
                    "as your (?:doctor|dentist|provider|physician|therapist|nurse|surgeon|gp|hygienist|midwife)\\b"),
            Seed.of(H1, CONFIRMS, List.of("who"), "who (?:treated|saw|helped) you\\b"),
            // "thanks for choosing us", "... trusting your smile to us", "... choosing Lakeside Family Dental": any object
            // but "to ..." or a question word
            Seed.of(H1, CONFIRMS, List.of("thank", "thanks"),
                    "thanks? (?:you )?for (?:choosing|trusting) (?!to\\b|what\\b|how\\b|whether\\b|if\\b)\\w+"),
            Seed.of(H1, CONFIRMS, List.of("one", "our"),
                    "(?:one of )?our (?:long-?time |long time |valued |loyal |regular |former )?(?:patients?|patience)\\b"
                            + "(?!'| (?:advocate|care coordinator|portal|experience|relations|services|safety|privacy|rights))",
                    Unless.REFUSAL, Unless.GENERIC_GROUP, Unless.NEGATED_STATUS),
            Seed.of(H1, CONFIRMS, List.of("practice"), "practice family\\b"),
            Seed.of(H1, CONFIRMS, List.of("you", "you're", "this", "the", "he", "she", "he's", "she's"),
                    "(?:you are|you're|you were|you have been|you've been|this (?:reviewer|person|user|commenter)"
                            + " (?:is|was|has been)|the (?:reviewer|commenter) (?:is|was|has been)|(?:he|she) (?:is|was|has been)"
                            + "|he's|she's) (?:a |an |one of our |our )(?:valued |long-?time |former |new )?(?:patient|client)s?\\b",
                    Unless.REFUSAL),
            // outcomes and status
            Seed.of(H1, CONFIRMS, List.of("glad", "happy", "hope"),
                    "(?:glad|happy|hope)\\b.{0,30}?\\b(?:recovery|healing|feeling better|working (?:well )?for you"
                            + "|(?<!\\b(?:move|moving|trip|holiday|holidays|vacation|wedding|journey|drive|flight|party|event|race|birthday) )went smoothly"
                            + "|wore off)\\b"),
            // Spanish
            Seed.of(H1, CONFIRMS, List.of("su", "sus"),
                    "(?<!(?:indique|consulte a|consulte con|pregunte a|hable con|segun|recomiende) )sus? (?:proxima |ultima )?(?:cita|(?<!por su )consulta|tratamiento|visita|expediente|factura|historial|receta|ficha"
                            + "|resultados?|analisis|examenes|radiografias|caso|limpieza|empaste"
                            + "|historia clinica|registro (?:aparece|indica|muestra|dice)"
                            + "|dentista|doctor|doctora|medico|medica|cirugia|operacion)\\b"),
            Seed.of(H1, CONFIRMS, List.of("le"), "le (?:atendimos|vimos|tratamos|operamos)\\b"),
            Seed.of(H1, CONFIRMS, List.of("revisamos", "revisaremos", "revisar", "revisaron", "consultamos"),
                    "(?:revisamos|revisaremos|revisar|revisaron|consultamos) (?:su|el|la) (?:expediente|historial|ficha"
                            + "|registro|cuenta|historia clinica)\\b"),
            Seed.of(H1, CONFIRMS, List.of("uno", "una", "nuestro", "nuestra", "nuestros", "nuestras"),
                    "(?:un[oa] de )?nuestr[oa]s? pacientes?\\b", Unless.REFUSAL, Unless.GENERIC_GROUP),
            Seed.of(H1, CONFIRMS, List.of("cuando"), "cuando (?:usted )?(?:vino|nos visito|estuvo|vinieron)\\b"),

            // H2: denial
            Seed.of(H2, DENIES, List.of("never"),
                    "never (?:been )?(?:a |one of our )?patients?\\b|never (?:treated|seen|saw)\\b"
                            + "|never (?:been |come )?(?:here|in|to (?:our|this) (?:office|clinic|practice|surgery))\\b"
                            + "|never (?:visited|came in)\\b"),
            Seed.of(H2, DENIES, List.of("no"),
                    "no records? of\\b|no such patient\\b|no (?:patient|one|record|records) (?:by|under|with) (?:that|this|the) name"),
            Seed.of(H2, DENIES, List.of("not"), "not (?:one of )?our patients?\\b|not a patient (?:here|of ours|at)\\b",
                    Unless.REFUSAL),
            Seed.of(H2, DENIES, List.of("has", "have"), "(?:has|have) never been (?:seen|treated|here|a patient)\\b"),
            Seed.of(H2, DENIES, List.of("we", "we've"),
                    "we (?:have|had|found|could find|can find) no (?:record|records|trace|file|chart|history)\\b"
                            + "|we (?:don't|do not|couldn't|could not|can't|cannot) (?:have|find|locate|see) (?:any |a )?"
                            + "(?:record|records|file|chart|history|trace|appointment)s?\\b"
                            + "|(?:we|we've) (?:have )?never (?:seen|treated|met|had) (?:you|him|her|this|them)\\b"),
            Seed.of(H2, DENIES, List.of("is", "was", "are", "were", "isn't", "wasn't", "aren't", "weren't", "has"),
                    // not "we don't comment on who is or isn't a patient": both sides named, nothing said (round 28)
                    "(?<!\\b(?:is|was|are|were) or )(?:(?:is|was|are|were|has been) (?:not|never)|isn't|wasn't|aren't|weren't) (?:a |an |one of our |our |ever )"
                            + "(?:patient|client)s?\\b",
                    Unless.REFUSAL),
            Seed.of(H2, DENIES, List.of("not", "doubt"),
                    "(?:not sure|doubt) (?:that )?(?:this|that|the) (?:person|reviewer|user|individual|commenter) "
                            + "(?:is|was|has ever been|ever was|has been) (?:ever )?(?:a |an |one of our |our )?(?:patient|client)"),
            Seed.of(H2, DENIES, List.of("nunca"), "nunca (?:ha sido|fue|ha estado|ha venido) (?:nuestr[oa] )?(?:paciente|aqui)"),
            Seed.of(H2, DENIES, List.of("no"),
                    "no (?:es|ha sido|fue) (?:nuestr[oa] )?paciente|no (?:tenemos|hay) (?:ningun )?registro"));

    /** §3 UK: "at reception" / "at the surgery" in a sentence about the reader. */
    private static final Pattern UK_PLACE = Pattern.compile("\\bat (?:reception|the surgery)\\b");

    @Override
    public List<Seed> seeds() {
        return SEEDS;
    }

    @Override
    public void check(GuardContext context, Findings findings) {
        AnalysedText draft = context.draft;
        for (int s = 0; s < draft.sentenceCount(); s++) {
            if (!context.has(s, Kind.PERSON)) {
                continue;
            }
            Matcher m = UK_PLACE.matcher(draft.folded).region(draft.sentenceStart(s), draft.sentenceEnd(s));
            if (m.find()) {
                findings.span(HardRule.H1, m.start(), m.end(), CONFIRMS);
            }
        }
    }
}
