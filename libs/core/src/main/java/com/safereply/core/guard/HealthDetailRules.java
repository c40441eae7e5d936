package com.safereply.core.guard;

import com.safereply.core.guard.Vocabulary.Hit;
import com.safereply.core.guard.Vocabulary.Kind;
import com.safereply.core.model.HardRule;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.safereply.core.model.HardRule.H5;

/**
 * Health, care and money details about a person (§3 H3–H6 lexicons, §8 step 3 entity overlap): a clinical, financial or
 * insurer term in a sentence attributed to a person is an echo, H6 {@code echoes_phi}, when the comment contains it, and
 * otherwise an addition, H4 {@code discloses_clinical} or H5 {@code discloses_financial}. Sentences that open with a
 * conditional or general frame are exempt, as the spec allows ("If you have chest pain, call 911").
 */
final class HealthDetailRules implements Rule {

    private static final Pattern MONEY = Pattern.compile("[$£€]\\s?(\\d[\\d,]*(?:\\.\\d\\d)?)|\\b(\\d[\\d,]*) (?:dollars|pounds|euros)\\b");

    /** Declining to discuss accounts at all (round 2): a money word after it describes what is not discussed. */
    private static final Pattern REFUSAL_TO_DISCUSS = Pattern.compile(
            "\\b(?:can'?t|cannot|can not|unable to|not able to|won'?t|never)\\s+(?:confirm|discuss|disclose|comment on|share|talk about|assess|evaluate)\\b"
                    + "|\\bno podemos (?:confirmar|hablar|comentar|discutir)\\b");
    /** The money word belongs to the reader or to someone named: not covered by the refusal. */
    private static final Pattern POSSESSIVE_END = Pattern.compile("\\b(?:your|his|her|their|su|sus|tu)\\s+$");
    /** The care word belongs to nobody in particular: "anyone's", "any patient's", "individual". */
    private static final Pattern ANYONES_END = Pattern.compile(
            "\\b(?:anyone's|anybody's|any individual's|any patient's|an individual's|individual|individuals'|patients'|personal|de nadie|de ningun paciente)\\s+$");
    /** The money word describes a group, not the reader: "for people without insurance", "para personas sin seguro". */
    private static final Pattern GROUP_END = Pattern.compile(
            "\\b(?:people|patients|anyone|those|families|adults|children|personas|gente|pacientes|familias|quienes)"
                    + " (?:sin|without|with|con|who have|who are|que tienen|que no tienen) (?:an? |una? |el |la )?$"
                    // "precios sin seguro", "self-pay rates without insurance": a price list for everyone (round 28)
                    + "|\\b(?:precios?|tarifas?|prices?|rates?|costs?|costos?) (?:sin|without) (?:an? |el |la )?$");
    /**
     * An insurer named as one the practice accepts, in general (§6): "which plans we accept, including Medicaid",
     * "aceptamos Medicaid y otros planes". Not when the sentence ties a plan to someone ("your Medicaid").
     */
    private static final Pattern ACCEPTED_PLAN_END = Pattern.compile(
            "\\b(?:we (?:also |gladly |happily |do )?(?:accept|take|bill|work with|are in(?:-| )network with)"
                    + "|(?:plans|insurers|insurance) we (?:accept|take)|we're in(?:-| )network with|aceptamos|trabajamos con"
                    + "|recibimos)\\b[^.!?]{0,60}$"
                    // "whether a given plan like Delta Dental is in network": any plan, asked about in general (round 21)
                    + "|\\b(?:whether|if) (?:a given |a specific |a particular |a |any |the )?(?:plan|insurer|insurance plan|carrier)"
                    + ",?(?: (?:like|such as))?\\s+$|\\b(?:plans|planes) (?:like|such as|como)\\s+$");
    /** The money word names the topic of a concern or question: "your concerns about billing". */
    private static final Pattern CONCERN_TOPIC_END = Pattern.compile(
            "\\b(?:concerns?|questions?|comments?|feedback|queries|query|preguntas?|dudas?|inquietudes?) (?:about|regarding|on|with"
                    + "|sobre|acerca de|de) (?:the |our |la |el |nuestra |nuestro )?$");
    /**
     * The money word sits in a general explanation offered to anyone: "le explicamos en general cómo funcionan los
     * beneficios de Medicaid", "we can explain how payment plans work" (round 25). Not "how your plan works".
     */
    private static final Pattern HOW_IT_WORKS_END = Pattern.compile(
            "\\b(?:explain|explicamos|explicarle|explicar|explicarles|walk (?:you|anyone) through)\\b(?: (?:en general|in general"
                    + "|generally))?\\s+(?:how|como)\\b[^.!?,;:]{0,50}$");
    /** The care word is any one at all: "a list of any medications", "cualquier medicamento". */
    private static final Pattern ANY_END = Pattern.compile("\\b(?:any|cualquier)\\s+$");
    /** The care word names a kind of service: "mental-health help", "salud mental: apoyo". */
    private static final Pattern SERVICE_AFTER = Pattern.compile("^[\\s-]*(?:help|support|services?|lines?|teams?|crisis line|class(?:es)?|programmes?|programs?|groups?|sessions?"
            + "|talks?|clinics?|workshops?)\\b");
    private static final Pattern SOMEONES_PLAN = Pattern.compile("\\b(?:your|his|her|their|su|sus|tu)\\s+(?:\\w+\\s+)?"
            + "(?:plan|plans|insurance|coverage|cover|policy|seguro|poliza|cobertura)\\b");
    /** The care word is the object of a refusal: "can't advise on meds", "no damos recetas", "won't prescribe". */
    private static final Pattern REFUSED_OBJECT_END = Pattern.compile(
            "\\b(?:can'?t|cannot|won'?t|don'?t|do not|unable to|not able to)\\s+(?:advise on|give|provide|offer|prescribe"
                    + "|recommend|discuss)\\s+(?:any\\s+)?$"
                    + "|\\b(?:no|ni) (?:podemos |puedo )?(?:damos|dar|ofrecemos|ofrecer|hacemos|hacer|recetamos|recetar|recomendamos"
                    + "|recomendar)\\s+(?:ningun[oa]?\\s+)?$");
    /** The care word is the topic of advice: "advice about", "indicaciones sobre" (any, ningún). */
    private static final Pattern ADVICE_TOPIC_END = Pattern.compile(
            "\\b(?:advice|guidance|recommendations|information|indicaciones|consejos|recomendaciones|informacion|orientacion)"
                    + " (?:on|about|regarding|around|sobre|acerca de|de|con)\\s+(?:any\\s+|ningun\\s+|ninguna\\s+|los\\s+|las\\s+)?$");
    /** ... which the sentence declines to give. */
    private static final Pattern ADVICE_REFUSED = Pattern.compile(
            "\\b(?:can'?t|cannot|can not|unable to|not able to|won'?t|don'?t|do not|never)\\s+(?:give|provide|offer)\\b"
                    + "|\\bno (?:podemos|damos|ofrecemos|brindamos|es posible) (?:dar|ofrecer|brindar)?\\b");
    /**
     * The care word is the topic of questions or decisions that belong with a clinician ("Questions about managing
     * treatment side effects are best answered by a clinician", "Decisions about sedation are made one-on-one with a
     * dentist"): a redirect about everyone, nobody's care (round 30).
     */
    private static final Pattern CLINICIAN_TOPIC_END = Pattern.compile(
            "\\b(?:questions?|decisions?|choices?|preguntas?|decisiones?|dudas?)\\s+(?:about|on|regarding|around|sobre|acerca de)"
                    + "\\s+(?:managing\\s+|any\\s+|cualquier\\s+)?$");
    private static final Pattern CLINICIAN = Pattern.compile("\\b(?:clinicians?|dentists?|doctors?|gps?|pharmacists?|nurses?"
            + "|medicos?|doctoras?|dentistas?|profesional(?:es)?)\\b");
    /** A helpline in the same sentence: "988 ... es gratis" says what the line costs anyone (round 35). */
    private static final Pattern HELPLINE = Pattern.compile(
            "\\b(?:988|116 123|111|samaritans|crisis (?:line|text line)|helpline|hotline|linea (?:de crisis|de ayuda))\\b");
    /** The money words that only say something costs nothing. */
    private static final Set<String> FREE = Set.of("gratis", "for free", "free of charge");
    /** The money word is what varies from plan to plan ("Coverage varies a lot between plans"): nobody's cover (round 30). */
    private static final Pattern VARIES_AFTER = Pattern.compile(
            "^\\s+(?:\\w+\\s+)?(?:varies|vary|differs|differ|depends|depend|varia|varian|depende|dependen)\\b");
    /** "Pain and anger": pain named with a feeling is hurt, not a symptom (round 31). */
    private static final Pattern FEELING_AFTER = Pattern.compile(
            "^\\s+(?:and|or|y|o) (?:anger|frustration|hurt|grief|sadness|distress|upset|disappointment|enojo|coraje|rabia"
                    + "|frustracion|tristeza|angustia|decepcion|indignacion)\\b");
    /** "Lamentamos profundamente su dolor": Spanish "dolor" after condolences is grief, not a symptom (round 30). */
    private static final Pattern CONDOLENCE_END = Pattern.compile(
            "\\b(?:lamentamos|sentimos|acompanamos|compartimos|entendemos|comprendemos)\\b[^.!?]{0,25}\\b(?:en )?(?:su|tu)\\s+$");
    /** A conditional opened mid-sentence, the §3 "If you have chest pain, call 911" frame after a comma. */
    private static final Pattern CONDITION_OPENS = Pattern.compile(
            "\\b(?:if|si) (?:anyone|someone|somebody|alguien|you (?:ever )?(?:have|has|get|develop|notice|experience|collapse|faint)"
                    + "|usted (?:tiene|presenta)|tiene|presenta|le (?:cuesta|duele)|hay|there'?s|there is)\\b");
    /** ... and the conditional sends the reader to emergency services. */
    private static final Pattern REDIRECT = Pattern.compile("\\b(?:911|999|988|112|a&e|emergency room|urgencias|sala de emergencias)\\b");

