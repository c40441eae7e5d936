package com.safereply.core.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.safereply.core.TriageEngine;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Comment;
import com.safereply.core.model.GuardResult;
import com.safereply.core.model.Violation;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.core.testing.Cases;
import com.safereply.core.testing.Escaped;
import com.safereply.core.testing.HostileComments;
import com.safereply.core.testing.RandomTexts;

/**
 * Hostile drafts and comments straight into {@code SafetyGuard.check}, the check that also protects human edits:
 * random UTF-16, real drafts with comment identifiers and noise spliced in, megabyte drafts. The guard never throws,
 * {@code safe} holds exactly when there is no violation, and every span lies inside the draft and is its text there.
 *
 * <p>Reproduce a failure with the seed in its message: {@code -Dhostile.seed=N}; run longer with {@code -Dhostile.scale=10}.
 */
class GuardHostileInputTest {

    private static final long SEED = Cases.BASE_SEED;

    private static final TriageEngine ENGINE = new TriageEngine();
    private static final SafetyGuard GUARD = ENGINE.guard();
    private static final List<PracticeProfile> PROFILES = List.of(GuardFixtures.US, GuardFixtures.UK);

    @Test
    void randomDraftsAgainstRandomComments() {
        Cases.run(SEED + 10, 28_000, (seed, i) -> {
            RandomTexts texts = new RandomTexts(seed);
            Random random = new Random(seed);
            String draft = random.nextInt(20) == 0 ? null : texts.next(i % 10 == 0 ? 1_000 : 200);
            String comment = random.nextInt(3) == 0 ? null : texts.next(200);
            checkAndVerify(draft, comment, PROFILES.get(i % 2), seed, i);
        });
    }

    /** A system draft for a generated comment, then edited the way a careless human might: identifiers, noise, cuts. */
    @Test
    void editedSystemDraftsAgainstTheCommentsTheyAnswer() {
        Cases.run(SEED + 11, 12_000, (seed, i) -> {
            HostileComments.Generated generated = new HostileComments(seed).next();
            PracticeProfile profile = PROFILES.get(i % 2);
            String draft = ENGINE.triage(new Comment("g" + i, generated.text()), profile).reply().text();
            String edited = edit(draft, generated, new RandomTexts(seed), new Random(seed));
            checkAndVerify(edited, generated.text(), profile, seed, i);
        });
    }

    @Test
    void megabyteDrafts() {
        Cases.run(SEED + 12, 4, (seed, i) -> {
            String big = new RandomTexts(seed).huge(1_048_576);
            checkAndVerify(big, i % 2 == 0 ? big : null, PROFILES.get(i % 2), seed, i);
        });
    }

    /** Found by the generator: spans were cut from the sanitised draft, so a control char came back as a space. */
    @Test
    void spansAreTheDraftsOwnTextAroundControlCharacters() {
        String draft = "\u0003\u0009your visit\u0007 we'll\u0000call you \uD800 911";
        checkAndVerify(draft, null, GuardFixtures.US, 0, 0);
        assertTrue(GUARD.check(draft, null, GuardFixtures.US).violations().stream()
                .anyMatch(v -> v.span().contains("\u0000") || v.span().contains("\u0007")), "a span across a control char keeps it");
    }

    private static String edit(String draft, HostileComments.Generated generated, RandomTexts texts, Random random) {
        StringBuilder edited = new StringBuilder(draft);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = edited.length() == 0 ? 0 : random.nextInt(edited.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> {
                    List<String> ids = generated.identifiers();
                    edited.insert(at, ids.isEmpty() ? "Jennifer" : " " + ids.get(random.nextInt(ids.size())) + " ");
                }
                case 1 -> edited.insert(at, texts.next(30));
                case 2 -> edited.delete(at, Math.min(edited.length(), at + random.nextInt(40)));
                default -> edited.insert(at, " Sorry about your visit, we'll call you. ");
            }
        }
        return edited.toString();
    }

    private static void checkAndVerify(String draft, String comment, PracticeProfile profile, long seed, int index) {
        String where = "seed=" + seed + " case=" + index + " profile=" + profile.practiceId() + " draft="
                + Escaped.of(draft) + " comment=" + Escaped.of(comment);
        GuardResult result;
        try {
            result = GUARD.check(draft, comment, profile);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("guard threw " + e + " for " + where, e);
        }
        assertNotNull(result, where);
        assertEquals(!result.violations().isEmpty(), result.unsafe(), where);
        assertNotNull(result.completeness(), where);
        String text = draft == null ? "" : draft;
        for (Violation v : result.violations()) {
            assertNotNull(v.rule(), where);
            if (v.start() < 0) {
                assertTrue(v.start() == -1 && v.end() == -1 && v.span().isEmpty(), "omission " + v + " " + where);
            } else {
                assertTrue(v.start() <= v.end() && v.end() <= text.length(),
                        "span [" + v.start() + "," + v.end() + ") outside the draft: " + where);
                assertEquals(text.substring(v.start(), v.end()), v.span(), "span text differs from the draft: " + where);
            }
        }
    }

    @Test
    void checkWithAKnownClassificationAgreesOnShape() {
        // The engine's hot path passes its own classification: same guarantees.
        Cases.run(SEED + 13, 5_000, (seed, i) -> {
            RandomTexts texts = new RandomTexts(seed);
            String comment = texts.next(200);
            PracticeProfile profile = PROFILES.get(i % 2);
            Classification c = ENGINE.classifier().classify(new Comment("k" + i, comment), profile);
            String draft = texts.next(200);
            GuardResult result = GUARD.check(draft, comment, c, profile);
            assertEquals(!result.violations().isEmpty(), result.unsafe(), "seed=" + seed + " case=" + i);
            for (Violation v : result.violations()) {
                if (v.start() >= 0) {
                    assertEquals(draft.substring(v.start(), v.end()), v.span(), "seed=" + seed + " case=" + i);
                }
            }
        });
    }
}
