package com.safereply.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Comment;
import com.safereply.core.model.Jurisdiction;
import com.safereply.core.model.Language;
import com.safereply.core.model.ReplyAction;
import com.safereply.core.model.Triage;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.core.profile.PublishedPhone;
import com.safereply.core.testing.Cases;
import com.safereply.core.testing.Escaped;
import com.safereply.core.testing.HostileComments;
import com.safereply.core.testing.RandomTexts;

/**
 * Hostile input through the engine's front door: seeded generators (arbitrary UTF-16, emoji only, megabyte texts, and
 * comment-like texts full of names, dates, phone numbers and insurers) against a US and a UK practice. Whatever comes
 * in, a well-formed triage comes out: one category, a confidence in [0,1], a language, a draft that passes the guard,
 * holds nothing taken from the comment, and gives the practice's jurisdiction's resources when the comment is urgent.
 *
 * <p>Reproduce a failure with the seed in its message: {@code -Dhostile.seed=N}; run longer with {@code -Dhostile.scale=10}.
 */
class TriageHostileInputTest {

    private static final long SEED = Cases.BASE_SEED;

    private static final TriageEngine ENGINE = new TriageEngine();
    private static final PracticeProfile US = PracticeProfile.demo();
    private static final PracticeProfile UK = new PracticeProfile("uk-hostile", "Riverside Surgery", Jurisdiction.UK,
            List.of(Language.EN), List.of(new PublishedPhone("020 7946 0321", "main")), List.of("Priya"),
            "Mon-Fri 8am-6pm", "https://riverside.example");
    private static final PracticeProfile UK_BILINGUAL = new PracticeProfile("uk-bilingual", "Harbour Dental",
            Jurisdiction.UK, List.of(Language.EN, Language.ES), List.of(new PublishedPhone("0113 496 0500", "main")),
            List.of(), null, null);
    private static final List<PracticeProfile> PROFILES = List.of(US, UK, UK_BILINGUAL);

    @Test
    void arbitraryUtf16ControlCharactersAndLexiconFragments() {
        Cases.run(SEED, 30_000, (seed, i) -> {
            RandomTexts texts = new RandomTexts(seed);
            String text = texts.next(i % 10 == 0 ? 1_000 : 160);
            triageAndCheck(new Comment(randomId(new Random(seed), texts), text), PROFILES.get(i % 3), seed, i, null);
        });
    }

    @Test
    void emojiOnlyComments() {
        Cases.run(SEED + 1, 5_000, (seed, i) ->
                triageAndCheck(new Comment("e" + i, new RandomTexts(seed).emojiOnly(60)), PROFILES.get(i % 3), seed, i, null));
    }

    /** Each comment goes to a US and a UK practice: the draft must fit each one's jurisdiction. */
    @Test
    void commentLikeTextsWithNamesDatesPhonesAndInsurers() {
        Cases.run(SEED + 2, 20_000, (seed, i) -> {
            HostileComments.Generated generated = new HostileComments(seed).next();
            Comment comment = new Comment("c" + i, generated.text());
            triageAndCheck(comment, US, seed, i, generated);
            triageAndCheck(comment, i % 2 == 0 ? UK : UK_BILINGUAL, seed, i, generated);
        });
    }

    @Test
    void megabyteCommentsAndLongOnes() {
        Cases.run(SEED + 3, 4, (seed, i) ->
                triageAndCheck(new Comment("mb" + i, new RandomTexts(seed).huge(1_048_576)), PROFILES.get(i % 2), seed, i, null));
        Cases.run(SEED + 4, 40, (seed, i) -> {
            String urgent = i % 2 == 0 ? "my husband is having chest pain and can't breathe right now. "
                    : "I want to kill myself tonight. ";
            String text = urgent + new RandomTexts(seed).huge(10_000 + 2_000 * i);
            Triage us = triageAndCheck(new Comment("long" + i, text), US, seed, i, null);
            assertTrue(us.classification().urgent(), "an urgent first sentence is noticed in a long comment, seed=" + seed);
            triageAndCheck(new Comment("long" + i, text), UK, seed, i, null);
        });
    }

    /** Found by the generator: a control char, a double space or an emoji between two words hid an emergency. */
    @Test
    void strayWhitespaceBetweenWordsDoesNotHideAnEmergency() {
        for (String text : new String[] {"Mi hijo se \u0007 tragó unas pastillas y no despierta.",
                "Mi hijo se  tragó unas pastillas", "Mi hijo se\ntragó unas pastillas", "my son\tswallowed   a bottle of pills",
                "I  want to  kill\u0000myself", "Mi \u0007 esposo \uD800 tiene\ndolor 🙄 de pecho y no puede 🙄 respirar.",
                "my wife is having chest 😭 pain and can't \uFE0F breathe"}) {
            for (PracticeProfile profile : PROFILES) {
                Triage triage = triageAndCheck(new Comment("ws", text), profile, 0, 0, null);
                assertTrue(triage.classification().urgent(), Escaped.of(text));
            }
        }
    }

    @Test
    void nullEmptyAndBlankComments() {
        for (String text : new String[] {null, "", " ", "\n\t\r", "\u0000", "\uFEFF", "\uD800", "\uDFFF\uD800", "\u202E"}) {
            for (PracticeProfile profile : PROFILES) {
                Triage triage = triageAndCheck(new Comment(null, text), profile, 0, 0, null);
                assertEquals("", triage.commentId());
            }
        }
    }

