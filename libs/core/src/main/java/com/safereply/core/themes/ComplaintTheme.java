package com.safereply.core.themes;

import java.util.Locale;

/** What a complaint is about, as practice managers group them (issue 18). */
public enum ComplaintTheme {
    WAIT_DELAY,
    BILLING_INSURANCE,
    STAFF_COURTESY,
    BOOKING_ACCESS,
    COMMUNICATION_NO_CALLBACK,
    CLINICAL_OUTCOME,
    CLEANLINESS_FACILITIES,
    OTHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
