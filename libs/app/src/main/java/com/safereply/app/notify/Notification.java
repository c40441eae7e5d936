package com.safereply.app.notify;

import com.safereply.app.Platform;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.Urgency;
import com.safereply.app.publish.Refusal;
import com.safereply.core.model.Category;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What an approver needs to act on a draft, and nothing more. There is deliberately no field for the comment text,
 * the commenter's name or handle, or the draft text: they may be PHI and must never leave the system through SNS.
 * Build it with {@link #about}, which copies only the fields below from the draft.
 *
 * @param age       how long the draft has waited, from its creation
 * @param link      the draft on the approvers' page ({@code REVIEW_BASE_URL/app/index.html#/drafts/{id}})
 * @param slaPeriod 0 for {@link NotificationKind#NEW}; n &gt;= 1 for the escalation of the n-th SLA period
 * @param sla       the SLA that applies to the draft's urgency
 * @param publishFailure why the platform refused the approved reply, for {@link NotificationKind#PUBLISH_FAILED}
 *                       only: an enum, so the message can only carry its fixed, text-free sentence
 */
public record Notification(
        NotificationKind kind,
        String draftId,
        String practiceId,
        String practiceName,
        Platform platform,
        Category category,
        Urgency urgency,
        Duration age,
        URI link,
        long slaPeriod,
        Duration sla,
        Refusal publishFailure) {

    public Notification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(draftId, "draftId");
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(sla, "sla");
        practiceName = practiceName == null || practiceName.isBlank() ? practiceId : practiceName;
        age = age == null || age.isNegative() ? Duration.ZERO : age;
        if (kind == NotificationKind.ESCALATION ? slaPeriod < 1 : slaPeriod != 0) {
            throw new IllegalArgumentException("slaPeriod is >= 1 for an escalation and 0 otherwise");
        }
        if ((kind == NotificationKind.PUBLISH_FAILED) != (publishFailure != null)) {
            throw new IllegalArgumentException("a publish failure, and only it, carries the platform's refusal");
        }
    }

    /** A notification about the approval queue (new or escalated): no publish failure. */
    public Notification(NotificationKind kind, String draftId, String practiceId, String practiceName,
                        Platform platform, Category category, Urgency urgency, Duration age, URI link, long slaPeriod,
                        Duration sla) {
        this(kind, draftId, practiceId, practiceName, platform, category, urgency, age, link, slaPeriod, sla, null);
    }

    /** A notification about {@code draft}, copying only the PHI-free fields. */
    public static Notification about(DraftRecord draft, String practiceName, NotificationKind kind, long slaPeriod,
                                     Duration sla, URI link, Instant now) {
        return new Notification(kind, draft.draftId(), draft.practiceId(), practiceName, draft.platform(),
                draft.triage().category(), draft.urgency(), Duration.between(draft.createdAt(), now), link,
                slaPeriod, sla);
    }

    /** The approvers are told that the platform refused {@code draft}'s approved reply. */
    public static Notification publishFailed(DraftRecord draft, String practiceName, Duration sla, URI link,
                                             Refusal refusal, Instant now) {
        return new Notification(NotificationKind.PUBLISH_FAILED, draft.draftId(), draft.practiceId(), practiceName,
                draft.platform(), draft.triage().category(), draft.urgency(), Duration.between(draft.createdAt(), now),
                link, 0, sla, refusal);
    }

    /** The approvers are told that the platform's moderation rejected {@code draft}'s reply after it was published. */
    public static Notification replyRejected(DraftRecord draft, String practiceName, Duration sla, URI link,
                                             Instant now) {
        return new Notification(NotificationKind.REPLY_REJECTED, draft.draftId(), draft.practiceId(), practiceName,
                draft.platform(), draft.triage().category(), draft.urgency(), Duration.between(draft.createdAt(), now),
                link, 0, sla, null);
    }

    public boolean isReplyRejection() {
        return kind == NotificationKind.REPLY_REJECTED;
    }

    public boolean isEscalation() {
        return kind == NotificationKind.ESCALATION;
    }

    public boolean isPublishFailure() {
        return kind == NotificationKind.PUBLISH_FAILED;
    }
}