    /** Payment facts the practice states about a case, whoever the subject (§2 H5 refunds, collections, free care). */
    private static final List<Seed> SEEDS = List.of(
            Seed.of(H5, "discloses payment information", List.of("we", "we've", "we'd", "we're"),
                    "(?:we|we've|we have|we'd|we had|we're|we are) (?:already |happily |gladly )?(?:waived|refunded|discounted"
                            + "|reduced|written off|wrote off|comped|credited|reversed|adjusted|sent .{0,20}?to collections"
                            + "|(?:processed|issued|issuing|processing|approved|arranged) (?:a|the|your)(?: full| partial)? refund)\\b"),
            Seed.of(H5, "discloses payment information", List.of("refund", "the", "a", "your"),
                    "(?:(?:the|a|your) )?refund (?:has been|was|is being|will be) (?:issued|processed|approved|sent)\\b"),
            Seed.of(H5, "discloses payment information", List.of("was", "were", "is", "been"),
                    "(?:was|were|is|been) (?:done|provided|given|performed|completed|treated) (?:for free|free of charge"
                            + "|at no (?:cost|charge)|at a discount)\\b"),
            Seed.of(H5, "discloses payment information", List.of("sent", "turned", "referred"),
                    "(?:sent|turned over|referred) (?:\\w+ )?to collections\\b"));

