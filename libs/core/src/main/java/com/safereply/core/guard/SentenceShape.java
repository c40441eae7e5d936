package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.regex.Pattern;

/**
 * A sentence shape for one rule: a regex on the folded normalised sentence, tried only when the sentence contains one
 * of its clues. Every match of the regex must contain one of the clues (the gate is a necessary condition, never a
 * filter of its own): an alternative whose words hold no clue can never fire. The "kinds" tests of each round
 * ({@code RoundSeventeenKindsTest} and the others) show each alternative firing on a sentence of its own.
 */
record SentenceShape(HardRule rule, String reason, String[] clues, Pattern pattern) {

    SentenceShape(HardRule rule, String reason, String clues, String regex) {
        this(rule, reason, clues.split("\\|"), Pattern.compile(regex));
    }

    boolean mayMatch(String folded) {
        for (String clue : clues) {
            if (folded.contains(clue)) {
                return true;
            }
        }
        return false;
    }
}
