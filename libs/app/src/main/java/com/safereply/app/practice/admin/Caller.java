package com.safereply.app.practice.admin;

/**
 * Who calls a practice administration use case: the identity the JWT authorizer vouched for (or, for the operators'
 * command line, the operator running it).
 *
 * @param sub              the identity provider's stable user id: what the practice audit trail records
 * @param practiceId       the caller's practice claim; null for a platform operator without one
 * @param practiceAdmin    Cognito group {@code practice-admins}: administers {@code practiceId} and nothing else
 * @param platformOperator Cognito group {@code platform-operators}: creates practices and may administer any
 */
public record Caller(String sub, String practiceId, boolean practiceAdmin, boolean platformOperator) {

    public Caller {
        if (sub == null || sub.isBlank()) {
            throw new IllegalArgumentException("sub is required");
        }
        practiceId = practiceId == null || practiceId.isBlank() ? null : practiceId.strip();
        if (practiceId == null && !platformOperator) {
            throw new IllegalArgumentException("practiceId is required for anyone but a platform operator");
        }
    }

    public static Caller operator(String sub) {
        return new Caller(sub, null, false, true);
    }

    public boolean belongsTo(String practice) {
        return practiceId != null && practiceId.equals(practice);
    }

    /** Admin of exactly this practice (the admin claim is scoped by the practice claim), or an operator. */
    public boolean administers(String practice) {
        return platformOperator || (practiceAdmin && belongsTo(practice));
    }

    /** May learn that this practice exists: its own people and operators; everyone else gets "not found". */
    public boolean maySee(String practice) {
        return platformOperator || belongsTo(practice);
    }
}
