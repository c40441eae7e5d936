package com.safereply.core.classify;

import com.safereply.core.text.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds emergency (threat to life or limb) and crisis (self-harm, suicide) language, in English and Spanish, in the
 * spec's lexicon (§3 H12) and its obvious variants. Recall matters more than precision here: a false alarm costs an
 * approver a glance, a miss can cost a life.
 */
public final class RiskDetector {

    private record Term(String name, Pattern pattern) {
    }

    private static final List<Term> EMERGENCY = List.of(
            term("chest pain", "chest (pain|pressure|tightness|tight|hurts?|is hurting|feels tight|feels heavy)"
                    + "|(pain|pressure|tight\\w*|squeez\\w*|heaviness|hurts?|hurting|crushing)\\W+(\\w+\\W+){0,3}?chest\\b"
                    + "|dolor (en el|de|del) pecho|(me|le) duele el pecho|presion en el pecho"),
            term("breathing", "can'?t breathe|cannot breathe|can'?t catch (my|his|her|their) breath|(trouble|difficulty|struggling|"
                    + "problems?) (breathing|to breathe)|hard to breathe|hardly breathe|not breathing|stopped breathing|"
                    + "short(ness)? of breath|gasping|struggling for (air|breath)|no (air|oxygen) (is )?(getting|going|staying)|"
                    + "not getting (enough )?(air|oxygen)|turning blue|lips (are |look |went )?blue|choking|"
                    + "no (puede|puedo) respirar|le cuesta respirar|me cuesta respirar|dificultad para respirar|se (esta )?ahoga"),
            term("stroke", "stroke|face (is )?droop|drooping|slurr(ed|ing)|can'?t (talk|speak) properly|can hardly (talk|speak)|"
                    + "(sudden|suddenly) (numb|weak|confus|can'?t see|blind)|numb on one side|one side of (my|his|her) face|"
                    + "derrame cerebral|embolia"),
            term("unresponsive", "collapsed|unconscious|pass(ed|ing)? out|black(ed|ing)? out|won'?t wake|"
                    + "(is|he'?s|she'?s|baby'?s?|they'?re|are|was) not responding|(isn'?t|wasn'?t|aren'?t) responding|"
                    + "unresponsive|fainted|faint(ing)? spells?|desmay|inconsciente|no responde|no reacciona"),
            term("seizure", "seiz(ure|ing)|convuls|(he'?s|she'?s|is|was|been|started|keeps) fitting"),
            term("heart attack", "heart attack|cardiac arrest|heart (is )?(racing|pounding) and|infarto"),
            term("overdose", "overdos|took too (much|many)|swallowed|poison(ed|ing)|ingested|drank (bleach|antifreeze)|"
                    + "took (\\d+|a (bunch|handful|whole bottle|whole pack)( of)?|all (of )?(my|the|his|her)|the whole|"
                    + "an entire|a lot of) (\\w+ ){0,2}(pills|tablets|capsules|meds|medication|bottle)|"
                    + "(ate|eaten|drank|drunk) (some |the |a )?(pills|tablets|bleach|detergent|pods?|battery|batteries|"
                    + "medicine|weed gummies|rat poison)|sobredosis|envenen|se trago|se tomo (todas|un frasco|\\d+)"),
            term("bleeding", "bleeding (won'?t|will not|doesn'?t|does not|that won'?t|hasn'?t|has not|not) stop|"
                    + "(heavy|severe|uncontrol+able|lots of|massive) bleeding|bleeding (heavily|a lot|profusely|badly)|"
                    + "gushing blood|(throw(ing|n)?|threw|vomit(ing|ed)?|cough(ing|ed)?|spit(ting)?) up blood|"
                    + "vomiting blood|blood in (my|his|her) (vomit|sick)|"
                    + "sangrado (abundante|fuerte|que no para)|no para de sangrar|vomit(a|ando|o) sangre"),
            term("airway", "throat (is |feels )?(tight|closing|swelling|swollen)|throat.{0,25}(closing|closing up|tightening|swelling up)|(lips?|tongue|face) (is |are )?"
                    + "(swelling|swollen|blowing up)|(trouble|difficulty|can'?t) swallow|anaphyla|allergic reaction"),
            term("neonatal fever", "(newborn|\\d{1,2}[- ]?(day|week|wk|month)s?[- ]old|(one|two|three|four|five|six|seven|"
                    + "eight|ten|twelve) (day|week|wk|month)s?[- ]old|infant).{0,60}(fever|temp|temperature)|"
                    + "(fever|temperature).{0,60}(newborn|\\d{1,2}[- ]?(day|week|wk)s?[- ]old|(one|two) months?[- ]old)|"
                    + "(bebe|recien nacid[oa]|nin[oa]) de (\\d{1,2}|un|una|dos) (dias?|semanas?|mes|meses).{0,60}"
                    + "(fiebre|calentura|temperatura)|recien nacid[oa].{0,60}(fiebre|calentura)"),
            term("labour", "contractions|water (just )?broke|waters (have )?broken|rompio (la )?fuente|contracciones"),
            term("limb", "(bent|deformed|broken) (arm|leg|limb|bone)|bone (is )?sticking out"),
            term("urinary retention", "(unable|not able) to (urinate|pee|pass urine)|can'?t (urinate|pee|pass urine)|"
                    + "haven'?t (urinated|peed|been able to pee)"),
            term("severe injury", "hit by a car|car (crash|accident)|head injury|hit (his|her|my) head|gunshot|"
                    + "been shot|stabbed|severe burn"),
            term("spanish emergency", "no respira|sangrando mucho|sangrado"));

