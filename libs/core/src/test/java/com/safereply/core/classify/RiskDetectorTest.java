package com.safereply.core.classify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The token-pattern risk detector against hand-written probes ({@code risk/probes.txt}), one per vocabulary idea. */
class RiskDetectorTest {

    private static final RiskDetector DETECTOR = new RiskDetector();

    record Probe(String expected, String text) {
        @Override
        public String toString() {
            return expected + " " + text;
        }
    }

    static Stream<Probe> probes() throws IOException {
        List<Probe> out = new ArrayList<>();
        try (InputStream in = RiskDetectorTest.class.getResourceAsStream("/risk/probes.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                out.add(new Probe(parts[0], parts[1]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void probeIsClassifiedAsWritten(Probe probe) {
        Risk risk = DETECTOR.detect(probe.text());
        assertEquals(probe.expected().contains("E"), risk.emergency(), () -> "emergency, signals " + risk.signals());
        assertEquals(probe.expected().contains("C"), risk.crisis(), () -> "crisis, signals " + risk.signals());
        assertEquals(risk.any(), !risk.signals().isEmpty(), "every risk names its signal");
    }

    @Test
    void readsStyledLettersAsTriageDoes() {
        Risk overdose = DETECTOR.detect("i took all my pills goodbye");
        assertTrue(overdose.emergency() && overdose.ingestion(), "the plain text is an overdose: " + overdose.signals());
        assertEquals(overdose, DETECTOR.detect("𝙞 𝙩𝙤𝙤𝙠 𝙖𝙡𝙡 𝙢𝙮 𝙥𝙞𝙡𝙡𝙨 𝓰𝓸𝓸𝓭𝓫𝔂𝓮"));
        Risk plan = DETECTOR.detect("i am going to kill myself tonight");
        assertTrue(plan.crisis(), "the plain text is a crisis: " + plan.signals());
        assertEquals(plan, DETECTOR.detect("ｉ ａｍ ｇｏｉｎｇ ｔｏ ｋｉｌｌ ｍｙｓｅｌｆ ｔｏｎｉｇｈｔ"));
    }

    @Test
    void subFlagsNeedAnEmergency() {
        Risk overdose = DETECTOR.detect("my son swallowed a bottle of pills");
        assertTrue(overdose.emergency() && overdose.ingestion());
        Risk labour = DETECTOR.detect("I'm 38 weeks pregnant and my water just broke");
        assertTrue(labour.emergency() && labour.obstetric());
        assertFalse(DETECTOR.detect("is it safe to take pills while pregnant?").obstetric());
    }

    @Test
    void aCombinedKindRaisesBothFlagsAndNamesItsSignalOnce() {
        // "I'm 34 weeks" carries no word of the OBSTETRIC line: only EMERGENCY+OBSTETRIC can raise the sub-flag here.
        Risk late = DETECTOR.detect("I'm 34 weeks and the baby has been moving less since yesterday");
        assertTrue(late.emergency() && late.obstetric());
        // Both halves of "reduced fetal movement" match this one: the approver still sees the name once.
        Risk both = DETECTOR.detect("I'm 34 weeks, the baby is moving less and hasn't kicked at all today");
        assertEquals(1, both.signals().stream().filter("emergency: reduced fetal movement"::equals).count());
    }

    @Test
    void aCrisisNamedOnlyIsStillACrisisAndMoreThanTheWordIsNotNamedOnly() {
        Risk named = DETECTOR.detect("we ran the suicide prevention walk again this year, thank you all");
        assertTrue(named.crisis() && named.crisisNamedOnly(), "recall first: the word alone keeps the flag");
        Risk spanish = DETECTOR.detect("el grupo de duelo por suicidio me ha ayudado mucho");
        assertTrue(spanish.crisis() && spanish.crisisNamedOnly());
        Risk plan = DETECTOR.detect("suicide is the only way out, i've got the rope ready");
        assertTrue(plan.crisis());
        assertFalse(plan.crisisNamedOnly(), "a plan beside the word is more than the word");
        assertFalse(DETECTOR.detect("i want to kill myself").crisisNamedOnly());
        assertFalse(DETECTOR.detect("chest pain right now").crisisNamedOnly(), "no crisis, nothing named");
    }

    @Test
    void thePastAndTheAwarenessPostOnlyNameTheWordWhileThePresentSaysMore() {
        for (String past : List.of("i used to feel suicidal years ago, therapy helped so much",
                "if you're feeling suicidal please call 988 or the samaritans",
                "statistics say thousands will commit suicide this year, fund the services",
                "me sentia suicida en la adolescencia, ahora estoy bien")) {
            Risk risk = DETECTOR.detect(past);
            assertTrue(risk.crisis() && risk.crisisNamedOnly(), past);
        }
        for (String now : List.of("he's suicidal right now and has locked himself in",
                "feeling suicidal again tonight", "mi hermano tiene un plan para suicidarse",
                "i've been self harming again since friday")) {
            Risk risk = DETECTOR.detect(now);
            assertTrue(risk.crisis(), now);
            assertFalse(risk.crisisNamedOnly(), now);
        }
    }

    @Test
    void theWordAloneIsShownOnlyWhenItIsAllThereIs() {
        Risk selfHarm = DETECTOR.detect("i've been self harming again since friday");
        assertTrue(selfHarm.signals().contains("crisis: self-harm"), selfHarm.signals().toString());
        assertFalse(selfHarm.signals().contains("crisis: self-harm mentioned"), "the word repeats the reason");
        assertFalse(selfHarm.signals().contains("crisis: suicide"), "self-harm is not named suicide");
        assertEquals(List.of("crisis: self-harm mentioned"),
                DETECTOR.detect("does the clinic run a self-harm support group?").signals());
        assertEquals(List.of("crisis: suicide mentioned"),
                DETECTOR.detect("suicide awareness walk on sunday").signals());
    }

    @Test
    void joiningTwoReadingsKeepsNamedOnlyOnlyWhenNeitherSaysMore() {
        Risk named = DETECTOR.detect("suicide awareness month");
        Risk plan = DETECTOR.detect("i want to kill myself");
        Risk emergency = DETECTOR.detect("chest pain right now");
        assertTrue(named.or(emergency).crisisNamedOnly(), "an emergency says nothing more about the crisis");
        assertTrue(emergency.or(named).crisisNamedOnly());
        assertFalse(named.or(plan).crisisNamedOnly());
        assertFalse(plan.or(named).crisisNamedOnly());
        assertTrue(named.or(named).crisisNamedOnly());
        assertThrows(IllegalArgumentException.class,
                () -> new Risk(true, false, false, false, java.util.List.of(), true), "named only needs a crisis");
    }

    @Test
    void languageAtTheEndOfALongTextIsStillSeen() {
        String text = "the appointment went fine. ".repeat(600) + "but now I can't breathe";
        assertTrue(DETECTOR.detect(text).emergency());
    }

    @Test
    void patternsMatchEverySequenceOfTheirGroupsAndOptionalParts() {
        TokenPatterns patterns = new TokenPatterns();
        patterns.add("[a] (c|d e)", 0);
        for (String text : new String[] {"a c", "a d e", "c", "d e", "x a d e y"}) {
            assertEquals(1L, patterns.matchMask(text.split(" ")), text);
        }
        for (String text : new String[] {"a", "d", "a d", "e d", "a x e"}) {
            assertEquals(0L, patterns.matchMask(text.split(" ")), text);
        }
    }

    @Test
    void aSequenceWithAnApostropheAlsoMatchesWithoutIt() {
        TokenPatterns patterns = new TokenPatterns();
        patterns.add("(can't|cannot) ~2 (breathe|walk)", 3);
        for (String text : new String[] {"can't breathe", "cant breathe", "cannot really walk", "cant even breathe"}) {
            assertEquals(1L << 3, patterns.matchMask(text.split(" ")), text);
        }
        assertEquals(0L, patterns.matchMask("cannt breathe".split(" ")));
        assertEquals(0L, patterns.matchMask("can't".split(" ")));
    }

    @Test
    void badInputIsNoRisk() {
        assertEquals(Risk.NONE, DETECTOR.detect(null));
        assertEquals(Risk.NONE, DETECTOR.detect(""));
        assertEquals(Risk.NONE, DETECTOR.detect("\uD800\u0000 😀"));
    }
}
