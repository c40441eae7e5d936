package com.safereply.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.safereply.loadtest.StormVerdict.CommentOutcome;

/** The storm passes only with exactly one draft, created once, and exactly one NEW notification per comment. */
class StormVerdictTest {

    private static List<CommentOutcome> allRight(int comments) {
        List<CommentOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < comments; i++) {
            outcomes.add(new CommentOutcome("draft-" + i, 1, 1));
        }
        return outcomes;
    }

    @Test
    void oneDraftAndOneNotificationPerCommentPasses() {
        StormVerdict verdict = StormVerdict.of(allRight(200), 200, 0);

        assertTrue(verdict.pass());
        assertEquals("table: comments with exactly one draft created once=200, with no draft=0,"
                + " created more than once=0", verdict.draftLine());
        assertEquals("notifications: NEW notifications for the storm's drafts=200; drafts with exactly one=200,"
                + " with none=0, with more than one=0", verdict.notificationLine());
        assertTrue(verdict.verdictLine().startsWith("PASS"));
    }

    @Test
    void aLostNotificationFails() {
        List<CommentOutcome> outcomes = allRight(200);
        outcomes.set(17, new CommentOutcome("draft-17", 1, 0));

        StormVerdict verdict = StormVerdict.of(outcomes, 200, 0);

        assertTrue(verdict.draftsPass(), "the drafts themselves are right");
        assertFalse(verdict.pass());
        assertTrue(verdict.notificationLine().contains("=199;") && verdict.notificationLine().contains("with none=1"),
                verdict.notificationLine());
        assertTrue(verdict.verdictLine().startsWith("FAIL"));
    }

    @Test
    void aDuplicateNotificationFails() {
        List<CommentOutcome> outcomes = allRight(200);
        outcomes.set(3, new CommentOutcome("draft-3", 1, 2));

        StormVerdict verdict = StormVerdict.of(outcomes, 200, 0);

        assertFalse(verdict.pass());
        assertTrue(verdict.notificationLine().contains("=201;")
                && verdict.notificationLine().contains("with more than one=1"), verdict.notificationLine());
    }

    @Test
    void aMissingDraftFailsEvenThoughEveryDraftThatExistsWasNotifiedOnce() {
        List<CommentOutcome> outcomes = allRight(200);
        outcomes.set(0, new CommentOutcome(null, 0, 0));

        StormVerdict verdict = StormVerdict.of(outcomes, 199, 0);

        assertFalse(verdict.draftsPass());
        assertFalse(verdict.pass());
        assertTrue(verdict.draftLine().contains("with no draft=1"), verdict.draftLine());
    }

    @Test
    void aDraftCreatedTwiceFails() {
        List<CommentOutcome> outcomes = allRight(200);
        outcomes.set(5, new CommentOutcome("draft-5", 2, 1));

        assertFalse(StormVerdict.of(outcomes, 201, 0).pass());
        assertTrue(StormVerdict.of(outcomes, 201, 0).draftLine().contains("created more than once=1"));
    }

    @Test
    void createdCountsInTheAnswersAndErrorsCountToo() {
        assertFalse(StormVerdict.of(allRight(200), 201, 0).pass(), "an answer said created twice");
        assertFalse(StormVerdict.of(allRight(200), 200, 1).pass(), "a delivery was not answered 200");
    }
}
