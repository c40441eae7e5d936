package com.safereply.core.guard;

import com.safereply.core.model.Classification;
import com.safereply.core.model.GuardResult;
import com.safereply.core.model.HardRule;
import com.safereply.core.model.Verdict;
import com.safereply.core.model.Violation;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static com.safereply.core.guard.GuardFixtures.GUARD;
import static com.safereply.core.guard.GuardFixtures.US;
import static com.safereply.core.guard.GuardFixtures.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spans point into the draft as given, and bad input gets a defined result instead of an exception. */
class RobustnessTest {

    @Test
    void spansAreOffsetsIntoTheOriginalDraft() {
        String draft = "Thanks!  We're SORRY about your Last Visit, and we'll call you.";
        GuardResult result = check(draft);
        assertEquals(2, result.violations().size());
        for (Violation v : result.violations()) {
            assertEquals(draft.substring(v.start(), v.end()), v.span());
        }
        Violation h1 = result.violations().stream().filter(v -> v.rule() == HardRule.H1).findFirst().orElseThrow();
        assertEquals("your Last Visit", h1.span());
    }

    @Test
    void spansSurviveSanitizedCharacters() {
        String draft = "\u0000\u0007Hi\uD800 there. We saw you\u0001 yesterday.";
        for (Violation v : check(draft).violations()) {
            assertEquals(draft.substring(v.start(), v.end()).length(), v.span().length());
            assertTrue(v.start() >= 0 && v.end() <= draft.length());
        }
        assertTrue(check(draft).labels().contains(HardRule.H1.label()));
    }

    @Test
    void spansNeverHoldCommentText() {
        String comment = "My root canal with Dr Wu was awful - Jenny";
        GuardResult result = GUARD.check("Thanks Jenny, sorry about your root canal.", comment, (Classification) null, US);
        for (Violation v : result.violations()) {
            assertTrue("Thanks Jenny, sorry about your root canal.".contains(v.span()));
        }
    }

    @Test
    void nullAndEmptyDraftsAreSafeUnlessTheCommentIsUrgent() {
        assertTrue(check(null).safe());
        assertTrue(check("").safe());
        assertTrue(check("   \n\t ").safe());
        assertTrue(GUARD.check(null, "my chest hurts and I can't breathe", (Classification) null, US)
                .labels().contains(HardRule.H12A.label()));
    }

    @Test
    void anUrgentCommentInStyledLettersIsStillUrgentWithoutAClassification() {
        GuardResult result = GUARD.check(null, "𝗺𝘆 𝗰𝗵𝗲𝘀𝘁 𝗵𝘂𝗿𝘁𝘀 𝗮𝗻𝗱 𝗜 𝗰𝗮𝗻'𝘁 𝗯𝗿𝗲𝗮𝘁𝗵𝗲", (Classification) null, US);
        assertTrue(result.labels().contains(HardRule.H12A.label()), () -> "labels " + result.labels());
    }

    @Test
    void emojiOnlyControlCharsAndLoneSurrogatesGetAResult() {
        // nothing a rule objects to, but nothing vetted either: a second person reads it
        assertEquals(Verdict.REVIEW, check("😀😀🎉").verdict());
        assertEquals(Verdict.REVIEW, check("\uD83D").verdict());
        assertEquals(Verdict.REVIEW, check("\uDC00\uD800\u0000\u001F").verdict());
        assertTrue(check("🙄").labels().contains(HardRule.H9.label()));
    }

    @Test
    void aMegabyteDraftIsCheckedWithinTheAnalysisCap() {
        String big = "We're sorry about your visit. ".repeat(35_000);
        long start = System.nanoTime();
        GuardResult result = GUARD.check(big, big, (Classification) null, US);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(result.labels().contains(HardRule.H1.label()));
        assertTrue(millis < 5_000, "took " + millis + " ms");
    }

    /**
     * A long run with no spaces ("xxxx…", "1111…") once made the email pattern retry from every char: seconds per
     * comment. Every identifier scan must stay linear in the text.
     */
    @Test
    void longUnbrokenRunsAreCheckedQuickly() {
        for (String run : new String[] {"x".repeat(30_000), "1".repeat(25_000), "a.".repeat(12_000),
                "x".repeat(19_000) + "@", "x".repeat(19_000) + "@example"}) {
            long start = System.nanoTime();
            GUARD.check(run, run, (Classification) null, US);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 1_000, "took " + millis + " ms");
        }
    }

    @Test
    void emailsAreFoundAsBeforeAroundOddLocalParts() {
        String comment = "write to jo.b@mail.example.com_x@other.org or a@b";
        GuardResult result = GUARD.check("Email jo.b@mail.example.com or x@other.org.", comment, (Classification) null, US);
        assertTrue(result.labels().contains(HardRule.H6.label()));
        assertTrue(result.violations().stream().anyMatch(v -> v.span().equals("jo.b@mail.example.com")));
    }

    /** Seeded fuzz: random mixes of rule words, digits, emoji and broken UTF-16 never throw and keep spans consistent. */
    @Test
    void randomInputNeverThrowsAndSpansStayInsideTheDraft() {
        String[] parts = {"your ", "visit", " we'll ", "call you", " 911", " 999 ", "555-0100", "555-0199", "\uD800", "\uDC00",
                "😀", "🙄", "\u0000", "\n", ". ", "! ", "Hi ", "Jenny", " $40", " #12345", " @x_y", " 3/14", " 24/7",
                " root canal", " if ", "If ", " never been a patient", " mg", "(", ")", "'", "\"", "ñ", "É", "  "};
        Random random = new Random(42);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder draft = new StringBuilder();
            StringBuilder comment = new StringBuilder();
            int n = random.nextInt(20);
            for (int k = 0; k < n; k++) {
                draft.append(parts[random.nextInt(parts.length)]);
                comment.append(parts[random.nextInt(parts.length)]);
            }
            String d = draft.toString();
            GuardResult result = GUARD.check(d, random.nextBoolean() ? comment.toString() : null, (Classification) null,
                    random.nextBoolean() ? US : GuardFixtures.UK);
            assertEquals(!result.violations().isEmpty(), result.unsafe());
            for (Violation v : result.violations()) {
                if (v.start() >= 0) {
                    assertEquals(d.substring(v.start(), v.end()).length(), v.span().length(), d);
                }
            }
        }
    }
}
