package com.safereply.app.publish;

import java.util.Objects;

/**
 * One approved draft to put on the platform: the approved text as a reply to the target, whether the approver also
 * chose to hide the comment, and whether the platform allows a reply at all. Built from the draft item the stream
 * delivered.
 */
public record PublishJob(String practiceId, String draftId, ReplyTarget target, String approvedText, boolean hide,
                         boolean replyAllowed) {

    /** A job whose target accepts replies. */
    public PublishJob(String practiceId, String draftId, ReplyTarget target, String approvedText, boolean hide) {
        this(practiceId, draftId, target, approvedText, hide, true);
    }

    public PublishJob {
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(draftId, "draftId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(approvedText, "approvedText");
        if (approvedText.isBlank()) {
            throw new IllegalArgumentException("an approved reply must have text");
        }
    }
}
