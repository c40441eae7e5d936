package com.safereply.app.review;

import java.util.Objects;

/**
 * Who is acting: the identity the JWT authorizer vouched for. {@code sub} is what the audit trail records; the
 * practice bounds everything the approver may see.
 *
 * @param sub        the identity provider's stable user id
 * @param email      for display only, may be null
 * @param practiceId the one practice whose drafts this approver may list, read and decide
 * @param practiceAdmin whether this approver administers {@code practiceId} (Cognito group {@code practice-admins}):
 *                      admins propose and accept phrasebook sentences; it grants nothing in any other practice
 */
public record Approver(String sub, String email, String practiceId, boolean practiceAdmin) {

    /** An approver who is not a practice admin. */
    public Approver(String sub, String email, String practiceId) {
        this(sub, email, practiceId, false);
    }

    public Approver {
        if (sub == null || sub.isBlank()) {
            throw new IllegalArgumentException("sub is required");
        }
        if (practiceId == null || practiceId.isBlank()) {
            throw new IllegalArgumentException("practiceId is required");
        }
        email = email == null || email.isBlank() ? null : email;
    }

    public boolean belongsTo(String practice) {
        return Objects.equals(practiceId, practice);
    }

    /** Admin of exactly this practice: the admin claim is scoped by the practice claim. */
    public boolean administers(String practice) {
        return practiceAdmin && belongsTo(practice);
    }
}
