package com.safereply.app.practice.admin;

import com.safereply.app.StoreUnavailableException;

import java.util.List;
import java.util.Optional;

/**
 * The approvers' sign-in accounts, per practice (Cognito in AWS: the practice is the {@code custom:practiceId}
 * attribute, which only administrators can set). Every method throws {@link StoreUnavailableException} when the
 * identity provider cannot be reached.
 */
public interface ApproverAccounts {

    /**
     * Creates the account with the practice attribute and sends the invitation; adds it to {@code practice-admins}
     * when {@code admin}.
     *
     * @throws ApproverExistsException when an account with this e-mail exists (in any practice)
     */
    ApproverAccount invite(String practiceId, String email, boolean admin);

    /** The practice's account with this user name; empty when unknown or another practice's. */
    Optional<ApproverAccount> find(String practiceId, String username);

    /** Disables sign-in (the account and its audit history stay). */
    void disable(String practiceId, String username);

    /** The practice's accounts, in user name order. */
    List<ApproverAccount> list(String practiceId);
}