    private static Triage triageAndCheck(Comment comment, PracticeProfile profile, long seed, int index,
                                         HostileComments.Generated generated) {
        String where = "seed=" + seed + " case=" + index + " profile=" + profile.practiceId() + " comment="
                + Escaped.of(comment.text());
        Triage triage;
        try {
            triage = ENGINE.triage(comment, profile);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("engine threw " + e + " for " + where, e);
        }
        assertWellFormed(triage, comment, profile, where);
        String draft = triage.reply().text();
        if (generated != null) {
            assertNothingEchoed(draft, generated, where);
            assertUrgentCoreNoticed(triage.classification(), generated.kind(), where);
        }
        assertJurisdictionResources(triage, profile, where);
        return triage;
    }

    private static void assertWellFormed(Triage triage, Comment comment, PracticeProfile profile, String where) {
        assertNotNull(triage, where);
        assertEquals(comment.id(), triage.commentId(), where);
        Classification c = triage.classification();
        assertNotNull(c, where);
        assertNotNull(c.category(), where);
        assertTrue(c.confidence() >= 0.0 && c.confidence() <= 1.0, "confidence " + c.confidence() + " for " + where);
        assertNotNull(c.language(), where);
        assertNotNull(c.signals(), where);
        assertEquals(profile.jurisdiction(), c.jurisdiction(), where);
        if (c.crisis()) {
            assertTrue(c.category() == Category.EMERGENCY
                            || c.signals().contains(com.safereply.core.classify.learned.Combiner.POSSIBLE_CRISIS_SIGNAL)
                            || c.signals().contains(com.safereply.core.classify.learned.Combiner.POSSIBLE_CRISIS_RULES_SIGNAL)
                            || c.signals().contains(com.safereply.core.classify.learned.Combiner.SECOND_MODEL_CRISIS_SIGNAL),
                    "a crisis is read as an emergency or shown as a possible crisis: " + where);
        }
        if (c.urgent()) {
            assertTrue(c.category() == Category.EMERGENCY
                            || c.signals().contains(com.safereply.core.classify.learned.Combiner.POSSIBLE_EMERGENCY_SIGNAL)
                            || c.signals().contains(com.safereply.core.classify.learned.Combiner.POSSIBLE_EMERGENCY_RULES_SIGNAL)
                            || c.signals().contains(com.safereply.core.classify.learned.Combiner.POSSIBLE_CRISIS_SIGNAL)
                            || c.signals().contains(com.safereply.core.classify.learned.Combiner.POSSIBLE_CRISIS_RULES_SIGNAL)
                            || c.signals().contains(com.safereply.core.classify.learned.Combiner.SECOND_MODEL_CRISIS_SIGNAL)
                            || c.signals().contains(com.safereply.core.classify.learned.Combiner.SECOND_MODEL_EMERGENCY_SIGNAL),
                    "an emergency flag without the emergency reading is a possible emergency or crisis: " + where);
            assertTrue(triage.reply().templateId().startsWith("emergency") || triage.reply().templateId().startsWith("crisis"),
                    "emergency and crisis replies win over every category: " + triage.reply().templateId() + " " + where);
        }
        assertNotNull(triage.reply(), where);
        assertNotNull(triage.reply().action(), where);
        if (triage.reply().action() == ReplyAction.REPLY || triage.reply().action() == ReplyAction.BOUNDARY_STATEMENT) {
            assertFalse(triage.reply().text().isBlank(), "a reply action comes with text: " + where);
        }
        assertNotNull(triage.check(), where);
        if (!triage.check().safe()) {
            fail("system draft fails the guard " + triage.check().labels() + ": draft=" + Escaped.of(triage.reply().text())
                    + " " + where);
        }
    }

    /** Drafts are template-only: no name, phone, date or insurer from the comment may appear in them. */
    private static void assertNothingEchoed(String draft, HostileComments.Generated generated, String where) {
        String lowerDraft = draft.toLowerCase(Locale.ROOT);
        for (String identifier : generated.identifiers()) {
            if (lowerDraft.contains(identifier.toLowerCase(Locale.ROOT))) {
                fail("draft echoes " + Escaped.of(identifier) + ": draft=" + Escaped.of(draft) + " " + where);
            }
        }
    }

    private static void assertUrgentCoreNoticed(Classification c, HostileComments.Kind kind, String where) {
        switch (kind) {
            case EMERGENCY -> assertTrue(c.emergency() || c.crisis(), "emergency not noticed: " + where);
            case CRISIS -> assertTrue(c.crisis(), "crisis not noticed: " + where);
            default -> { }
        }
    }

    /** Emergency drafts lead to 911 / 999; crisis drafts give 988 + 911 or 999 + 111 + 116 123; never the other country's. */
    private static void assertJurisdictionResources(Triage triage, PracticeProfile profile, String where) {
        Classification c = triage.classification();
        String draft = triage.reply().text();
        String context = "draft=" + Escaped.of(draft) + " " + where;
        boolean us = profile.jurisdiction() == Jurisdiction.US;
        if (c.emergency()) {
            assertTrue(draft.contains(us ? "911" : "999"), "emergency draft lacks the emergency number: " + context);
        }
        if (c.crisis()) {
            if (us) {
                assertTrue(draft.contains("988") && draft.contains("911"), "US crisis draft needs 988 and 911: " + context);
            } else {
                assertTrue(draft.contains("999") && draft.contains("111") && draft.contains("116 123"),
                        "UK crisis draft needs 999, 111 and 116 123: " + context);
            }
        }
        if (us) {
            assertFalse(draft.contains("999") || draft.contains("116 123"), "UK resource in a US draft: " + context);
        } else {
            assertFalse(draft.contains("911") || draft.contains("988"), "US resource in a UK draft: " + context);
        }
    }

    private static String randomId(Random random, RandomTexts texts) {
        return switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> texts.next(40);
            default -> Long.toString(random.nextLong());
        };
    }
}