    @Override
    public List<Seed> seeds() {
        return SEEDS;
    }

    @Override
    public void check(GuardContext context, Findings findings) {
        AnalysedText draft = context.draft;
        for (Hit hit : context.hits) {
            boolean clinical = hit.is(Kind.CLINICAL);
            boolean money = hit.is(Kind.FINANCIAL) || hit.is(Kind.INSURER);
            if (!clinical && !money) {
                continue;
            }
            int s = draft.sentenceOfToken(hit.startToken());
            if (!context.attributed(s)) {
                continue;
            }
            int start = draft.tokenStart(hit.startToken());
            int end = draft.tokenEnd(hit.endToken() - 1);
            String before = draft.folded.substring(draft.sentenceStart(s), start);
            String after = draft.folded.substring(end, draft.sentenceEnd(s));
            if (money && !POSSESSIVE_END.matcher(before).find() && REFUSAL_TO_DISCUSS.matcher(before).find()) {
                continue; // "we can't discuss any individual's account": the refusal the spec asks for, about no one
            }
            if (clinical && ANYONES_END.matcher(before).find() && REFUSAL_TO_DISCUSS.matcher(before).find()) {
                continue; // "we can't discuss anyone's prescriptions": the same refusal, about everyone's care (round 3)
            }
            if (money && GROUP_END.matcher(before).find()) {
                continue; // "payment options for people without insurance": a group anyone may be in (round 15)
            }
            if (hit.is(Kind.INSURER) && ACCEPTED_PLAN_END.matcher(before).find()
                    && !SOMEONES_PLAN.matcher(before + after).find() && !POSSESSIVE_END.matcher(before).find()) {
                continue; // "which plans we accept, including Medicaid": the practice's plans, nobody's cover (round 18)
            }
            if (money && HOW_IT_WORKS_END.matcher(before).find() && !SOMEONES_PLAN.matcher(before + after).find()) {
                continue; // "cómo funcionan los beneficios de Medicaid": how a plan works for everyone (round 25)
            }
            if (money && CONCERN_TOPIC_END.matcher(before).find()) {
                continue; // "your concerns about billing": the topic of the complaint, no detail of an account (round 22)
            }
            if (clinical && (ANY_END.matcher(before).find()
                    || (SERVICE_AFTER.matcher(after).find() && !POSSESSIVE_END.matcher(before).find()))) {
                continue; // "a list of any medications", "for urgent mental-health help": everyone's, a kind of service (round 22)
            }
            if (clinical && REFUSED_OBJECT_END.matcher(before).find()) {
                continue; // "we can't advise on meds here", "no damos recetas por redes": declined, about no one (round 16)
            }
            if (clinical && ADVICE_TOPIC_END.matcher(before).find() && ADVICE_REFUSED.matcher(before).find()) {
                continue; // "we can't give advice about medicines online": the topic declined, about no one (round 12)
            }
            if (clinical && CONDITION_OPENS.matcher(before).find() && REDIRECT.matcher(after).find()) {
                continue; // "..., and if anyone has chest pain, call 911": a conditional safety net, mid-sentence
            }
            if (clinical && CLINICIAN_TOPIC_END.matcher(before).find() && CLINICIAN.matcher(after).find()) {
                continue; // "questions about treatment side effects are best answered by a clinician" (round 30)
            }
            if (money && FREE.contains(hit.canonical()) && HELPLINE.matcher(before + after).find()) {
                continue; // "puede llamar al 988, gratis y en español": the helpline's price, nobody's bill (round 35)
            }
            if (money && VARIES_AFTER.matcher(after).find() && !SOMEONES_PLAN.matcher(before + after).find()
                    && !POSSESSIVE_END.matcher(before).find()) {
                continue; // "coverage varies a lot between plans": how cover works for anyone (round 30)
            }
            if (clinical && (draft.folded.startsWith("pain", start) || draft.folded.startsWith("dolor", start))
                    && FEELING_AFTER.matcher(after).find()) {
                continue; // "we can hear how much pain and anger is in it": hurt, not a symptom (round 31)
            }
            if (clinical && draft.folded.startsWith("dolor", start) && CONDOLENCE_END.matcher(before).find()) {
                continue; // "lamentamos profundamente su dolor": grief (round 30)
            }
            if (context.comment.terms().contains(hit.canonical())) {
                findings.span(HardRule.H6, start, end, "repeats a health, care or payment detail from the comment");
            } else if (clinical) {
                findings.span(HardRule.H4, start, end, "adds health or care information about a person");
            } else {
                findings.span(H5, start, end, "adds payment information about a person");
            }
        }
        checkAmounts(context, findings);
    }

    private static void checkAmounts(GuardContext context, Findings findings) {
        AnalysedText draft = context.draft;
        if (draft.folded.indexOf('$') < 0 && draft.folded.indexOf('£') < 0 && draft.folded.indexOf('€') < 0
                && !draft.folded.contains("dollars") && !draft.folded.contains("pounds")) {
            return;
        }
        Matcher m = MONEY.matcher(draft.folded);
        while (m.find()) {
            int s = draft.sentenceAt(m.start());
            if (!context.attributed(s)) {
                continue;
            }
            if (PracticePrices.isOwnPrice(draft.folded, m.start(), m.end())) {
                continue;
            }
            String amount = (m.group(1) != null ? m.group(1) : m.group(2)).replaceAll("[^0-9.]", "");
            if (context.comment.amounts().contains(amount)) {
                findings.span(HardRule.H6, m.start(), m.end(), "repeats an amount from the comment");
            } else {
                findings.span(H5, m.start(), m.end(), "adds an amount about a person");
            }
        }
    }
}
