package com.safereply.app.publish;

import java.util.Optional;

/**
 * Why a platform refused a call in a way that proves nothing was written and that retrying would not help. Each one
 * carries the reason an approver reads on a failed draft, so it must be actionable and hold no comment text.
 */
public enum Refusal {
    TARGET_GONE("comment no longer available", false),
    TOKEN_INVALID("the practice's platform connection must be re-authorised", true),
    POLICY_BLOCKED("the platform has blocked posting for policy reasons; publishing is paused for this practice", true),
    REPLY_NOT_ALLOWED("the platform does not allow a reply to this post", false),
    PERMISSION_MISSING("the platform connection lacks a permission needed to post", true),
    REJECTED("the platform rejected the reply", false),
    /** Not the platform's answer: an earlier policy block paused the practice, so nothing was attempted. */
    PRACTICE_PAUSED("publishing is paused for this practice after a platform policy block; nothing was posted."
            + " Retry once an administrator has resumed publishing", false);

    private final String approverReason;
    private final boolean needsOperator;

    Refusal(String approverReason, boolean needsOperator) {
        this.approverReason = approverReason;
        this.needsOperator = needsOperator;
    }

    /** What the approvers see on the failed draft. */
    public String approverReason() {
        return approverReason;
    }

    /** True when someone must fix the practice's connection, so an alarm is raised beside the failed draft. */
    public boolean needsOperator() {
        return needsOperator;
    }

    /**
     * The refusal whose approver reason this is. Publishing stores only these reasons on a failed draft; reading them
     * back as an enum means a notification can carry nothing but a fixed, text-free sentence.
     */
    public static Optional<Refusal> fromApproverReason(String reason) {
        for (Refusal refusal : values()) {
            if (refusal.approverReason.equals(reason)) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
