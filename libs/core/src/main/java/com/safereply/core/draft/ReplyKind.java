package com.safereply.core.draft;

/**
 * The situations a reply is written for. Finer than {@link com.safereply.core.model.Category}: an emergency and a
 * crisis need different resources, and a question about someone else gets the third-party wording.
 */
enum ReplyKind {
    EMERGENCY,
    CRISIS,
    EMERGENCY_AND_CRISIS,
    COMPLAINT,
    CLINICAL_QUESTION,
    THIRD_PARTY_INQUIRY,
    FEEDBACK,
    APPOINTMENT_ADMIN,
    SPAM,
    ABUSE,
    /** Low confidence or little evidence: a neutral reply that is safe whatever the comment turns out to be. */
    HOLDING
}
