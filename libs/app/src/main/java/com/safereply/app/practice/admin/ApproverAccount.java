package com.safereply.app.practice.admin;

import java.util.Objects;

/**
 * An approver's sign-in account (Cognito user) as an admin sees it.
 *
 * @param username the user pool's user name (a UUID when the pool signs in by e-mail): what disable names
 * @param status   the identity provider's account status, e.g. {@code FORCE_CHANGE_PASSWORD} right after an invite
 */
public record ApproverAccount(String username, String email, boolean enabled, String status) {
    public ApproverAccount {
        Objects.requireNonNull(username, "username");
    }
}
