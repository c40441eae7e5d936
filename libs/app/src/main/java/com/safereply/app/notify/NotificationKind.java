package com.safereply.app.notify;

import java.util.Locale;

/** Why approvers are told: a draft is new in the queue, or has waited past its SLA. */
public enum NotificationKind {
    NEW,
    ESCALATION;

    /** The wire name used in messages and the {@code kind} message attribute. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
