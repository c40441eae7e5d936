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
 * @param compliance    whether this approver is in the practice's compliance group (Cognito group {@code compliance}):
 *                      the only role that may export audit events with comment and reply text; scoped like the admin
 *                      claim
 */
public record Approver(String sub, String email, String practiceId, boolean practiceAdmin, boolean compliance) {

    /** An approver outside the compliance group. */
    public Approver(String sub, String email, String practiceId, boolean practiceAdmin) {
        this(sub, email, practiceId, practiceAdmin, false);
    }

    /** An approver who is not a practice admin. */
    public Approver(String sub, String email, String practiceId) {
        this(sub, email, practiceId, false, false);
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

    /** In the compliance group of exactly this practice. */
    public boolean auditsCompliance(String practice) {
        return compliance && belongsTo(practice);
    }

    /** May export this practice's audit trail (without text): its admins and its compliance group. */
    public boolean mayExportAudit(String practice) {
        return administers(practice) || auditsCompliance(practice);
    }
}
