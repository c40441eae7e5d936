package com.safereply.app.draft;

import com.safereply.app.Platform;
import com.safereply.core.model.Category;
import com.safereply.core.model.Language;
import com.safereply.core.model.ReplyAction;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DraftRecordTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
    private final DraftRecord pending = DraftRecord.newPending("d1", "p1",
            new StoredComment(Platform.FACEBOOK, "page", "c1", "My name is Jane Roe", "u1", "Jane Roe", "jroe", null,
                    null, null),
            new TriageSummary(Category.FEEDBACK, 0.7, List.of(), Set.of(), Language.EN), Urgency.NORMAL,
            new DraftContent("Thank you!", ReplyAction.REPLY, "t1", true, List.of(), 1.0), T0);

    @Test
    void aNewDraftIsPendingAtVersionOneWithTheSystemTextAsItsHistory() {
        assertEquals(DraftState.PENDING_APPROVAL, pending.state());
        assertEquals(1, pending.version());
        assertEquals(List.of(new DraftRevision(1, "Thank you!", DraftRevision.SYSTEM, T0)), pending.history());
    }

    @Test
    void everyChangeBumpsTheVersionAndEditsAreKeptInHistory() {
        DraftContent safeEdit = new DraftContent("Thanks, we appreciate it.", ReplyAction.REPLY, null, true, List.of(), 1.0);
        DraftRecord edited = pending.edited(safeEdit, "approver-1", T0.plusSeconds(5));
        DraftRecord approved = edited.approved("approver-2", T0.plusSeconds(9));

        assertEquals(2, edited.version());
        assertEquals("approver-1", edited.lastEditor());
        assertEquals(List.of("Thank you!", "Thanks, we appreciate it."),
                edited.history().stream().map(DraftRevision::text).toList());
        assertEquals(3, approved.version());
        assertEquals(DraftState.APPROVED, approved.state());
        assertEquals(new Decision("approver-2", T0.plusSeconds(9), null), approved.decision());
    }

    @Test
    void closedDraftsCannotChangeAgain() {
        DraftRecord retracted = pending.retracted(T0.plusSeconds(1));

        assertThrows(IllegalDraftTransitionException.class, () -> retracted.approved("a", T0));
        assertThrows(IllegalDraftTransitionException.class, () -> retracted.rejected("a", "r", T0));
        assertThrows(IllegalDraftTransitionException.class, () -> retracted.edited(pending.draft(), "a", T0));
        assertThrows(IllegalDraftTransitionException.class, () -> retracted.retracted(T0));
        assertThrows(IllegalDraftTransitionException.class,
                () -> pending.approved("a", T0).rejected("b", "late", T0));
    }

    @Test
    void anUnsafeDraftCanNeverBeApproved() {
        DraftContent unsafe = new DraftContent("We saw you at your visit yesterday.", ReplyAction.REPLY, null, false,
                List.of("confirms_relationship"), 0.5);
        DraftRecord edited = pending.edited(unsafe, "approver-1", T0);

        UnsafeDraftException e = assertThrows(UnsafeDraftException.class, () -> edited.approved("approver-2", T0));
        assertEquals(List.of("confirms_relationship"), e.violationLabels());
    }

    @Test
    void reTriageReplacesTheSystemTextAndForgetsTheLastEditor() {
        DraftRecord edited = pending.edited(pending.draft(), "approver-1", T0);
        DraftContent fresh = new DraftContent("New reply.", ReplyAction.REPLY, "t2", true, List.of(), 1.0);

        DraftRecord retriaged = edited.retriaged(edited.comment(), edited.triage(), Urgency.URGENT, fresh, T0);

        assertNull(retriaged.lastEditor(), "the current text is the system's again");
        assertEquals(Urgency.URGENT, retriaged.urgency());
        assertEquals(DraftRevision.SYSTEM, retriaged.history().get(retriaged.history().size() - 1).editor());
    }

    @Test
    void printingADraftNeverPrintsTheCommentOrItsAuthor() {
        String printed = pending.toString();
        assertFalse(printed.contains("Jane") || printed.contains("jroe") || printed.contains("Thank you!"), printed);
    }
}
