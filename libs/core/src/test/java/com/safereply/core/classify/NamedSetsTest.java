package com.safereply.core.classify;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Named word lists in a pattern vocabulary: what a reference stands for, and the mistakes it refuses. */
class NamedSetsTest {

    private final NamedSets sets = new NamedSets();

    @Test
    void aReferenceOnItsOwnIsTheSetsGroup() {
        sets.define("worry = (where are you|you ok)");

        assertEquals("(took|swallowed) my pills ~10 (where are you|you ok)",
                sets.expand("(took|swallowed) my pills ~10 $worry"));
    }

    @Test
    void insideAGroupTheSetsAlternativesJoinIt() {
        sets.define("worry = (where are you|you ok)");

        assertEquals("pills ~10 (text me|where are you|you ok|call me)", sets.expand("pills ~10 (text me|$worry|call me)"));
        assertEquals("pills [where are you|you ok] now", sets.expand("pills [$worry] now"));
    }

    @Test
    void aSetMayUseTheSetsDefinedBeforeIt() {
        sets.define("people = (man|woman)");
        sets.define("at_edge = (standing|$people)");

        assertEquals("(standing|man|woman) ~3 ledge", sets.expand("$at_edge ~3 ledge"));
    }

    @Test
    void everyReferenceOnALineIsExpandedAndTheRestIsUntouched() {
        sets.define("a = (x|y)");

        assertEquals("(x|y) z (x|y) | (b|x|y)", sets.expand("$a z $a | (b|$a)"));
        assertEquals("no references (here|there)", sets.expand("no references (here|there)"));
    }

    @Test
    void refusesAnUnknownSetNamingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> sets.expand("pills ~10 $wory"));

        assertTrue(e.getMessage().contains("$wory"), e.getMessage());
    }

    @Test
    void refusesAReferenceUsedBeforeItsDefinition() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> sets.define("at_edge = (standing|$people)"));

        assertTrue(e.getMessage().contains("unknown set $people"), e.getMessage());
    }

    @Test
    void refusesADollarWithoutAName() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> sets.expand("pills ~10 $Worry"));

        assertTrue(e.getMessage().contains("followed by a set's name"), e.getMessage());
    }

    @Test
    void refusesAReferenceGluedToOtherCharactersOutsideAGroup() {
        sets.define("worry = (where are you|you ok)");

        // Each would expand to tokens such as "pills(where" that can never match.
        assertThrows(IllegalStateException.class, () -> sets.expand("pills$worry"));
        assertThrows(IllegalStateException.class, () -> sets.expand("pills $worry*"));
        assertThrows(IllegalStateException.class, () -> sets.expand("pills $worry's"));
    }

    @Test
    void refusesAnEmptySetOrAnEmptyAlternative() {
        // "(a|$e)" would silently turn into the optional "(a|)".
        assertThrows(IllegalStateException.class, () -> sets.define("e = ()"));
        assertThrows(IllegalStateException.class, () -> sets.define("e = (a||b)"));
        assertThrows(IllegalStateException.class, () -> sets.define("e = (a| |b)"));
    }

    @Test
    void refusesASetHoldingAnOptionalPart() {
        // Spliced into a group it would be a nested [b], which patterns read as a literal token.
        assertThrows(IllegalStateException.class, () -> sets.define("opt = (a|[b])"));
    }

    @Test
    void refusesAReferenceThatIsOnlyPartOfAnAlternative() {
        sets.define("worry = (where are you|you ok)");

        // "(please $worry)" would need a group inside a group, which patterns do not have.
        assertThrows(IllegalStateException.class, () -> sets.expand("pills (please $worry|call)"));
    }

    @Test
    void refusesADefinitionThatIsNotOneGroup() {
        assertThrows(IllegalStateException.class, () -> sets.define("worry = where are you"));
        assertThrows(IllegalStateException.class, () -> sets.define("worry = (where are you) (you ok)"));
        assertThrows(IllegalStateException.class, () -> sets.define("worry (where are you)"));
        assertThrows(IllegalStateException.class, () -> sets.define("Worry = (where are you)"));
    }

    @Test
    void refusesASetDefinedTwice() {
        sets.define("worry = (where are you)");

        assertThrows(IllegalStateException.class, () -> sets.define("worry = (you ok)"));
    }
}
