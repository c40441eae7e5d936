package com.safereply.core;

import com.safereply.core.model.Comment;
import com.safereply.core.model.Triage;
import com.safereply.core.profile.PracticeProfile;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input through the engine with the learned model: a defined result, a draft the guard passes, never a throw. */
class LearnedTriageBadInputTest {

    private static final TriageEngine ENGINE = new TriageEngine();
    private static final PracticeProfile PROFILE = PracticeProfile.demo();

    private static Triage triage(String text) {
        Triage t = ENGINE.triage(new Comment("bad", text), PROFILE);
        assertTrue(t.check().safe(), t.check().violations().toString());
        return t;
    }

    @Test
    void emptyBlankAndControlCharactersGetTheHoldingReplyNotAnAlarm() {
        for (String text : new String[] {null, "", "   \n\t", "\u0000\u0001\u0007\u001b", "\udc00\ud800", "..."}) {
            Triage t = triage(text);
            assertFalse(t.classification().urgent(), "no words, no alarm");
            assertTrue(t.classification().lowConfidence());
            assertTrue(t.reply().templateId().startsWith("holding."), t.reply().templateId());
        }
    }

    @Test
    void aMegabyteCommentIsTriagedAndAnEmergencyAtItsEndIsStillCaught() {
        String filler = "the parking was fine and the staff were ok ".repeat(25_000);
        assertTrue(filler.length() > 1_000_000);
        triage(filler);
        Triage risk = triage("my husband collapsed and is not breathing " + "\u0000".repeat(1_000) + filler.substring(0, 15_000)
                + " he collapsed and is not breathing");
        assertTrue(risk.classification().emergency());
    }

    @Test
    void loneSurrogatesInsideWordsAreTriaged() {
        Triage t = triage("great \ud83d team \udc4d thank you");
        assertFalse(t.classification().urgent());
    }
}
