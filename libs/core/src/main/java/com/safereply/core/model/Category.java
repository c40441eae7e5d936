package com.safereply.core.model;

import java.util.Locale;

/** The primary category of an inbound comment: exactly one per comment. */
public enum Category {
    COMPLAINT,
    CLINICAL_QUESTION,
    FEEDBACK,
    EMERGENCY,
    APPOINTMENT_ADMIN,
    SPAM,
    ABUSE;

    /** The wire and spec name, e.g. {@code clinical_question}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Category fromLabel(String label) {
        for (Category c : values()) {
            if (c.label().equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown category: " + label);
    }
}
