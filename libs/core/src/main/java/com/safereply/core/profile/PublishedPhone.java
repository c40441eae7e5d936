package com.safereply.core.profile;

import java.util.Locale;

/**
 * A phone number the practice publishes, with an optional role ("main", "nurse", "billing", "privacy", …)
 * so drafts can route a commenter to the right line.
 */
public record PublishedPhone(String number, String role) {

    public PublishedPhone {
        role = role == null || role.isBlank() ? "main" : role.trim().toLowerCase(Locale.ROOT);
    }

    /** Only the digits, for comparing numbers written in different formats. */
    public String digits() {
        return number.replaceAll("\\D", "");
    }
}
