package com.safereply.app.draft;

import com.safereply.core.model.Classification;

import java.util.Locale;

/** How fast an approver must look: urgent for emergency or crisis comments, which have their own, shorter SLA. */
public enum Urgency {
    URGENT,
    NORMAL;

    public static Urgency of(Classification classification) {
        return classification.urgent() ? URGENT : NORMAL;
    }

    /** The wire name used in notifications and message attributes, e.g. {@code urgent}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
