package com.safereply.app.notify;

import java.util.Locale;

/**
 * Why approvers are told: a draft is new in the queue, has waited past its SLA, or was approved but the platform
 * refused the reply (retrying is their decision, so they must hear of it), or the platform's moderation rejected a
 * reply after it was published (Google: the reply is not shown, and nobody would know otherwise).
 */
public enum NotificationKind {
    NEW,
    ESCALATION,
    PUBLISH_FAILED,
    REPLY_REJECTED;

    /** The wire name used in messages and the {@code kind} message attribute. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