    private static final List<Term> CRISIS = List.of(
            term("suicide", "suicid|kill (my|him|her|them)self|killing (my|him|her|them)self|kill myself|"
                    + "(end|ending) (it|it all|my life|his life|her life|their life|things)|(take|taking) (my|his|her|their) (own )?life|"
                    + "wants? to die|wanna die|wanted to die|want to be dead|better off dead|better off without me|"
                    + "no reason to live|not worth living|isn'?t worth living|hang (my|him|her)self|"
                    + "jump(ing)? (off|in front of)|(have|got|bought|buying|buy|own|get) a gun|gun to (my|his|her) head|"
                    + "happening tonight|doing it tonight|tonight is the night|won'?t be (here|around) (tomorrow|much longer)|"
                    + "goodbye (everyone|forever|world|cruel)|final goodbye|(this is )?my (very )?last post|"
                    + "(wrote|writing|left) (a|my) (suicide )?note"),
            term("hopelessness", "(don'?t|doesn'?t|do not|does not|didn'?t) want to (be here|live|wake up|be alive|exist)|"
                    + "no point (anymore|in living|any more|to anything|in anything|in going on)|"
                    + "can'?t (go on|do this anymore|take it anymore|keep myself safe|keep going)|"
                    + "(don'?t|do not) feel safe|not safe (with|around) (myself|himself|herself)|in crisis"),
            term("self-harm", "self[- ]?harm|harm(ing)? (my|him|her|them)self|hurt(ing)? (my|him|her|them)self|"
                    + "(cutting|cut|burning|burn) (my|him|her|them)self|been cutting|started cutting|"
                    + "pills saved|sav(ed|ing) up (my )?(pills|meds|tablets)|saving (my )?(pills|meds|tablets)|stockpil|"
                    + "keep(ing)? myself safe|keep (him|her|them)self safe"),
            term("spanish crisis", "suicid|quitarme la vida|quitarse la vida|hacerme dano|hacerse dano|no quiero vivir|"
                    + "no quiere vivir|matarme|matarse|quiero morir|quiere morir|me quiero morir|se quiere morir|"
                    + "acabar con (todo|mi vida)|no vale la pena vivir|tengo un arma|tengo una pistola|"
                    + "no me siento (segura|seguro)|estoy en crisis|despedirme de todos"));

    private static final Pattern INGESTION = Pattern.compile(
            "overdos|took too (much|many)|swallowed|poison|ingested|drank (bleach|antifreeze)|sobredosis|envenen|se trago|pills");
    private static final Pattern OBSTETRIC = Pattern.compile(
            "contraction|water (just )?broke|pregnan|labou?r|weeks? pregnant|rompio (la )?fuente|contracciones|embarazada");

    private static Term term(String name, String regex) {
        return new Term(name, Pattern.compile("\\b(?:" + regex + ")"));
    }

    /** Detects risk in raw text (sanitised and folded here). */
    public Risk detect(String text) {
        return detectFolded(Texts.fold(Texts.sanitize(text)));
    }

    /** Detects risk in text that was already sanitised and folded with {@link Texts#fold}. */
    public Risk detectFolded(String folded) {
        List<String> signals = new ArrayList<>();
        boolean emergency = matchAny(EMERGENCY, folded, "emergency: ", signals);
        boolean crisis = matchAny(CRISIS, folded, "crisis: ", signals);
        if (!emergency && !crisis) {
            return Risk.NONE;
        }
        boolean ingestion = emergency && INGESTION.matcher(folded).find();
        boolean obstetric = emergency && OBSTETRIC.matcher(folded).find();
        return new Risk(emergency, crisis, ingestion, obstetric, signals);
    }

    private static boolean matchAny(List<Term> terms, String folded, String prefix, List<String> signals) {
        boolean any = false;
        for (Term term : terms) {
            Matcher m = term.pattern().matcher(folded);
            if (m.find()) {
                signals.add(prefix + term.name());
                any = true;
            }
        }
        return any;
    }
}
