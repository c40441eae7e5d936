package com.safereply.core.classify;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pattern of long lists multiplies into a trie too big for a Lambda's heap (one risk pattern of the nineteenth
 * session expanded to 1.8 million sequences, and the rules no longer loaded in 512 MB): past a bound, adding one fails
 * at once, naming the pattern, and the same meaning fits when written with gaps.
 */
class TokenPatternsSizeTest {

    private static String choices(String stem, int n) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : "|").append(stem).append(i);
        }
        return s.append(')').toString();
    }

    @Test
    void aPatternThatMultipliesPastTheBoundIsRefusedBeforeItIsExpanded() {
        String explosive = choices("a", 30) + " " + choices("b", 30) + " " + choices("c", 30);   // 27,000 sequences
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TokenPatterns().add(explosive, 0));
        assertTrue(e.getMessage().contains("gaps"), e.getMessage());
    }

    @Test
    void theSameListsJoinedByGapsFitAndStillMatch() {
        TokenPatterns patterns = new TokenPatterns();
        patterns.add(choices("a", 30) + " ~2 " + choices("b", 30), 0);
        patterns.add(choices("b", 30) + " ~2 " + choices("c", 30), 1);
        assertEquals(0b11, patterns.matchMask(new String[] {"a7", "x", "b3", "c9"}));
    }

    @Test
    void theShippedRiskVocabularyLoads() {
        assertTrue(new RiskDetector().detect("he is not breathing").emergency());
    }
}
