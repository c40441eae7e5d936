package com.safereply.loadtest;

import java.util.List;

/**
 * What a retry storm left, counted per comment, and whether it is right: every comment has exactly one draft, created
 * once, approvers got exactly one NEW notification for it, and every delivery was answered 200.
 */
final class StormVerdict {

    /**
     * One comment's outcome.
     *
     * @param draftId          its draft, or null when it has none
     * @param creations        "created" entries in the draft's audit trail (0 without a draft)
     * @param newNotifications NEW notifications SNS received for the draft (0 without a draft)
     */
    record CommentOutcome(String draftId, long creations, int newNotifications) {
    }

    private final int comments;
    private final int createdInResponses;
    private final int errors;
    private int exactlyOneDraft;
    private int noDraft;
    private int createdMoreThanOnce;
    private int notifications;
    private int exactlyOneNotification;
    private int noNotification;
    private int moreThanOneNotification;

    private StormVerdict(int comments, int createdInResponses, int errors) {
        this.comments = comments;
        this.createdInResponses = createdInResponses;
        this.errors = errors;
    }

    /**
     * @param createdInResponses the sum of {@code created} over the webhook's answers
     * @param errors             deliveries not answered 200
     */
    static StormVerdict of(List<CommentOutcome> outcomes, int createdInResponses, int errors) {
        StormVerdict v = new StormVerdict(outcomes.size(), createdInResponses, errors);
        for (CommentOutcome o : outcomes) {
            if (o.draftId() == null) {
                v.noDraft++;
                continue;
            }
            if (o.creations() == 1) {
                v.exactlyOneDraft++;
            } else {
                v.createdMoreThanOnce++;   // a draft whose audit says "created" 0 or 2+ times was not created once
            }
            v.notifications += o.newNotifications();
            if (o.newNotifications() == 0) {
                v.noNotification++;
            } else if (o.newNotifications() == 1) {
                v.exactlyOneNotification++;
            } else {
                v.moreThanOneNotification++;
            }
        }
        return v;
    }

    boolean draftsPass() {
        return exactlyOneDraft == comments && createdInResponses == comments && errors == 0;
    }

    boolean pass() {
        return draftsPass() && exactlyOneNotification == comments;
    }

    String draftLine() {
        return String.format("table: comments with exactly one draft created once=%d, with no draft=%d,"
                + " created more than once=%d", exactlyOneDraft, noDraft, createdMoreThanOnce);
    }

    String notificationLine() {
        return String.format("notifications: NEW notifications for the storm's drafts=%d; drafts with exactly one=%d,"
                + " with none=%d, with more than one=%d", notifications, exactlyOneNotification, noNotification,
                moreThanOneNotification);
    }

    String verdictLine() {
        return pass() ? "PASS: every comment has exactly one draft, created once, and exactly one NEW notification"
                : "FAIL: expected exactly one draft, created once, and exactly one NEW notification per comment";
    }
}
