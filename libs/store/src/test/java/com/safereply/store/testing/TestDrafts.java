package com.safereply.store.testing;

import com.safereply.app.DraftIds;
import com.safereply.app.Platform;
import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.Delivery;
import com.safereply.app.draft.DraftContent;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftRevision;
import com.safereply.app.draft.StoredComment;
import com.safereply.app.draft.TriageSummary;
import com.safereply.app.draft.Urgency;
import com.safereply.core.model.Category;
import com.safereply.core.model.Language;
import com.safereply.core.model.ReplyAction;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Drafts for tests, with every field filled so round trips check the whole mapping. */
public final class TestDrafts {

    private TestDrafts() {
    }

    public static DraftRecord pending(String practiceId, String commentId, Instant createdAt) {
        return pending(practiceId, commentId, createdAt, Urgency.NORMAL);
    }

    public static DraftRecord pending(String practiceId, String commentId, Instant createdAt, Urgency urgency) {
        StoredComment comment = new StoredComment(Platform.FACEBOOK, "page-" + practiceId, commentId,
                "My name is Jane Roe and my knee still hurts after surgery", "author-1", "Jane Roe", "jane.roe",
                "post-1", "https://facebook.example/" + commentId, createdAt.minusSeconds(30));
        TriageSummary triage = new TriageSummary(
                urgency == Urgency.URGENT ? Category.EMERGENCY : Category.CLINICAL_QUESTION, 0.82,
                List.of("clinical: post-operative"), Set.of(TriageSummary.CONTAINS_PHI), Language.EN);
        DraftContent draft = new DraftContent("Thank you for reaching out. Please call us at 555-0100.",
                ReplyAction.REPLY, "clinical-v1", true, List.of(), 0.83);
        return DraftRecord.newPending(DraftIds.of(practiceId, Platform.FACEBOOK, commentId), practiceId, comment,
                triage, urgency, draft, createdAt);
    }

    public static Delivery delivery(DraftRecord draft, Instant now) {
        return new Delivery(draft.practiceId(), draft.comment().commentId() + "|add", now.plus(Duration.ofDays(7)));
    }

    public static AuditEntry created(DraftRecord draft) {
        return AuditEntry.of(draft, DraftRevision.SYSTEM, AuditAction.CREATED, draft.createdAt(), null);
    }
}
