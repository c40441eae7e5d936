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

    /**
     * A lexicon entry. {@code anchors} are plain substrings of which at least one occurs in every text the pattern
     * can match: a cheap {@code indexOf} pre-check that skips the regex for nearly every comment.
     */
    private record Term(String name, List<String> anchors, Pattern pattern) {

        /** Longest stretch a match can reach on either side of its anchor (the ".{0,60}" patterns plus words). */
        private static final int WINDOW = 120;

        boolean find(String folded) {
            int n = folded.length();
            for (String anchor : anchors) {
                int at = folded.indexOf(anchor);
                if (at < 0) {
                    continue;
                }
                if (n <= 3 * WINDOW) {
                    return pattern.matcher(folded).find();
                }
                // long text: look only around each anchor, with transparent bounds so \\b still sees the neighbours
                Matcher m = pattern.matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
                while (at >= 0) {
                    m.region(Math.max(0, at - WINDOW), Math.min(n, at + anchor.length() + WINDOW));
                    if (m.find()) {
                        return true;
                    }
                    at = folded.indexOf(anchor, at + 1);
                }
            }
            return false;
        }
    }

    private static final List<Term> EMERGENCY = List.of(
            term("chest pain", List.of("chest", "pecho"), "chest (pain|pressure|tightness|tight|hurts?|is hurting|feels tight|feels heavy)"
                    + "|(pain|pressure|tight\\w*|squeez\\w*|heaviness|hurts?|hurting|crushing)\\W+(\\w+\\W+){0,3}?chest\\b"
                    + "|dolor (en el|de|del) pecho|(me|le) duele el pecho|presion en el pecho"),
            term("breathing", List.of("breat", "gasp", "for air", "no air", "enough air", "getting air", "oxygen", "blue", "chok", "respir", "ahoga"), "can'?t breathe|cannot breathe|can'?t catch (my|his|her|their) breath|(trouble|difficulty|struggling|"
                    + "problems?) (breathing|to breathe)|hard to breathe|hardly breathe|not breathing|stopped breathing|"
                    + "short(ness)? of breath|gasping|struggling for (air|breath)|no (air|oxygen) (is )?(getting|going|staying)|"
                    + "not getting (enough )?(air|oxygen)|turning blue|lips (are |look |went )?blue|choking|"
                    + "no (puede|puedo) respirar|le cuesta respirar|me cuesta respirar|dificultad para respirar|se (esta )?ahoga"),
            term("stroke", List.of("stroke", "droop", "slurr", "talk properly", "speak properly", "hardly talk", "hardly speak", "sudden", "one side", "derrame", "embolia"), "stroke|face (is )?droop|drooping|slurr(ed|ing)|can'?t (talk|speak) properly|can hardly (talk|speak)|"
                    + "(sudden|suddenly) (numb|weak|confus|can'?t see|blind)|numb on one side|one side of (my|his|her) face|"
                    + "derrame cerebral|embolia"),
            term("unresponsive", List.of("collaps", "unconscious", "pass out", "passed out", "passing out", "black out", "blacked out", "blacking out", "wake", "respond", "faint", "desmay", "inconsciente", "responde", "reacciona"), "collapsed|unconscious|pass(ed|ing)? out|black(ed|ing)? out|won'?t wake|"
                    + "(is|he'?s|she'?s|baby'?s?|they'?re|are|was) not responding|(isn'?t|wasn'?t|aren'?t) responding|"
                    + "unresponsive|fainted|faint(ing)? spells?|desmay|inconsciente|no responde|no reacciona"),
            term("seizure", List.of("seiz", "convuls", "fitting"), "seiz(ure|ing)|convuls|(he'?s|she'?s|is|was|been|started|keeps) fitting"),
            term("heart attack", List.of("heart attack", "cardiac arrest", "infarto"), "(having|have|had) a heart attack (now|right now)|(think|believe) (i'?m|i am|he'?s|she'?s|he is|she is|it'?s|it is|this is) (having )?a heart attack|heart attack symptoms|cardiac arrest|(dando|teniendo) un infarto"),
            term("overdose", List.of("overdos", "too much", "too many", "swallow", "poison", "ingest", "bleach", "antifreeze", "took", "pills", "tablets", "capsules", "meds", "medication", "bottle", "detergent", "pod", "batter", "medicine", "gummies", "sobredos", "envenen", "trago", "se tomo"), "overdos|took too (much|many)|swallowed|poison(ed|ing)|ingested|drank (bleach|antifreeze)|"
                    + "took (\\d+|a (bunch|handful|whole bottle|whole pack)( of)?|all (of )?(my|the|his|her)|the whole|"
                    + "an entire|a lot of) (\\w+ ){0,2}(pills|tablets|capsules|meds|medication|bottle)|"
                    + "(ate|eaten|drank|drunk) (some |the |a )?(pills|tablets|bleach|detergent|pods?|battery|batteries|"
                    + "medicine|weed gummies|rat poison)|sobredosis|envenen|se trago|se tomo (todas|un frasco|\\d+)"),
            term("bleeding", List.of("bleed", "blood", "sangr"), "bleeding (won'?t|will not|doesn'?t|does not|that won'?t|hasn'?t|has not|not) stop|"
                    + "(heavy|severe|uncontrol+able|lots of|massive) bleeding|bleeding (heavily|a lot|profusely|badly)|"
                    + "gushing blood|(throw(ing|n)?|threw|vomit(ing|ed)?|cough(ing|ed)?|spit(ting)?) up blood|"
                    + "vomiting blood|blood in (my|his|her) (vomit|sick)|"
                    + "sangrado (abundante|fuerte|que no para)|no para de sangrar|vomit(a|ando|o) sangre"),
            term("airway", List.of("throat", "swell", "swollen", "blowing up", "swallow", "anaphyla", "allergic"), "throat (is |feels )?(tight|closing|swelling|swollen)|throat.{0,25}(closing|closing up|tightening|swelling up)|(lips?|tongue|face) (is |are )?"
                    + "(swelling|swollen|blowing up)|(trouble|difficulty|can'?t) swallow|anaphyla|allergic reaction"),
            term("neonatal fever", List.of("fever", "temp", "fiebre", "calentura"), "(newborn|\\d{1,2}[- ]?(day|week|wk|month)s?[- ]old|(one|two|three|four|five|six|seven|"
                    + "eight|ten|twelve) (day|week|wk|month)s?[- ]old|infant).{0,60}(fever|temp|temperature)|"
                    + "(fever|temperature).{0,60}(newborn|\\d{1,2}[- ]?(day|week|wk)s?[- ]old|(one|two) months?[- ]old)|"
                    + "(bebe|recien nacid[oa]|nin[oa]) de (\\d{1,2}|un|una|dos) (dias?|semanas?|mes|meses).{0,60}"
                    + "(fiebre|calentura|temperatura)|recien nacid[oa].{0,60}(fiebre|calentura)"),
            term("labour", List.of("contraction", "water", "rompio", "contraccion"), "contractions|water (just )?broke|waters (have )?broken|rompio (la )?fuente|contracciones"),
            term("limb", List.of("bent", "deformed", "broken", "sticking"), "(bent|deformed|broken) (arm|leg|limb|bone)|bone (is )?sticking out"),
            term("urinary retention", List.of("urinat", "pee", "urine"), "(unable|not able) to (urinate|pee|pass urine)|can'?t (urinate|pee|pass urine)|"
                    + "haven'?t (urinated|peed|been able to pee)"),
            term("severe injury", List.of("hit by", "car crash", "car accident", "head injury", "hit his", "hit her", "hit my", "gunshot", "been shot", "stabbed", "severe burn"), "hit by a car|car (crash|accident)|head injury|hit (his|her|my) head|gunshot|"
                    + "been shot|stabbed|severe burn"),
            term("spanish emergency", List.of("no respira", "sangr"), "no respira|sangrando mucho|sangrado"));

    private static final List<Term> CRISIS = List.of(
            term("suicide", List.of("suicid", "kill", "end it", "ending it", "end my", "ending my", "end his", "ending his", "end her", "ending her", "end their", "ending their", "end things", "ending things", "life", "die", "dead", "better off", "reason to live", "worth living", "hang my", "hang him", "hang her", "jump", "gun", "tonight", "tomorrow", "much longer", "goodbye", "last post", "note"), "suicid|kill (my|him|her|them)self|killing (my|him|her|them)self|kill myself|"
                    + "(end|ending) (it|it all|my life|his life|her life|their life|things)|(take|taking) (my|his|her|their) (own )?life|"
                    + "wants? to die|wanna die|wanted to die|want to be dead|better off dead|better off without me|"
                    + "no reason to live|not worth living|isn'?t worth living|hang (my|him|her)self|"
                    + "jump(ing)? (off|in front of)|(have|got|bought|buying|buy|own|get) a gun|gun to (my|his|her) head|"
                    + "happening tonight|doing it tonight|tonight is the night|won'?t be (here|around) (tomorrow|much longer)|"
                    + "goodbye (everyone|forever|world|cruel)|final goodbye|(this is )?my (very )?last post|"
                    + "(wrote|writing|left) (a|my) (suicide )?note"),
            term("hopelessness", List.of("want to", "no point", "can't", "cant", "safe", "crisis"), "(don'?t|doesn'?t|do not|does not|didn'?t) want to (be here|live|wake up|be alive|exist)|"
                    + "no point (anymore|in living|any more|to anything|in anything|in going on)|"
                    + "can'?t (go on|do this anymore|take it anymore|keep myself safe|keep going)|"
                    + "(don'?t|do not) feel safe|not safe (with|around) (myself|himself|herself)|in crisis"),
            term("self-harm", List.of("harm", "hurt", "cut", "burn", "pills", "meds", "tablets", "stockpil", "safe"), "self[- ]?harm|harm(ing)? (my|him|her|them)self|hurt(ing)? (my|him|her|them)self|"
                    + "(cutting|cut|burning|burn) (my|him|her|them)self|been cutting|started cutting|"
                    + "pills saved|sav(ed|ing) up (my )?(pills|meds|tablets)|saving (my )?(pills|meds|tablets)|stockpil|"
                    + "keep(ing)? myself safe|keep (him|her|them)self safe"),
            term("spanish crisis", List.of("suicid", "vida", "dano", "vivir", "matar", "morir", "acabar", "arma", "pistola", "siento", "crisis", "despedir"), "suicid|quitarme la vida|quitarse la vida|hacerme dano|hacerse dano|no quiero vivir|"
                    + "no quiere vivir|matarme|matarse|quiero morir|quiere morir|me quiero morir|se quiere morir|"
                    + "acabar con (todo|mi vida)|no vale la pena vivir|tengo un arma|tengo una pistola|"
                    + "no me siento (segura|seguro)|estoy en crisis|despedirme de todos"));

    private static final Pattern INGESTION = Pattern.compile(
            "overdos|took too (much|many)|swallowed|poison|ingested|drank (bleach|antifreeze)|sobredosis|envenen|se trago|pills");
    private static final Pattern OBSTETRIC = Pattern.compile(
            "contraction|water (just )?broke|pregnan|labou?r|weeks? pregnant|rompio (la )?fuente|contracciones|embarazada");

    private static Term term(String name, List<String> anchors, String regex) {
        return new Term(name, anchors, Pattern.compile("\\b(?:" + regex + ")"));
    }

    /** Detects risk in raw text (sanitised and folded here). */
    public Risk detect(String text) {
        return detectFolded(Texts.fold(Texts.sanitize(text)));
    }

    /** Detects risk in text that was already sanitised and folded with {@link Texts#fold}. */
    public Risk detectFolded(String foldedText) {
        // The phrase patterns separate words by one space: "se  trago", "se\ntrago", a control char (sanitised to a
        // space), an emoji or a broken char between two words must read the same, or one stray character hides an overdose.
        String folded = phraseText(foldedText);
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
            if (term.find(folded)) {
                signals.add(prefix + term.name());
                any = true;
            }
        }
        return any;
    }

    /**
     * Every run of separators (whitespace, emoji and other symbols, broken or invisible chars) as one space; the text
     * itself when it has none but single spaces (the common case, no copy).
     */
    static String phraseText(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isSeparator(c) && (c != ' ' || (i + 1 < n && isSeparator(text.charAt(i + 1))))) {
                break;
            }
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        boolean inSeparator = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (isSeparator(c)) {
                if (!inSeparator) {
                    out.append(' ');
                }
                inSeparator = true;
            } else {
                out.append(c);
                inSeparator = false;
            }
        }
        return out.toString();
    }

    private static boolean isSeparator(char c) {
        if (c < 0x80) {
            return Character.isWhitespace(c);
        }
        return switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SURROGATE,
                 Character.OTHER_SYMBOL, Character.PRIVATE_USE, Character.UNASSIGNED, Character.FORMAT -> true;
            default -> Character.isWhitespace(c);
        };
    }
}
