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

    /** A pending draft answering a Google review ({@code commentId} is the review's resource name), rated 2/5. */
    public static DraftRecord pendingGoogle(String practiceId, String location, String reviewId, Instant createdAt) {
        String reviewName = "accounts/1029384756/locations/" + location + "/reviews/" + reviewId;
        StoredComment comment = new StoredComment(Platform.GOOGLE, location, reviewName, "Waited an hour.", null,
                "A Reviewer", null, null, null, createdAt.minusSeconds(30), true,
                new com.safereply.core.model.StarRating(2));
        TriageSummary triage = new TriageSummary(Category.COMPLAINT, 0.7, List.of("complaint: wait time"), Set.of(),
                Language.EN);
        DraftContent draft = new DraftContent("We're sorry to hear about your experience. Please call us at 555-0100.",
                ReplyAction.REPLY, "complaint.en-US.0", true, List.of(), 0.9);
        return DraftRecord.newPending(DraftIds.of(practiceId, Platform.GOOGLE, reviewName), practiceId, comment,
                triage, Urgency.NORMAL, draft, createdAt);
    }

    public static Delivery delivery(DraftRecord draft, Instant now) {
        return new Delivery(draft.practiceId(), draft.comment().commentId() + "|add", now.plus(Duration.ofDays(7)));
    }

    public static AuditEntry created(DraftRecord draft) {
        return AuditEntry.of(draft, DraftRevision.SYSTEM, AuditAction.CREATED, draft.createdAt(), null);
    }
}
