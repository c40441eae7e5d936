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
            term("chest pain", "chest (pain|pressure|tightness|hurts?)|(pain|pressure|tightness) in (my|his|her|their) chest|dolor (en el|de) pecho"),
            term("breathing", "can'?t breathe|cannot breathe|can'?t catch (my|his|her) breath|(trouble|difficulty|struggling) breathing|hard to breathe|not breathing|stopped breathing|short(ness)? of breath|no (puede|puedo) respirar|le cuesta respirar|dificultad para respirar"),
            term("stroke", "stroke|face (is )?droop|drooping|slurr(ed|ing)"),
            term("unresponsive", "collapsed|unconscious|passed out|won'?t wake|not responding|unresponsive|fainted|desmay|inconsciente"),
            term("seizure", "seiz(ure|ing)|convuls"),
            term("overdose", "overdos|took too (much|many)|swallowed|poison(ed|ing)|ingested|drank (bleach|antifreeze)|sobredosis|envenen|se trago"),
            term("bleeding", "bleeding (won'?t|will not|doesn'?t|does not|that won'?t) stop|(heavy|severe|uncontrol+able|lots of) bleeding|bleeding (heavily|a lot|profusely)|gushing blood|sangrado (abundante|fuerte|que no para)|no para de sangrar"),
            term("airway", "throat (is )?(tight|closing|swelling|swollen)|(lips?|tongue|face) (is |are )?(swelling|swollen|blowing up)|(trouble|difficulty|can'?t) swallow|anaphyla|allergic reaction"),
            term("neonatal fever", "(newborn|(\\d|one|two|three|six|eight) (week|wk|month)s?[- ]old|infant).{0,40}(fever|temp|temperature)|(fever|temperature).{0,40}(newborn|(\\d|one|two) (week|wk|month)s?[- ]old)"),
            term("labour", "contractions (are )?(every )?\\d+|contractions|water (just )?broke|rompio (la )?fuente|contracciones"),
            term("limb", "(bent|deformed|broken) (arm|leg|limb|bone)|bone (is )?sticking out"),
            term("severe injury", "(hit by a car|car (crash|accident)|head injury|hit (his|her|my) head|gunshot|stabbed|severe burn)"),
            term("spanish emergency", "emergencia|urgente|no respira|sangrando mucho|sangrado"));

    private static final List<Term> CRISIS = List.of(
            term("suicide", "suicid|kill (my|him|her)self|killing myself|end (it|it all|my life)|ending (it|it all|my life)|take my (own )?life|want to die|wanna die|better off dead|no reason to live"),
            term("hopelessness", "don'?t want to (be here|live|wake up)|no point (anymore|in living|any more|to anything)|can'?t (go on|do this anymore|keep myself safe)"),
            term("self-harm", "self[- ]?harm|harming (my|him|her|them)self|hurt(ing)? (my|him|her|them)self|cutting (my|him|her)self|pills saved|saved up pills|stockpil"),
            term("spanish crisis", "suicid|quitarme la vida|quitarse la vida|hacerme dano|no quiero vivir|matarme"));

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
