package com.safereply.review.http;

import com.safereply.app.draft.DraftState;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.safereply.app.DraftIds;
import com.safereply.app.Platform;
import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.Delivery;
import com.safereply.app.draft.DraftContent;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftRevision;
import com.safereply.app.draft.DraftUpdate;
import com.safereply.app.draft.StoredComment;
import com.safereply.app.draft.TriageSummary;
import com.safereply.app.draft.Urgency;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.core.model.Category;
import com.safereply.core.model.Language;
import com.safereply.core.model.ReplyAction;
import com.safereply.store.DynamoDbStores;
import com.safereply.store.testing.TestPractices;

/**
 * Seeds practices and drafts through the production store adapters. Each test takes a practice of its own, so tests
 * sharing the Quarkus app's table never see each other's drafts.
 */
public final class Seeds {

    /** What the comment says: PHI on purpose, so tests can prove it never leaks where it must not. */
    public static final String COMMENT_TEXT = "My name is Jane Roe and my knee still hurts after the surgery on Tuesday";
    /** A drafter template for a clinical question with the test practice's number: vetted, so the guard says safe. */
    public static final String SAFE_TEXT = "Thanks for reaching out. We can't give medical advice on social media or discuss"
            + " any individual's situation here. Please call us at 555-0100, and if this is urgent, call 911 or go to the"
            + " nearest emergency room.";

    private final DynamoDbStores stores;

    public Seeds(DynamoDbStores stores) {
        this.stores = stores;
    }

    public static String newPracticeId() {
        return "p-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String practice() {
        return practice(false);
    }

    public String practice(boolean twoPersonRule) {
        String id = newPracticeId();
        PracticeAccount base = TestPractices.practice(id);
        stores.practices().save(new PracticeAccount(base.profile(), base.channels(), base.sla(), twoPersonRule));
        return id;
    }

    public DraftRecord pending(String practiceId, Instant createdAt) {
        return pending(practiceId, createdAt, SAFE_TEXT);
    }

    /**
     * A pending draft whose stored verdict says safe, with {@code text} as its current text. An unsafe {@code text}
     * stands for a draft that passed an older, weaker guard: approval must catch it.
     */
    public DraftRecord pending(String practiceId, Instant createdAt, String text) {
        String commentId = UUID.randomUUID().toString();
        Instant at = createdAt.truncatedTo(ChronoUnit.MILLIS);
        StoredComment comment = new StoredComment(Platform.FACEBOOK, "page-" + practiceId, commentId, COMMENT_TEXT,
                "author-1", "Jane Roe", "jane.roe", "post-1", "https://www.facebook.com/page/posts/" + commentId,
                at.minusSeconds(30));
        TriageSummary triage = new TriageSummary(Category.CLINICAL_QUESTION, 0.8, List.of("clinical: post-operative"),
                Set.of(TriageSummary.CONTAINS_PHI), Language.EN);
        DraftRecord draft = DraftRecord.newPending(DraftIds.of(practiceId, Platform.FACEBOOK, commentId), practiceId,
                comment, triage, Urgency.NORMAL, new DraftContent(text, ReplyAction.REPLY, "clinical_question.en-US.1", true,
                        List.of(), 1.0), at);
        stores.drafts().create(draft, new Delivery(practiceId, commentId + "|add", at.plus(Duration.ofDays(7))),
                AuditEntry.of(draft, DraftRevision.SYSTEM, AuditAction.CREATED, at, null));
        return draft;
    }

    /** The draft approved, then refused by the platform when published (what the publish stage writes). */
    public DraftRecord publishFailed(DraftRecord pending) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        DraftRecord approved = stores.drafts().update(DraftUpdate.of(pending.approved("approver-0", now)));
        DraftRecord failed = new DraftRecord(approved.draftId(), approved.practiceId(), approved.comment(),
                approved.triage(), approved.urgency(), approved.draft(), DraftState.PUBLISH_FAILED,
                approved.version() + 1, approved.createdAt(), now, approved.lastEditor(), approved.decision(),
                approved.history());
        return stores.drafts().update(DraftUpdate.of(failed));
    }

    public DraftRecord retracted(DraftRecord pending) {
        DraftRecord next = pending.retracted(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        return stores.drafts().update(DraftUpdate.of(next));
    }

    public DraftRecord current(String draftId) {
        return stores.drafts().findById(draftId).orElseThrow();
    }

    public List<AuditEntry> audit(String draftId) {
        return stores.drafts().auditTrail(draftId);
    }
}
